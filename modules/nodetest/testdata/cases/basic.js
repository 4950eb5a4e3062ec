'use strict';
require('./normalize.cjs');
const test = require('node:test');
const { describe, it } = test;
const assert = require('assert');

test('sync pass', () => {});
test('sync fail', () => { throw new Error('boom'); });
test('async pass', async () => {});
test('skip me', { skip: true }, () => {});
test('skip msg', { skip: 'because' }, () => {});
test('todo', { todo: true }, () => {});
test('todo msg', { todo: 'later # maybe' }, () => {});
test('with subtests', async (t) => {
  t.diagnostic('a diag');
  await t.test('sub1', () => {});
  await t.test('sub2', () => { assert.strictEqual(1, 2); });
});
test(function namedByFunction() {});
test();
test('escapes # and \\ and\nnewlines', () => {});
describe('suite', () => {
  it('it1', () => {});
  it('it2', async () => {});
  describe('nested', () => { it('deep', () => {}); });
  it.skip('skipped it', () => {});
  it.todo('todo it');
});
describe('failing suite body', () => { throw new Error('in suite'); });
test.describe === test.suite || console.log('suite alias broken');
test.it === test || console.log('it alias broken');
