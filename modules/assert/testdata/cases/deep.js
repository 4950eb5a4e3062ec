'use strict';
const assert = require('assert');
const { show } = require('../helpers');

show('deepStrictEqual', () => assert.deepStrictEqual({ a: 1, b: [1, 2, 3] }, { a: 1, b: [1, 2, 4] }));
const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));
show('skipped', () => assert.deepStrictEqual(range(30, (i) => i), range(30, (i) => (i === 15 ? 99 : i))));
show('long', () => assert.deepStrictEqual(range(120, (i) => i), range(120, (i) => -i)));
show('extra actual', () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3]));
show('extra expected', () => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4, 5, 6, 7, 8]));
show('comma', () => assert.deepStrictEqual([[1, 2]], [[1, 2, 3]]));
show('identical', () => assert.deepStrictEqual({ a: Symbol('x') }, { a: Symbol('x') }));
show('identical big', () => {
  const s = Symbol('s');
  assert.deepStrictEqual(range(60, (i) => ({ [i]: Symbol('s') })), range(60, (i) => ({ [i]: s })));
});
show('prototype', () => assert.deepStrictEqual(Object.create(null), {}));
show('errors', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
show('map', () => assert.deepStrictEqual(new Map([[1, { x: 1 }]]), new Map([[1, { x: 2 }]])));
show('deepEqual', () => assert.deepEqual({ a: 1 }, { a: 2 }));
show('deepEqual loose ok', () => assert.deepEqual({ a: 1 }, { a: '1' }));
show('deepEqual long', () => assert.deepEqual('x'.repeat(600), 'y'));
show('notDeepEqual', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
show('notDeepEqual unequal', () => assert.notDeepEqual([1], ['1']));
show('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show('notDeepStrictEqual big', () => assert.notDeepStrictEqual(range(60, (i) => i), range(60, (i) => i)));
show('strict.deepEqual', () => assert.strict.deepEqual([1], ['1']));
show('strict.notDeepEqual', () => assert.strict.notDeepEqual([1], [1]));
show('deep msg', () => assert.deepStrictEqual([1], [2], 'my message'));
show('tail', () => assert.deepStrictEqual(
  { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 },
  { a: 0, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }));
show('middle', () => assert.deepStrictEqual(
  { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9 },
  { a: 0, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 0 }));
show('five same', () => assert.deepStrictEqual(
  [0, 1, 2, 3, 4, 5, 6],
  [9, 1, 2, 3, 4, 5, 9]));
