'use strict';
// Exported and imported memories: the buffer aliases linear memory, grow
// detaches it, wasm's memory.grow is seen from JS.
const { build, op } = require('./lib/asm.js');

const bytes = build({
  types: [[['i32'], ['i32']], [['i32', 'i32'], []], [[], ['i32']]],
  funcs: [
    [0, [op.get, 0, op.i32load, 2, 0]],
    [1, [op.get, 0, op.get, 1, op.i32store, 2, 0]],
    [0, [op.get, 0, op.memgrow, 0]],
    [2, [op.memsize, 0]],
  ],
  memory: [1, 4],
  exports: [['mem', 'memory', 0], ['load', 'func', 0], ['store', 'func', 1], ['grow', 'func', 2], ['size', 'func', 3]],
  data: [[16, [1, 2, 3, 4]]],
});

const { exports: e } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
const mem = e.mem;
console.log(mem instanceof WebAssembly.Memory, Object.prototype.toString.call(mem), mem === e.mem);
const buf = mem.buffer;
console.log(buf.byteLength, buf === mem.buffer, new Uint8Array(buf, 16, 4));
e.store(100, 0x01020304);
console.log(new Uint8Array(buf, 100, 4), new DataView(buf).getUint32(100, true).toString(16));
new Uint32Array(buf)[50] = 0xdeadbeef;
console.log((e.load(200) >>> 0).toString(16));
console.log(mem.grow(1), buf.byteLength, mem.buffer.byteLength, e.size());
const b2 = mem.buffer;
console.log(e.grow(1), b2.byteLength, mem.buffer.byteLength);
console.log(e.grow(10), mem.buffer.byteLength);
try { mem.grow(5); } catch (err) { console.log(err.name, err.message); }
console.log(new DataView(mem.buffer).getUint32(100, true).toString(16));

// A memory made in JS, imported.
const imp = build({
  types: [[['i32'], ['i32']]],
  imports: [['js', 'mem', 'memory', [1]]],
  funcs: [[0, [op.get, 0, op.i32load8u, 0, 0]]],
  exports: [['byte', 'func', 0], ['memory', 'memory', 0]],
});
const jm = new WebAssembly.Memory({ initial: 1, maximum: 3 });
new Uint8Array(jm.buffer)[7] = 42;
const i2 = new WebAssembly.Instance(new WebAssembly.Module(imp), { js: { mem: jm } });
console.log(i2.exports.byte(7), i2.exports.memory === jm);
console.log(jm.grow(0), jm.buffer.byteLength);
const wb = jm.buffer;
jm.grow(0);
console.log(wb.byteLength, jm.buffer.byteLength);
try { new WebAssembly.Instance(new WebAssembly.Module(imp), { js: { mem: {} } }); } catch (err) { console.log(err.name, err.message); }
for (const d of [{}, { initial: 2, maximum: 1 }, { initial: 65537 }, { initial: -1 }, { initial: 'x' }]) {
  try { new WebAssembly.Memory(d); } catch (err) { console.log(err.name, err.message); }
}
try { WebAssembly.Memory({ initial: 1 }); } catch (err) { console.log(err.name, err.message); }
