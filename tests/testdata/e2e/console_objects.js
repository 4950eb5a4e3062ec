// Nested, circular and unusual objects printed by console.log.
const nested = { a: 1, b: { c: { d: { e: { f: 'too deep' } } } }, arr: [[1, [2, [3, [4, [5]]]]]] };
console.log(nested);
const circ = { name: 'root', list: [] };
circ.self = circ;
circ.list.push(circ, { back: circ });
const other = { peer: circ };
circ.other = other;
console.log(circ);
const a = [1, 2];
a.push(a);
console.log(a);
const nullProto = Object.create(null);
nullProto.x = 1;
nullProto.nested = Object.create(null);
console.log(nullProto, Object.create(null));
const sym = Symbol('key');
console.log({ [sym]: 'symbol-keyed', [Symbol()]: 2, regular: 3 });
const withGetters = {
  get g() { return 1; },
  set s(v) {},
  get gs() { return 2; },
  set gs(v) {},
};
console.log(withGetters);
const hidden = {};
Object.defineProperty(hidden, 'invisible', { value: 1, enumerable: false });
Object.defineProperty(hidden, 'visible', { value: 2, enumerable: true });
console.log(hidden);
console.log({ 'key with space': 1, 'valid_id': 2, '1abc': 3, 123: 4, 'é': 5, '': 6 });
console.log({ undef: undefined, nul: null, nan: NaN, neg: -0 });
console.log([{}, [], { a: {} }, [[]]]);
console.log({ f: function () {}, g: () => {}, h: function named() {}, async i() {}, *j() {} });
console.log(Object.assign(() => {}, { prop: 1 }));
const frozen = Object.freeze({ x: 1 });
console.log(frozen, Object.seal([1]));
console.log(new Proxy({ target: true }, {}), new Proxy(function t() {}, {}));
console.log(globalThis === global, typeof globalThis);
const arrLike = { length: 2, 0: 'a', 1: 'b' };
console.log(arrLike);
const arrExtra = [1, 2, 3];
arrExtra.extra = 'prop';
arrExtra[-1] = 'neg';
console.log(arrExtra);
console.log(Object.create({ inherited: 1 }));
console.log(new (class Foo { constructor() { this.x = 1; } })());
console.log(arguments.length, (function () { return arguments; })(1, 'two'));
