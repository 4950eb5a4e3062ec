// Class instances, inheritance, Symbol.toStringTag and custom inspection.
class Animal {
  constructor(name) { this.name = name; }
  speak() { return this.name; }
}
class Dog extends Animal {
  #secret = 'hidden';
  static kind = 'canine';
  constructor(name) { super(name); this.tricks = ['sit']; }
}
console.log(new Animal('generic'), new Dog('rex'));
console.log(Animal, Dog, class {}, class Named extends Dog {});
console.log([Animal, Dog]);
class Empty {}
console.log(new Empty(), [new Empty()]);
class Tagged { get [Symbol.toStringTag]() { return 'TagName'; } }
console.log(new Tagged(), { [Symbol.toStringTag]: 'Plain' });
class NullProtoClass {}
Object.setPrototypeOf(NullProtoClass.prototype, null);
console.log(new NullProtoClass());
function OldStyle() { this.v = 1; }
OldStyle.prototype.method = function () {};
console.log(new OldStyle());
const inspect = Symbol.for('nodejs.util.inspect.custom');
class Custom {
  [inspect](depth, options, insp) {
    return `Custom<depth=${depth} colors=${options.colors} ${typeof insp}>`;
  }
}
console.log(new Custom(), { nested: new Custom() });
class ReturnsObject { [inspect]() { return { replaced: true }; } }
console.log(new ReturnsObject());
const anon = new (class {})();
console.log(anon);
const obj = { constructor: 'not a function' };
console.log(obj);
const fnWithProps = function withProps() {};
fnWithProps.a = 1;
fnWithProps.b = { c: 2 };
console.log(fnWithProps);
console.log(Math, JSON, Reflect);
console.log(Object.getPrototypeOf(function* () {}), async () => {});
class Point { constructor(x, y) { this.x = x; this.y = y; } toString() { return `(${this.x}, ${this.y})`; } }
console.log('%s', new Point(1, 2), `${new Point(3, 4)}`);
console.log(String(new Point(5, 6)), [new Point(7, 8)].join());
