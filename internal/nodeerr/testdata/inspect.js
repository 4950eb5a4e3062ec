// Values nodeerr's built-in inspect must render exactly as util.inspect
// does (with the default options and with depth -1): what error messages
// embed before the util module is available.
module.exports = [
  undefined, null, true, 0, -0, 1.5, NaN, -Infinity, 12345678901234567890, 10n, -3n,
  '', 'plain', "it's", 'say "hi"', 'both \' and "', 'all \' " `', 'line\nbreak\ttab', '\x01\x7f',
  'back\\slash', 'ünïcödé ✓', Symbol('s'), Symbol(), Symbol.for('reg'),
  [], [1, 2, 3], ['a', ['b', ['c', ['d']]]], [undefined, null], new Array(3).fill(0),
  {}, { a: 1 }, { 'a-b': 1, c: 'd' }, { nested: { deeper: { deepest: { gone: 1 } } } },
  { [Symbol('k')]: 1 }, Object.create(null), Object.assign(Object.create(null), { a: 1 }),
  function named() {}, () => {}, class Foo {}, class {}, async function af() {},
  new (class Foo {})(), new (class Bar { constructor() { this.x = 1; } })(),
  { fn() {} }, [function f() {}],
  { long1: 'aaaaaaaaaaaaaaaaaaaa', long2: 'bbbbbbbbbbbbbbbbbbbb', long3: 'cccccccccccccccccccc', long4: 1 },
  new Date(0), /re/g,
];
