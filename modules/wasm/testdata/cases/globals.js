'use strict';
// WebAssembly.Global: made in JS, imported, exported, mutable or not.
const { build, op, sleb } = require('./lib/asm.js');

const g = new WebAssembly.Global({ value: 'i32', mutable: true }, 7);
console.log(g.value, g.valueOf(), g + 1, Object.prototype.toString.call(g));
g.value = 42;
console.log(g.value);
const c = new WebAssembly.Global({ value: 'i64' }, 5n);
console.log(c.value);
try { c.value = 1n; } catch (err) { console.log(err.name, err.message); }
try { new WebAssembly.Global({ value: 'i64' }, 5); } catch (err) { console.log(err.name, err.message); }
try { new WebAssembly.Global({ value: 'x' }); } catch (err) { console.log(err.name, err.message); }
console.log(new WebAssembly.Global({ value: 'f32' }, 1.1).value, new WebAssembly.Global({ value: 'f64' }).value);
console.log(new WebAssembly.Global({ value: 'externref', mutable: true }, { a: 1 }).value);

const bytes = build({
  types: [[[], ['i32']], [['i32'], []]],
  imports: [['env', 'g', 'global', ['i32', true]], ['env', 'k', 'global', ['f64', false]]],
  globals: [['i64', false, [op.i64, ...sleb(-9)]], ['i32', true, [op.i32, ...sleb(3)]]],
  funcs: [[0, [op.gget, 0]], [1, [op.get, 0, op.gset, 0]], [0, [op.gget, 3]]],
  exports: [['get', 'func', 0], ['set', 'func', 1], ['own', 'global', 2], ['mine', 'global', 3], ['g', 'global', 0], ['k', 'global', 1], ['getMine', 'func', 2]],
});
const { exports: e } = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { g, k: 2.5 } });
console.log(e.get());
e.set(99);
console.log(g.value, e.own.value, e.mine.value, e.k.value, e.g.value);
e.mine.value = 11;
console.log(e.getMine(), e.own instanceof WebAssembly.Global);
try { new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { g: 1, k: 2 } }); } catch (err) { console.log(err.name, err.message); }
