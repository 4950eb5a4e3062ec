// vm's surface, errors, contexts and compileFunction, as node prints them.
'use strict';
const vm = require('vm');
console.log(Object.keys(vm), vm.constants);
for (const f of [
  () => vm.createContext(1),
  () => vm.runInContext('1', {}),
  () => vm.isContext(null),
  () => new vm.Script('(', 'x.js'),
  () => new vm.Script('1', { filename: 1 }),
  () => vm.compileFunction(1),
  () => vm.compileFunction('a', [1]),
  () => vm.runInThisContext('while(1){}', { timeout: 20 }),
  () => vm.compileFunction('', [], { parsingContext: {} }),
  () => vm.compileFunction('', [], { contextExtensions: [1] }),
  () => vm.runInNewContext('1', {}, { timeout: -1 }),
  () => new vm.Script('1', { lineOffset: 1.5 }),
]) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const ctx = { a: 1 };
console.log(vm.runInNewContext('var x = a + 1; y = 3; function f(){}; this.z = 4; typeof foo', ctx), ctx);
try {
  vm.runInNewContext('nope + 1');
} catch (e) {
  console.log(e.name, e.message);
}
console.log(vm.runInNewContext('new ArrayBuffer(2)').byteLength, vm.runInNewContext('({"foo": ["bar", "baz"]})'));
const c2 = vm.createContext({ n: 1 });
vm.runInContext('n += 1; var k = 5', c2);
vm.runInContext('n += k', c2);
console.log(c2, vm.isContext(c2), vm.isContext({}));
console.log(vm.compileFunction('return a + b', ['a', 'b'])(1, 2));
console.log(vm.compileFunction('return q', [], { contextExtensions: [{ q: 7 }] })());
console.log(vm.compileFunction('return n', [], { parsingContext: c2 })());
console.log(vm.runInThisContext('typeof require'), vm.runInNewContext('typeof require'));
console.log(typeof globalThis.y, typeof globalThis.x, vm.runInThisContext('1 + 1'));
const s = new vm.Script('count += 1; name', { filename: 'counter.js' });
const c3 = vm.createContext({ count: 0, name: 'kitty' });
for (let i = 0; i < 3; i++) s.runInContext(c3);
console.log(c3, s.runInNewContext({ count: 10, name: 'n' }));
try {
  new vm.Script('\n\nthrow new Error("deep")', { filename: 'thrower.js', lineOffset: 3 }).runInThisContext();
} catch (e) {
  console.log(e.stack.split('\n').find((l) => l.trim().startsWith('at ') && l.includes('thrower.js')).trim().replace(/\(.*\)/, ''));
}
vm.createContext(c3);
console.log(vm.createContext(c3) === c3);
for (const [code, o] of [['\n  x();\n', { filename: 'q.js' }], ['\n\n x();\n', { filename: 'file:///abs/q.js', lineOffset: 2, columnOffset: 4 }]]) {
  try {
    vm.compileFunction(code, [], o)();
  } catch (e) {
    console.log(e.stack.split('\n').slice(0, 2).join('|'));
  }
}
console.log(vm.compileFunction('return a', ['a']).toString());
for (const f of [
  () => vm.compileFunction('});\n\n(function() {\nconsole.log(1);\n})();\n\n(function() {'),
  () => vm.runInContext('throw new Error("boom")', vm.createContext(), 'test-boom-error'),
  () => vm.runInThisContext('1;\n  throw new Error("boom")', 'f.js'),
  () => vm.runInNewContext('x = 1', {}, { contextName: null }),
]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message, e.code ? '' : e.stack.split('\n').slice(0, 3).join('|'));
  }
}
console.log(vm.runInNewContext('[typeof process, typeof setTimeout, typeof Array, typeof console, globalThis === this]'));
