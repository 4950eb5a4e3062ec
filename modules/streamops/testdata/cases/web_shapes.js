// Shapes of the web stream classes: every one (the BYOB stand-ins too)
// has its name and a non-enumerable toStringTag; the text/compression
// streams brand-check their inspect hook.
const util = require('util');
const web = require('stream/web');
for (const name of Object.keys(web).sort()) {
  const C = web[name];
  const d = Object.getOwnPropertyDescriptor(C.prototype, Symbol.toStringTag);
  console.log(name, C.name, d && d.value, d && d.enumerable, d && d.writable, d && d.configurable, C === globalThis[name]);
}
for (const C of [web.TextEncoderStream, web.TextDecoderStream, web.CompressionStream, web.DecompressionStream]) {
  try {
    C.prototype[util.inspect.custom].call({});
  } catch (e) {
    console.log(C.name, e.code, e.message);
  }
}
console.log(util.inspect(new web.TextDecoderStream()));
