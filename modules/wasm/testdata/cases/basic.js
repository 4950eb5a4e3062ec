'use strict';
// add/fib exports, names and lengths, the exports object's shape.
const { build, op } = require('./lib/asm.js');

const bytes = build({
  types: [[['i32', 'i32'], ['i32']], [['i32'], ['i32']]],
  funcs: [
    [0, [op.get, 0, op.get, 1, op.i32add]],
    // fib(n) = n < 2 ? n : fib(n-1) + fib(n-2)
    [1, [op.get, 0, op.i32, 2, op.i32lts, op.if, 0x7f, op.get, 0, op.else,
      op.get, 0, op.i32, 1, op.i32sub, op.call, 1, op.get, 0, op.i32, 2, op.i32sub, op.call, 1, op.i32add, op.end]],
  ],
  exports: [['add', 'func', 0], ['fib', 'func', 1], ['alias', 'func', 0]],
});

console.log(WebAssembly.validate(bytes), WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 2, 0, 0, 0])));
const m = new WebAssembly.Module(bytes);
console.log(Object.prototype.toString.call(m), m instanceof WebAssembly.Module);
console.log(WebAssembly.Module.exports(m), WebAssembly.Module.imports(m));
const inst = new WebAssembly.Instance(m);
const { add, fib, alias } = inst.exports;
console.log(add(2, 3), add(0x7fffffff, 1), add('4', 5.9), add(), fib(20));
console.log(add.name, add.length, fib.name, typeof add, alias === add);
console.log(Object.getPrototypeOf(inst.exports), Object.isFrozen(inst.exports), Object.keys(inst.exports));
console.log(inst.exports === inst.exports, inst instanceof WebAssembly.Instance);
console.log(Object.prototype.toString.call(inst));
console.log(Object.prototype.toString.call(WebAssembly), typeof WebAssembly);
const d = Object.getOwnPropertyDescriptor(globalThis, 'WebAssembly');
console.log(d.writable, d.enumerable, d.configurable);
console.log(Object.getOwnPropertyNames(WebAssembly));
