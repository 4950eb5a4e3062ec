const e = new RangeError('boom', { cause: { deep: 1 } });
e.extra = 1;
const c = structuredClone(e);
print(show(c), Object.getPrototypeOf(c) === RangeError.prototype, c.stack === e.stack, Object.getOwnPropertyNames(c).join());
class MyErr extends TypeError { constructor(m) { super(m); this.name = 'MyErr'; } }
const m = structuredClone(new MyErr('x'));
print(m.constructor.name, m.name, show(m));
const n = new Error('y'); n.name = 'SyntaxError';
print(structuredClone(n).constructor.name);
print(Object.getOwnPropertyNames(structuredClone(new Error())).join());
print(attempt(() => structuredClone()));
for (const v of [function foo() {}, () => 1, Symbol('x'), Symbol(), class A {}, { a: { b() {} } }, new WeakMap(), new WeakSet(),
  Promise.resolve(), new WeakRef({}), Object(Symbol('q')), [new WeakMap()]]) {
  print(attempt(() => structuredClone(v)));
}
try { structuredClone(() => 1); } catch (err) {
  print(err instanceof Error, err.name, err.code, err.constructor.name, err instanceof DOMException);
}
print(attempt(() => structuredClone(1, 1)));
print(attempt(() => structuredClone(1, { transfer: 1 })));
print(attempt(() => structuredClone(1, { transfer: null })));
print(attempt(() => structuredClone(1, null)));
print(attempt(() => structuredClone(1, { transfer: [] })));
