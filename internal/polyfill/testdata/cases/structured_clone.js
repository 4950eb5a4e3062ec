print(desc(globalThis, 'structuredClone'));
const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
const src = {
  n: 1, s: 'x', b: true, u: undefined, nl: null, big: 10n, neg: -0,
  date: new Date(5), re: /a+/gy, map: new Map([[1, { a: 1 }], ['k', [2]]]), set: new Set([1, 'two']),
  u8: new Uint8Array(ab, 2, 3), dv: new DataView(ab, 1, 2), ab, f32: new Float32Array([1.5]),
  boxed: [Object(1), Object('s'), Object(false), Object(3n)], arr: [1, , 3],
};
src.re.lastIndex = 3;
src.arr.extra = 'e';
src.self = src;
src.twice = [src.map, src.map];
const c = structuredClone(src);
print(show(c));
print(c.self === c, c.twice[0] === c.twice[1], c.map !== src.map, c.u8.buffer === c.ab, c.dv.buffer === c.ab, c.ab !== ab);
class K { constructor() { this.a = 1; } m() {} }
print(show(structuredClone(new K())), Object.getPrototypeOf(structuredClone(new K())) === Object.prototype);
print(show(structuredClone({ get g() { return 7; }, [Symbol('s')]: 1, __proto__x: 1 })));
const p = {}; Object.defineProperty(p, '__proto__', { value: 5, enumerable: true });
print(show(structuredClone(p)));
for (const v of [1, 'a', null, undefined, -0, 10n, true]) print(show(structuredClone(v)));
