'use strict';
// WebAssembly.Table of externref and funcref.
const { build, op } = require('./lib/asm.js');

const t = new WebAssembly.Table({ element: 'externref', initial: 2 });
console.log(t.length, t.get(0), Object.prototype.toString.call(t));
const o = { x: 1 };
t.set(1, o);
console.log(t.get(1) === o, t.grow(2, 'v'), t.length, t.get(3));
try { t.get(9); } catch (err) { console.log(err.name, err.message); }
try { t.set(9, 1); } catch (err) { console.log(err.name, err.message); }
const f = new WebAssembly.Table({ element: 'anyfunc', initial: 1, maximum: 2 });
console.log(f.get(0), f.grow(1), f.length);
try { f.grow(1); } catch (err) { console.log(err.name, err.message); }
try { new WebAssembly.Table({ element: 'x', initial: 1 }); } catch (err) { console.log(err.name, err.message); }
try { new WebAssembly.Table({ element: 'externref' }); } catch (err) { console.log(err.name, err.message); }

const bytes = build({
  types: [[['i32'], ['i32']]],
  imports: [['env', 'tab', 'table', ['externref', 1]]],
  tables: [['funcref', 2]],
  funcs: [[0, [op.get, 0, op.i32, 1, op.i32add]]],
  exports: [['inc', 'func', 0], ['tab', 'table', 1], ['ext', 'table', 0]],
  elem: [],
});
const ext = new WebAssembly.Table({ element: 'externref', initial: 3 }, 'init');
const { exports: e } = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { tab: ext } });
console.log(e.tab.length, e.tab.get(0), e.ext.length, e.ext.get(2), e.tab instanceof WebAssembly.Table);
e.ext.set(0, 'changed');
console.log(ext.get(0));
