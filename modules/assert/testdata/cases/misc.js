'use strict';
const assert = require('assert');
const util = require('util');
const { show } = require('../helpers');

show('match', () => assert.match('abc', /x/));
show('match ok', () => assert.match('abc', /b/));
show('match non-string', () => assert.match(123, /1/));
show('match msg', () => assert.match('abc', /x/, 'custom'));
show('match error', () => assert.match('abc', /x/, new Error('own')));
show('match bad regexp', () => assert.match('abc', 'x'));
show('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
show('doesNotMatch ok', () => assert.doesNotMatch('abc', /x/));
show('ifError null', () => { assert.ifError(null); assert.ifError(undefined); console.log('fine'); });
show('ifError', () => assert.ifError(new Error('boom')));
show('ifError empty', () => assert.ifError(new TypeError('')));
show('ifError primitive', () => assert.ifError('str'));
show('ifError object', () => assert.ifError({ message: 5 }));
try {
  assert.ifError(new Error('original'));
} catch (e) {
  const lines = e.stack.split('\n');
  console.log(lines[0]);
  console.log(lines.filter((l) => l.includes('misc.js')).length >= 1);
}
show('fail', () => assert.fail());
show('fail msg', () => assert.fail('boom'));
show('fail error', () => assert.fail(new TypeError('own')));
show('fail undefined', () => assert.fail(undefined));
show('fail two', () => assert.fail(1, 2));
show('fail three', () => assert.fail(1, 2, undefined));
show('fail four', () => assert.fail(1, 2, 'msg', '>'));
show('fail four no msg', () => assert.fail(1, 2, undefined, '>'));

const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e.message, e.name, e.code, e.generatedMessage, Object.keys(e));
console.log(String(e));
console.log(e instanceof Error, assert.AssertionError === require('assert/strict').AssertionError);
const e2 = new assert.AssertionError({ actual: 'a\n'.repeat(20), expected: 'x'.repeat(600), operator: 'op', message: 'm' });
console.log(util.inspect(e2).split('\n').filter((l) => !l.startsWith('    at ')).join('\n'));
show('bad options', () => new assert.AssertionError());
const e3 = new assert.AssertionError({ actual: 1, expected: 2, operator: '>' });
console.log(e3.message);
console.log(new assert.AssertionError({ actual: [1], expected: [2], operator: 'deepEqual', message: 'custom' }).message);

console.log(require('assert/strict') === assert.strict, assert.strict.strict === assert.strict);
console.log(Object.keys(assert).join());
console.log(Object.keys(assert.strict).join());
console.log(assert.strict.equal === assert.strictEqual, assert.strict.deepEqual === assert.deepStrictEqual);
console.log(assert.name, assert.strict.name, assert.equal.name, assert.throws.name, assert.rejects.name);
console.log(require('node:assert') === assert);
