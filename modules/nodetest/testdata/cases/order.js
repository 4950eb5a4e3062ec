'use strict';
require('./normalize.cjs');
const { test, describe, it, before, after, beforeEach, afterEach } = require('node:test');
const log = (...a) => console.log(...a);

log('main start');
before(() => log('root before'));
after(() => log('root after'));
beforeEach((t) => log('root beforeEach', t.name));
afterEach((t) => log('root afterEach', t.name));

test('first', async (t) => {
  log('first body');
  t.beforeEach((t) => log('first beforeEach', t.name));
  t.afterEach((t) => log('first afterEach', t.name));
  await t.test('child a', () => log('child a body'));
  await t.test('child b', () => log('child b body'));
});

describe('suite', () => {
  log('suite body');
  before(() => log('suite before'));
  after(() => log('suite after'));
  beforeEach((t) => log('suite beforeEach', t.name));
  afterEach((t) => log('suite afterEach', t.name));
  it('one', () => log('one'));
  it('two', async () => { await null; log('two'); });
});

describe('concurrent', { concurrency: true }, () => {
  it('slow', async () => { await new Promise((r) => setTimeout(r, 150)); log('slow done'); });
  it('fast', async () => { await new Promise((r) => setTimeout(r, 50)); log('fast done'); });
});

test('sequential', async (t) => {
  const p1 = t.test('s1', async () => { await new Promise((r) => setTimeout(r, 100)); log('s1 done'); });
  const p2 = t.test('s2', async () => { log('s2 start'); });
  await Promise.all([p1, p2]);
});

test('failing hook', async (t) => {
  t.beforeEach(() => { throw new Error('hook broke'); });
  await t.test('victim', () => log('never'));
});
log('main end');
