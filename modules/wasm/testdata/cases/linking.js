'use strict';
// Import reading and linking details: getters read once and in order,
// synchronously even for WebAssembly.instantiate, empty module names,
// re-exported imports keeping their identity, custom sections.
const { build, op } = require('./lib/asm.js');

const bytes = build({
  types: [[[], ['i32']]],
  imports: [['', 'f', 'func', 0], ['env', 'tab', 'table', ['externref', 1]], ['env', 'mem', 'memory', [1]], ['env', 'g', 'global', ['i32', false]]],
  funcs: [[0, [op.call, 0]]],
  exports: [['run', 'func', 1], ['t1', 'table', 0], ['t2', 'table', 0], ['m', 'memory', 0], ['g', 'global', 0], ['', 'func', 1]],
  custom: [['', []], ['x', []], ['name', [1, 2, 3]]],
});
const order = [];
const tab = new WebAssembly.Table({ element: 'externref', initial: 1 });
const mem = new WebAssembly.Memory({ initial: 1 });
const g = new WebAssembly.Global({ value: 'i32' }, 7);
const imports = {
  get ''() { order.push('get ""'); return { get f() { order.push('get f'); return () => 42; } }; },
  get env() { order.push('get env'); return { tab, mem, get g() { order.push('get g'); return g; } }; },
};
const m = new WebAssembly.Module(bytes);
console.log(WebAssembly.Module.imports(m));
console.log(WebAssembly.Module.customSections(m, '').length, WebAssembly.Module.customSections(m, 'name').map((b) => b.byteLength));
const p = WebAssembly.instantiate(m, imports);
console.log(order.join(', '));
p.then((inst) => {
  const e = inst.exports;
  console.log(e.run(), e[''] === e.run, e.t1 === e.t2, e.t1 === tab, e.m === mem, e.g === g);
  return WebAssembly.instantiate(m, { '': { f: 1 }, env: { tab, mem, g } });
}).catch((err) => console.log(err.name, err.message));
