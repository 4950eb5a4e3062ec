'use strict';
// JS functions imported by wasm: called synchronously with converted
// arguments, results converted back, exceptions passing through wasm.
const { build, op } = require('./lib/asm.js');

const bytes = build({
  types: [[['i32'], ['i32']], [[], []], [['i32', 'f64'], ['f64']]],
  imports: [['env', 'twice', 'func', 0], ['env', 'boom', 'func', 1], ['m2', 'mix', 'func', 2]],
  funcs: [
    [0, [op.get, 0, op.call, 0, op.i32, 1, op.i32add]],
    [1, [op.call, 1]],
    [2, [op.get, 0, op.get, 1, op.call, 2]],
  ],
  exports: [['callTwice', 'func', 3], ['callBoom', 'func', 4], ['callMix', 'func', 5], ['reexported', 'func', 0]],
});

const calls = [];
const env = {
  twice(x) { calls.push([typeof x, x, this === undefined]); return x * 2; },
  boom() { throw new Error('from JS'); },
};
const { exports: ex } = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env, m2: { mix: (a, b) => a + b } });
console.log(ex.callTwice(20), ex.callTwice(-3), calls);
console.log(ex.reexported === env.twice);
try {
  ex.callBoom();
} catch (e) {
  console.log('caught', e.message, e instanceof Error);
}
console.log(ex.callMix(1, 0.5));
console.log(WebAssembly.Module.imports(new WebAssembly.Module(bytes)));

// Re-entrance: JS called from wasm calls wasm again.
let depth = 0;
const re = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
  env: {
    twice(x) { depth++; return depth < 5 ? re.exports.callTwice(x) : x; },
    boom() {},
  },
  m2: { mix: Math.max },
});
console.log(re.exports.callTwice(1), depth, re.exports.callMix(3, 7));

// An exported wasm function imported by another instance.
const inst2 = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
  env: { twice: ex.callTwice, boom() {} },
  m2: { mix() { return 'x'; } },
});
console.log(inst2.exports.callTwice(5), inst2.exports.callMix(1, 2));
