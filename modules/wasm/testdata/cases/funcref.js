'use strict';
// Function references: tables filled by wasm read from JS, wasm functions
// stored by JS and called through call_indirect, as emscripten does.
const { build, op, sleb } = require('./lib/asm.js');

const bytes = build({
  types: [[['i32'], ['i32']], [['i32', 'i32'], ['i32']]],
  imports: [['env', 'js', 'func', 0]],
  tables: [['funcref', 4]],
  funcs: [
    [0, [op.get, 0, op.i32, 10, op.i32add]], // 1: +10
    [0, [op.get, 0, op.i32, 3, op.i32mul]], // 2: *3
    // 3: callAt(slot, x) = table[slot](x)
    [1, [op.get, 1, op.get, 0, 0x11, 0, 0]],
  ],
  elem: [[0, [1, 2, 0]]],
  exports: [['tab', 'table', 0], ['callAt', 'func', 3], ['plus', 'func', 1]],
});
const { exports: e } = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { js: (x) => x - 1 } });
const t = e.tab;
console.log(t.length, typeof t.get(0), t.get(0)(5), t.get(1)(5), t.get(2)(5), t.get(3));
console.log(t.get(0) === t.get(0), t.get(0).name, t.get(1).name, t.get(1).length);
console.log(e.callAt(0, 1), e.callAt(1, 2), e.callAt(2, 7));
try { e.callAt(3, 1); } catch (err) { console.log(err.name, err.message); }

// A function of another instance stored by JS, then called by wasm.
const other = build({
  types: [[['i32'], ['i32']]],
  imports: [['env', 'f', 'func', 0]],
  funcs: [[0, [op.get, 0, op.i32, ...sleb(100), op.i32add]]],
  exports: [['hundred', 'func', 1], ['f', 'func', 0]],
});
const o = new WebAssembly.Instance(new WebAssembly.Module(other), { env: { f: (x) => x * x } }).exports;
t.set(3, o.hundred);
console.log(e.callAt(3, 1), t.get(3) === o.hundred);
t.set(3, o.f); // a JS function wrapped by wasm, as emscripten's addFunction does
console.log(e.callAt(3, 9), t.get(3) === o.f);
t.set(3, null);
console.log(t.get(3));
try { t.set(0, () => 1); } catch (err) { console.log(err.name, err.message); }
console.log(t.grow(2, e.plus), t.length, t.get(5) === e.plus, e.callAt(5, 0));

const g = new WebAssembly.Global({ value: 'anyfunc', mutable: true }, null);
console.log(g.value);
g.value = o.hundred;
console.log(g.value === o.hundred, g.value(1));
