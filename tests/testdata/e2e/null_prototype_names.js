// inspect names an instance cut off from its class by that class, as V8
// does from the map: `[Foo: null prototype] {}`.
const util = require('util');
class Foo { toString() { return 'Bar'; } }
console.log(util.format('%s', Object.setPrototypeOf(new Foo(), null)));
const a = new Foo(); a.__proto__ = null; a.x = 1; console.log(a);
const b = new Foo(); Reflect.setPrototypeOf(b, null); console.log(util.inspect(b));
console.log(Object.setPrototypeOf({}, null), Object.create(null), { __proto__: null, y: 2 });
class M extends Map {}; const m = new M([[1, 2]]); Object.setPrototypeOf(m, null); console.log(m);
console.log(Object.setPrototypeOf.name, Object.setPrototypeOf.length, Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').set.name, String(Reflect.setPrototypeOf));
console.log(Object.setPrototypeOf(1, null), Reflect.setPrototypeOf(Object.freeze(new Foo()), null));
