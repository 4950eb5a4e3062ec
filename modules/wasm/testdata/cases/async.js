'use strict';
// compile and instantiate resolve later; their errors reject.
const { build, op } = require('./lib/asm.js');

const bytes = build({
  types: [[['i32'], ['i32']]],
  imports: [['env', 'f', 'func', 0]],
  funcs: [[0, [op.get, 0, op.call, 0]]],
  exports: [['run', 'func', 1]],
  custom: [['meta', [1, 2, 3]], ['other', []], ['meta', [9]]],
});
const order = [];
WebAssembly.compile(bytes).then((m) => {
  order.push('compiled');
  console.log(m instanceof WebAssembly.Module, WebAssembly.Module.customSections(m, 'meta').map((b) => [...new Uint8Array(b)]));
  return WebAssembly.instantiate(m, { env: { f: (x) => x + 1 } });
}).then((inst) => {
  console.log(inst instanceof WebAssembly.Instance, inst.exports.run(41));
  return WebAssembly.instantiate(bytes, { env: { f: (x) => x * 3 } });
}).then(({ module, instance }) => {
  console.log(module instanceof WebAssembly.Module, instance.exports.run(5));
  return WebAssembly.instantiate(bytes, { env: {} });
}).catch((err) => {
  console.log(err.name, err.message);
  return WebAssembly.compile(new Uint8Array([1, 2, 3, 4]));
}).catch((err) => {
  console.log(err.name, err instanceof WebAssembly.CompileError);
  return WebAssembly.instantiate(5);
}).catch((err) => {
  console.log(err.name, err.message);
  return WebAssembly.compileStreaming(5);
}).catch((err) => {
  console.log(err.name, err.code, err.message);
  return WebAssembly.compile();
}).catch((err) => {
  console.log(err.name, err.message);
  console.log(order);
});
order.push('sync');
