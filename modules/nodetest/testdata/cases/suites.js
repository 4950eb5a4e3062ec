'use strict';
require('./normalize.cjs');
const { describe, it, before, after, beforeEach, test } = require('node:test');

describe('skipped suite', { skip: 'nope' }, () => { it('inner', () => { console.log('never'); }); });
describe.todo('todo suite', () => { it('inner todo', () => {}); });
describe('async suite', async () => { await null; it('late it', () => {}); });
describe('before fails', () => {
  before(() => { throw new Error('before broke'); });
  it('a', () => {});
  it('b', () => {});
});
describe('after fails', () => {
  after(() => { throw new Error('after broke'); });
  it('c', () => {});
});
describe('outer', () => {
  beforeEach((t) => console.log('outer beforeEach', t.name));
  describe('inner', () => {
    beforeEach((t) => console.log('inner beforeEach', t.name));
    it('leaf', () => {});
  });
});
describe('only inside', () => {
  it.only('marked only', () => {});
  it('not marked', () => {});
});
test('late subtest', async (t) => { setTimeout(() => t.test('too late', () => {}), 1); });
test('after late', async () => { await new Promise((r) => setTimeout(r, 30)); });
