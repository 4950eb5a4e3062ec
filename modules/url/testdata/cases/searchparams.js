'use strict';
// URLSearchParams: constructors, mutation, iteration, encoding, errors.
const { URLSearchParams } = require('url');

console.log(new URLSearchParams('?a=1&b=2&a=3&&c'));
console.log(new URLSearchParams([['x', '1'], new Set(['y', '2'])]).toString());
console.log(new URLSearchParams({ k: 'v', n: 1, ['\uD800']: 'lone' }).toString());
console.log(new URLSearchParams('a=%zz&b=%E2%82%AC+x&c=%FF').getAll('b'), [...new URLSearchParams('a=%zz&c=%FF')]);
console.log(new URLSearchParams({ 'é ~!*\'()': '+&=' }).toString());

const p = new URLSearchParams('z=1&a=2&z=0&b=3&a=1');
p.sort();
console.log(p.toString(), p.size);
console.log(p.has('a'), p.has('a', '9'), p.has('a', '1'), p.get('none'), p.getAll('a'));
p.set('z', 'new'); p.delete('a', '2');
console.log([...p.keys()], [...p.values()], [...p.entries()]);
const it = p.entries();
console.log(it, it.next(), it[Symbol.toStringTag], Object.prototype.toString.call(it));
p.forEach(function (v, k, o) { console.log(k, v, o === p, this.t); }, { t: 'this' });
console.log(p[Symbol.iterator] === p.entries);

const long = new URLSearchParams();
for (let i = 0; i < 8; i++) long.append(`key${i}`, `value number ${i}`);
console.log(long);
console.log(new URLSearchParams());

const errs = [
  () => new URLSearchParams([['a']]),
  () => new URLSearchParams([1]),
  () => new URLSearchParams({ [Symbol.iterator]: 1 }),
  () => p.append('a'),
  () => p.get(),
  () => URLSearchParams.prototype.get.call({}, 'a'),
  () => p.forEach(1),
  () => p.entries().next.call({}),
];
for (const f of errs) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
