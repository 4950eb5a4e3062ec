// Calling the classes without new through util.inherits, the legacy Stream
// constructor and its pipe, the export surface, and instanceof.
'use strict';
const stream = require('stream');
const util = require('util');
const { Readable, Writable, Duplex, Transform, PassThrough } = stream;
const log = (...a) => console.log(...a);

function MyReadable(opts) {
  Readable.call(this, opts);
  this.i = 0;
}
util.inherits(MyReadable, Readable);
MyReadable.prototype._read = function() {
  this.push(this.i < 2 ? String(this.i++) : null);
};

function MyWritable(opts) {
  if (!(this instanceof MyWritable)) return new MyWritable(opts);
  Writable.call(this, opts);
}
util.inherits(MyWritable, Writable);
MyWritable.prototype._write = function(c, e, cb) {
  log('mw', String(c));
  cb();
};

const mr = new MyReadable();
mr.pipe(MyWritable()).on('finish', () => log('finish'));

log(typeof stream, stream.name, Object.keys(stream).join());
log(new stream() instanceof require('events'), typeof stream.prototype.pipe);
log(Readable() instanceof Readable, Writable() instanceof Writable, Duplex() instanceof Duplex);
log(new Duplex() instanceof Writable, new Transform() instanceof Readable, {} instanceof Writable);
log(new PassThrough() instanceof Transform, Object.getPrototypeOf(Duplex) === Readable);
log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
log(stream._isUint8Array(new Uint8Array(1)), Buffer.isBuffer(stream._uint8ArrayToBuffer(new Uint8Array(2))));
log(stream.isReadable(new Readable()), stream.isErrored(new Readable()), stream.isDisturbed(new Readable()));
log(Object.keys(new Readable()._readableState).length > 0, new Writable()._writableState.highWaterMark);

const legacy = new stream();
legacy.readable = true;
const sink = new Writable({ write(c, e, cb) { log('legacy sink', String(c)); cb(); } });
legacy.pipe(sink);
legacy.emit('data', 'old');
legacy.emit('end');
sink.on('finish', () => log('legacy finish'));

try { new Readable({ highWaterMark: -1 }); } catch (e) { log(e.code, e.message); }
const r = new Readable();
r.on('error', (e) => log('_read error', e.code, e.message));
r.read();
