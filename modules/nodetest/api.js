// Part of the node:test shim (see nodetest.go): the module's exports.

function parentOf() {
  return current ?? testStore?.getStore() ?? getRoot();
}

function runInParent(Factory) {
  return function (name, options, fn) {
    const site = callSite();
    const parent = parentOf();
    const t = parent.createSubtest(Factory, name, options, fn, site);
    if (parent instanceof Suite) return Promise.resolve();
    return t.start();
  };
}

function withOverride(run, key) {
  return function (name, options, fn) {
    if (typeof name === 'function') {
      fn = name;
      name = undefined;
    } else if (name !== null && typeof name === 'object') {
      fn = options;
      options = name;
      name = undefined;
    } else if (typeof options === 'function') {
      fn = options;
      options = undefined;
    }
    if (typeof fn !== 'function') fn = undefined;
    if (name === undefined) name = fn?.name || '<anonymous>';
    return run(name, { ...options, [key]: true }, fn);
  };
}

function decorate(run) {
  run.skip = withOverride(run, 'skip');
  run.todo = withOverride(run, 'todo');
  run.only = withOverride(run, 'only');
  return run;
}

function hook(name) {
  return function (fn, options) {
    parentOf().addHook(name, fn, options);
  };
}

const test = decorate(runInParent(Test));
const describe = decorate(runInParent(Suite));

let globalMock;
function run() {
  throw new ERR_NOT_IMPLEMENTED('test.run');
}

module.exports = test;
Object.assign(test, {
  after: hook('after'),
  afterEach: hook('afterEach'),
  before: hook('before'),
  beforeEach: hook('beforeEach'),
  describe,
  it: test,
  run,
  suite: describe,
  test,
});
Object.defineProperty(test, 'mock', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (globalMock === undefined) {
      const { MockTracker } = require('internal/test_runner/mock');
      globalMock = new MockTracker();
    }
    return globalMock;
  },
});
