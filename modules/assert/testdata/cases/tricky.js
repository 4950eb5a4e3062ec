'use strict';
// Corners of Node's messages: quoting unusual call sites, truncation in
// inspect, colored inspect, stackTraceLimit 0, sequence diffs.
const assert = require('assert');
const { inspect } = require('util');
const { show } = require('../helpers');
const a = assert;

show('indent', () => {
  a((
  () => 'string')() ===
123 instanceof
Object
  );
});
show('comment inside', () => {
  a(
    (() => 'string')()
    // a comment
    ===
  123 instanceof
        Object
  );
});
show('wrapper', () => {
  const wrapper = (fn, value) => fn(value);
  wrapper(assert, false);
});
// eslint-disable-next-line dot-notation, quotes
show('computed', () => assert['ok']["apply"](null, [0]));
show('eval', () => eval('console.log("FOO");\nassert.ok(1 === 2);'));
show('symbol message', () => assert(false, Symbol('foo')));
show('limit 0', () => {
  const tmp = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    assert.ok(
      typeof 123 === 'string'
    );
  } finally {
    Error.stackTraceLimit = tmp;
  }
});
show('symbol thrown', () => assert.throws(() => { throw Symbol('foo'); }, RangeError));
show('array thrown', () => assert.throws(() => { throw [1, 2]; }, RangeError));
show('validate fn', () => assert.throws(() => { throw new TypeError('foo'); },
                                         (() => () => ({ a: true, b: [1, 2, 3] }))()));
show('fill', () => assert.deepStrictEqual(Array(28).fill(1), Array(28).fill(2)));
show('custom inspect ignored', () => {
  const o = { loop: 'forever' };
  o[inspect.custom] = () => '{}';
  assert.deepStrictEqual({}, o);
});
show('arguments', () => {
  const args = (function() { return arguments; })('a');
  assert.strictEqual(args, { 0: 'a' });
});
show('diverge', () => assert.strictEqual('test test', 'test foobar'));
show('lines skipped', () => assert.deepEqual([[[1, 2, 3]], 4, 5], [[[1, 2, '3']], 4, 5]));
show('missing 1', () => assert.deepStrictEqual(
  [1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1],
  [1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1]));
show('extra 1', () => assert.deepStrictEqual(
  [1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1],
  [1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1]));
show('undefined', () => assert.deepStrictEqual([1, 2, 1], undefined));
show('shift', () => assert.deepStrictEqual([1, 2, 1], [2, 1]));
show('Error vs Error', () => assert.strictEqual(new Error('foo'), new Error('foobar')));

try {
  assert.strictEqual('A'.repeat(1000), '');
} catch (err) {
  console.log(inspect(err).includes(`actual: '${'A'.repeat(488)}...'`));
}
try {
  assert.strictEqual('fhqwhgads\n'.repeat(15), '');
} catch (err) {
  console.log(err.message.split('\n').length, inspect(err).split('\n').filter((l) => !l.startsWith('    at ')).join('\n'));
}
try {
  assert.deepStrictEqual(Array(100).fill(1), 'foobar');
} catch (err) {
  console.log(/actual: \[Array],\n {2}expected: 'foobar',/.test(inspect(err)));
}
{
  const tempColor = inspect.defaultOptions.colors;
  try {
    inspect.defaultOptions.colors = true;
    assert.strictEqual(111554n, 11111115);
  } catch (err) {
    console.log(JSON.stringify(inspect(err).split('\n').slice(0, 6)));
  } finally {
    inspect.defaultOptions.colors = tempColor;
  }
}
(function hidden() {
  const err = new assert.AssertionError({ actual: 'foo', operator: 'strictEqual', stackStartFunction: hidden });
  const err2 = new assert.AssertionError({ actual: 'foo', operator: 'strictEqual', stackStartFn: hidden });
  console.log(err.stack.includes('hidden'), err2.stack.includes('hidden'), err.message);
})();
