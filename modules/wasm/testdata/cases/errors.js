'use strict';
// Traps as RuntimeError, LinkError and CompileError with V8's messages.
const { build, op } = require('./lib/asm.js');

const traps = build({
  types: [[[], []], [['i32', 'i32'], ['i32']], [['i32'], ['i32']]],
  funcs: [
    [0, [op.unreachable]],
    [1, [op.get, 0, op.get, 1, op.i32divs]],
    [2, [op.get, 0, op.i32load, 2, 0]],
    [0, [op.call, 3]],
  ],
  memory: [1],
  exports: [['unreachable', 'func', 0], ['div', 'func', 1], ['load', 'func', 2], ['recurse', 'func', 3]],
});
const { exports: e } = new WebAssembly.Instance(new WebAssembly.Module(traps));
const show = (f) => {
  try {
    console.log('ok', f());
  } catch (err) {
    console.log(err.constructor.name, err.name, err.message, err instanceof WebAssembly.RuntimeError, err instanceof Error);
  }
};
show(() => e.unreachable());
show(() => e.div(1, 0));
show(() => e.div(7, 2));
show(() => e.load(65536));
show(() => e.load(65532));
show(() => e.recurse());

const imp = build({
  types: [[[], []]],
  imports: [['env', 'f', 'func', 0]],
});
const m = new WebAssembly.Module(imp);
show(() => new WebAssembly.Instance(m));
show(() => new WebAssembly.Instance(m, {}));
show(() => new WebAssembly.Instance(m, { env: {} }));
show(() => new WebAssembly.Instance(m, { env: { f: 1 } }));
show(() => new WebAssembly.Instance(m, 5));
show(() => new WebAssembly.Instance(5));
show(() => WebAssembly.Instance(m, {}));
show(() => new WebAssembly.Module());
show(() => new WebAssembly.Module(new Uint8Array(0)));
show(() => WebAssembly.validate());
show(() => WebAssembly.Module.imports(1));
show(() => WebAssembly.Module.customSections(m));

const ce = new WebAssembly.CompileError('x');
console.log(ce.name, ce.message, ce instanceof Error, Object.getPrototypeOf(WebAssembly.LinkError) === Error);
console.log(String(new WebAssembly.RuntimeError('boom')), WebAssembly.RuntimeError('y') instanceof WebAssembly.RuntimeError);
try {
  new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 99]));
} catch (err) {
  console.log(err.name, err instanceof WebAssembly.CompileError);
}
