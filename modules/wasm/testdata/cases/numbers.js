'use strict';
// i64 as BigInt, f32 rounding, i32 wrapping, multi-value results.
const { build, op, sleb } = require('./lib/asm.js');

const bytes = build({
  types: [[['i64', 'i64'], ['i64']], [['f32'], ['f32']], [['i32'], ['i32', 'i64']], [['i64'], []]],
  imports: [['env', 'seeI64', 'func', 3]],
  funcs: [
    [0, [op.get, 0, op.get, 1, op.i64mul]],
    [1, [op.get, 0]],
    [2, [op.get, 0, op.i64, ...sleb(-1)]],
    [3, [op.get, 0, op.call, 0]],
  ],
  exports: [['mul', 'func', 1], ['f32', 'func', 2], ['pair', 'func', 3], ['see', 'func', 4]],
});
const seen = [];
const { exports: e } = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { seeI64: (v) => seen.push(v) } });
console.log(e.mul(6n, 7n), e.mul(2n ** 62n, 4n), e.mul(-3n, 5n), typeof e.mul(1n, 1n));
for (const bad of [5, undefined, 1.5, {}]) {
  try { e.mul(bad, 1n); } catch (err) { console.log(err.name, err.message); }
}
console.log(e.mul('12', true), e.mul(2n ** 64n + 3n, 1n));
console.log(e.f32(1.1), e.f32(NaN), e.f32(Infinity), e.f32(-0));
console.log(e.pair(7));
e.see(2n ** 63n);
e.see(-1n);
console.log(seen);
