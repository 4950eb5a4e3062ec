// The zlib constructors initialise `this` when called without new on an
// object that already inherits from them (old-style subclassing).
const zlib = require('zlib');
const { Readable } = require('stream');
function Sub(options) {
  zlib.DeflateRaw.call(this, options);
  this.prop = true;
}
Object.setPrototypeOf(Sub.prototype, zlib.DeflateRaw.prototype);
Object.setPrototypeOf(Sub, zlib.DeflateRaw);
const dest = new Sub();
console.log(dest instanceof zlib.DeflateRaw, dest.prop, typeof dest._handle);
const chunks = [];
dest.on('data', (c) => chunks.push(c));
dest.on('end', () => console.log(zlib.inflateRawSync(Buffer.concat(chunks)).toString()));
Readable.from([Buffer.from('a test string')]).pipe(dest);
console.log(zlib.Gzip() instanceof zlib.Gzip, zlib.BrotliCompress() instanceof zlib.BrotliCompress);
