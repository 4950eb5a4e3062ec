// Part of the node:test shim (see nodetest.go): the test tree. A Test runs
// its hooks and body, schedules its subtests and reports them in order; a
// Suite (describe) collects its children when declared and runs them.

function runHookList(hooks, ctx, owner) {
  if (hooks.length === 0) return undefined;
  return (async () => {
    for (const hook of hooks) {
      try {
        await callWithTimeout(hook.fn, ctx, hook.timeout, owner);
      } catch (err) {
        throw err?.code === 'ERR_TEST_FAILURE' && err.failureType === kTestTimeoutFailure ?
          err : new ERR_TEST_FAILURE(err, kHookFailure);
      }
    }
  })();
}

// callWithTimeout runs fn(ctx) or fn(ctx, done), returning undefined when
// it finished synchronously and a promise otherwise.
function callWithTimeout(fn, ctx, timeout, owner) {
  let ret;
  if (fn.length >= 2) {
    let resolve, reject;
    const p = new Promise((res, rej) => { resolve = res; reject = rej; });
    const done = (err) => (err ? reject(err) : resolve());
    ret = fn.call(ctx, ctx, done);
    if (ret && typeof ret.then === 'function') {
      ret.then(noop, noop);
      throw new ERR_TEST_FAILURE(
        'passed a callback but also returned a Promise', kCallbackAndPromisePresent);
    }
    ret = p;
  } else {
    ret = fn.call(ctx, ctx);
    if (!ret || typeof ret.then !== 'function') return undefined;
  }
  const races = [Promise.resolve(ret)];
  let timer;
  if (timeout !== Infinity) {
    races.push(new Promise((_, reject) => {
      timer = realSetTimeout(() => {
        reject(new ERR_TEST_FAILURE(`test timed out after ${timeout}ms`, kTestTimeoutFailure));
      }, timeout);
      timer.unref?.();
    }));
  }
  if (owner) races.push(owner.stopPromise);
  return Promise.race(races).finally(() => realClearTimeout(timer));
}

class TestContext {
  #test;
  constructor(test) { this.#test = test; }
  get signal() { return this.#test.signal; }
  get name() { return this.#test.name; }
  get fullName() { return this.#test.fullName(); }
  get error() { return this.#test.error; }
  get passed() { return this.#test.passed; }
  diagnostic(message) { this.#test.diagnostics.push(message); }
  plan() { throw new ERR_NOT_IMPLEMENTED('TestContext.plan'); }
  get assert() { return require('assert'); }
  get mock() {
    const t = this.#test;
    if (t.mock === null) {
      const { MockTracker } = require('internal/test_runner/mock');
      t.mock = new MockTracker();
    }
    return t.mock;
  }
  runOnly(value) { this.#test.runOnlySubtests = !!value; }
  skip(message) {
    this.#test.skipped = true;
    this.#test.skipMsg = message;
  }
  todo(message) {
    this.#test.isTodo = true;
    this.#test.todoMsg = message;
  }
  test(name, options, fn) {
    const site = callSite();
    const sub = this.#test.createSubtest(Test, name, options, fn, site);
    return sub.start();
  }
  before(fn, options) { this.#test.addHook('before', fn, options); }
  after(fn, options) { this.#test.addHook('after', fn, options); }
  beforeEach(fn, options) { this.#test.addHook('beforeEach', fn, options); }
  afterEach(fn, options) { this.#test.addHook('afterEach', fn, options); }
}

class SuiteContext {
  #suite;
  constructor(suite) { this.#suite = suite; }
  get signal() { return this.#suite.signal; }
  get name() { return this.#suite.name; }
  get fullName() { return this.#suite.fullName(); }
}

class Test {
  constructor(parent, name, options, fn, site) {
    this.parent = parent;
    this.name = name;
    this.fn = fn;
    this.site = site;
    this.nesting = parent === null ? -1 : parent.nesting + 1;
    this.subtests = [];
    this.pending = [];
    this.active = 0;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.immediateBefore = [];
    this.diagnostics = [];
    this.mock = null;
    this.error = null;
    this.passed = false;
    this.finished = false;
    this.started = false;
    this.cancelled = false;
    this.reported = false;
    this.reportedStart = false;
    this.waitingOn = 0;
    this.ready = new Map();
    this.reportedType = 'test';
    this.childNumber = parent === null ? 0 : parent.subtests.length + 1;

    const { concurrency, skip, todo, only, timeout, signal } = options;
    if (parent === null) {
      this.concurrency = 1;
      this.timeout = Infinity;
    } else {
      this.concurrency = parent.concurrency === Infinity && concurrency === undefined ? Infinity : 1;
      this.timeout = parent.timeout;
    }
    switch (typeof concurrency) {
      case 'number':
        validateUint32(concurrency, 'options.concurrency', true);
        this.concurrency = concurrency;
        break;
      case 'boolean':
        this.concurrency = concurrency ? Infinity : 1;
        break;
      default:
        if (concurrency != null) {
          throw new ERR_INVALID_ARG_TYPE('options.concurrency', ['boolean', 'number'], concurrency);
        }
    }
    if (timeout != null && timeout !== Infinity) {
      validateNumber(timeout, 'options.timeout', 0, 2 ** 31 - 1);
      this.timeout = timeout;
    }
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    this.skipped = skip !== undefined && skip !== false;
    this.skipMsg = typeof skip === 'string' ? skip : undefined;
    this.isTodo = todo !== undefined && todo !== false;
    this.todoMsg = typeof todo === 'string' ? todo : undefined;
    if (only && parent !== null) {
      this.diagnostics.push("'only' and 'runOnly' require the --test-only command-line option.");
    }
    this.controller = new AbortController();
    this.signal = this.controller.signal;
    let stop;
    this.stopPromise = new Promise((_, reject) => { stop = reject; });
    this.stopPromise.catch(noop);
    this.stop = stop;
    if (signal) {
      const onAbort = () => {
        const err = signal.reason ?? new Error('The test was aborted');
        if (err && typeof err === 'object') err.failureType = kAborted;
        this.cancel(err);
      };
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    }
  }

  fullName() {
    return this.parent === null || this.parent.parent === null ? this.name : `${this.parent.fullName()} > ${this.name}`;
  }

  addHook(name, fn, options) {
    let timeout = options?.timeout ?? this.timeout;
    if (timeout !== Infinity) validateNumber(timeout, 'options.timeout', 0, 2 ** 31 - 1);
    const hook = { fn, timeout };
    // A `before` registered on a test that is already running (the root
    // always is) runs at once, as in node; its subtests wait for it.
    if (name === 'before' && (this.parent === null || this.started)) {
      const ctx = this.parent === null ? new SuiteContext(this) : new TestContext(this);
      let p;
      try {
        p = runHookList([hook], ctx, null);
      } catch (err) {
        p = Promise.reject(err);
      }
      if (p) {
        p = p.catch((err) => this.fail(err));
        this.immediateBefore.push(p);
      }
      return;
    }
    this.hooks[name].push(hook);
  }

  createSubtest(Factory, name, options, fn, site) {
    if (typeof name === 'function') {
      fn = name;
    } else if (name !== null && typeof name === 'object') {
      fn = options;
      options = name;
    } else if (typeof options === 'function') {
      fn = options;
    }
    if (options === null || typeof options !== 'object') options = {};
    if (typeof name !== 'string' || name === '') name = fn?.name || '<anonymous>';
    if (typeof fn !== 'function') fn = noop;
    if (this.finished) {
      // node reports a subtest that came too late on the root, failed,
      // rather than dropping it.
      let top = this;
      while (top.parent !== null) top = top.parent;
      const t = new Factory(top, name, options, fn, site);
      t.fail(new ERR_TEST_FAILURE('test could not be started because its parent finished', kParentAlreadyFinished));
      top.subtests.push(t);
      return t;
    }
    const t = new Factory(this, name, options, fn, site);
    this.subtests.push(t);
    return t;
  }

  fail(err) {
    if (this.error !== null) return;
    this.error = err;
    this.passed = false;
  }

  cancel(err) {
    if (this.finished || this.cancelled) return;
    this.cancelled = true;
    this.fail(err);
    this.stop(err);
  }

  // cancelTree cancels this test and everything under it that is still
  // running, as a dying parent does.
  cancelTree(err) {
    for (const t of this.subtests) if (!t.finished) t.cancelTree(err);
    this.cancel(err);
    if (!this.finished && this.started) this.postRun();
  }

  // start runs the test when its parent has room for it, else queues it.
  // The returned promise never rejects: failures are reported, not thrown.
  start() {
    if (this.finished) return Promise.resolve();
    const parent = this.parent;
    if (parent.held || parent.active >= parent.concurrency) {
      return new Promise((resolve) => parent.pending.push(() => resolve(this.run())));
    }
    return this.run();
  }

  processPending() {
    while (this.pending.length > 0 && !this.held && this.active < this.concurrency) {
      this.pending.shift()();
    }
  }

  // runBefore runs the `before` hooks of this test (or suite) once, ahead
  // of its first subtest.
  runBefore() {
    if (this.immediateBefore.length > 0) {
      const pending = this.immediateBefore.splice(0);
      return Promise.all(pending).then(() => this.runBefore());
    }
    if (this.beforeRun === undefined) {
      const ctx = this instanceof Suite || this.parent === null ? new SuiteContext(this) : new TestContext(this);
      this.beforeRun = runHookList(this.hooks.before, ctx, this) ?? null;
    }
    return this.beforeRun;
  }

  ancestorsHooks(name) {
    const chain = [];
    for (let t = this.parent; t !== null; t = t.parent) chain.unshift(...t.hooks[name]);
    return chain;
  }

  async run() {
    this.started = true;
    this.parent.active++;
    this.startTime = now();
    const prev = current;
    if (this.skipped || this.cancelled || this.error !== null) {
      if (!this.cancelled && this.error === null) this.passed = true;
      this.postRun();
      return;
    }
    const ctx = new TestContext(this);
    let hooksRun = false;
    try {
      const once = this.parent.runBefore();
      if (once) await once;
      const before = runHookList(this.ancestorsHooks('beforeEach'), ctx, this);
      if (before) await before;
      current = this;
      let ret;
      try {
        ret = testStore.run(this, callWithTimeout, this.fn, ctx, this.timeout, this);
      } finally {
        current = prev;
      }
      if (ret) await ret;
      this.passed = this.error === null;
      hooksRun = true;
      const each = runHookList(this.ancestorsHooks('afterEach').reverse(), ctx, this);
      if (each) await each;
      const after = runHookList(this.hooks.after, ctx, this);
      if (after) await after;
    } catch (err) {
      current = prev;
      // A failed test still gets its afterEach and after hooks, whose own
      // failures are then moot.
      if (!hooksRun) {
        try {
          await runHookList(this.ancestorsHooks('afterEach').reverse(), ctx, null);
          await runHookList(this.hooks.after, ctx, null);
        } catch {
          // The test has failed already.
        }
      }
      if (err?.code === 'ERR_TEST_FAILURE' &&
        (err.failureType === kTestTimeoutFailure || err.failureType === kHookFailure ||
         err.failureType === kCallbackAndPromisePresent)) {
        if (err.failureType === kTestTimeoutFailure) this.cancel(err);
        else this.fail(err);
      } else if (this.cancelled) {
        // The stop promise rejected with the cancellation already recorded.
      } else {
        this.fail(new ERR_TEST_FAILURE(err, kTestCodeFailure));
      }
    }
    this.postRun();
  }

  postRun() {
    if (this.finished) return;
    if (this.error === null && !this.cancelled && this.parent !== null) this.passed = true;
    let failed = 0;
    for (const t of this.subtests) {
      if (!t.finished) {
        t.cancelTree(new ERR_TEST_FAILURE(
          'test did not finish before its parent and was cancelled', kCancelledByParent));
        if (!t.finished) t.finishUnstarted();
      }
      if (!t.passed && !t.isTodo) failed++;
    }
    if ((this.passed || this.parent === null) && failed > 0) {
      this.passed = false;
      this.error = null;
      this.fail(new ERR_TEST_FAILURE(`${failed} subtest${failed > 1 ? 's' : ''} failed`, kSubtestsFailed));
    }
    this.endTime = now();
    this.finished = true;
    this.controller.abort();
    if (this.mock !== null) this.mock.reset();
    if (this.parent !== null) {
      this.parent.active--;
      this.parent.ready.set(this.childNumber, this);
      this.parent.reportReady();
      this.parent.processPending();
      const r = this.parent;
      if (r.parent === null && r.active === 0 && r.pending.length === 0 &&
          r.subtests.every((t) => t.finished)) {
        // Every top-level test is done: the root's after hooks run now,
        // so they can close handles that would keep the loop alive.
        runRootAfter();
      }
    } else {
      this.reportRoot();
    }
  }

  // finishUnstarted closes a queued test that never got to run.
  finishUnstarted() {
    this.neverRan = true;
    this.started = true;
    this.parent.active++;
    this.startTime = this.startTime ?? now();
    this.postRun();
  }

  // reportReady reports finished subtests in declaration order: a later
  // one waits for the ones before it, as node's reporters expect.
  reportReady() {
    while (this.ready.has(this.waitingOn + 1)) {
      const t = this.ready.get(this.waitingOn + 1);
      this.ready.delete(this.waitingOn + 1);
      this.waitingOn++;
      t.report();
    }
  }

  reportStarted() {
    if (this.reportedStart || this.parent === null) return;
    this.reportedStart = true;
    this.parent.reportStarted();
    emit('test:start', { nesting: this.nesting, name: this.name, ...this.site });
  }

  duration() {
    if (this.neverRan) return 0;
    const ms = Math.max(0, (this.endTime ?? now()) - (this.startTime ?? now()));
    return Number(ms.toFixed(6));
  }

  report() {
    if (this.reported) return;
    this.reported = true;
    countCompleted(this);
    this.reportStarted();
    if (this.subtests.length > 0) {
      emit('test:plan', { nesting: this.nesting + 1, count: this.subtests.length, ...this.site });
    }
    const details = { duration_ms: this.duration() };
    if (this.reportedType === 'suite') details.type = 'suite';
    const data = {
      name: this.name, nesting: this.nesting, testNumber: this.childNumber, details, ...this.site,
    };
    if (this.skipped) data.skip = this.skipMsg ?? true;
    else if (this.isTodo) data.todo = this.todoMsg ?? true;
    if (this.passed) {
      emit('test:pass', data);
    } else {
      details.error = this.error;
      emit('test:fail', data);
    }
    for (const message of this.diagnostics) {
      emit('test:diagnostic', { nesting: this.nesting, message, ...this.site });
    }
  }

  reportRoot() {
    if (this.reported) return;
    this.reported = true;
    this.endTime = now();
    if (this.subtests.length > 0) emit('test:plan', { nesting: 0, count: this.subtests.length });
    for (const message of this.diagnostics) emit('test:diagnostic', { nesting: 0, message });
    const lines = [
      `tests ${counters.all}`, `suites ${counters.suites}`, `pass ${counters.passed}`,
      `fail ${counters.failed}`, `cancelled ${counters.cancelled}`, `skipped ${counters.skipped}`,
      `todo ${counters.todo}`, `duration_ms ${this.duration()}`,
    ];
    for (const message of lines) emit('test:diagnostic', { nesting: 0, message });
    stdoutWrite(this.formatter.flush());
    flushOut();
    if (!success) process.exitCode = 1;
  }
}

class Suite extends Test {
  constructor(parent, name, options, fn, site) {
    super(parent, name, options, fn, site);
    this.reportedType = 'suite';
    this.built = undefined;
    const prev = current;
    current = this;
    try {
      if (!this.skipped) {
        // Run in the suite's async context too: an `it` after an await in
        // an async suite body still belongs to the suite.
        const ctx = new SuiteContext(this);
        const ret = testStore === null ? fn.call(ctx, ctx) : testStore.run(this, () => fn.call(ctx, ctx));
        if (ret && typeof ret.then === 'function') {
          this.built = Promise.resolve(ret).catch((err) => {
            this.fail(new ERR_TEST_FAILURE(err, kTestCodeFailure));
          });
        }
      }
    } catch (err) {
      this.fail(new ERR_TEST_FAILURE(err, kTestCodeFailure));
    } finally {
      current = prev;
    }
  }

  async run() {
    this.started = true;
    this.parent.active++;
    this.startTime = now();
    if (this.built) await this.built;
    const ctx = new SuiteContext(this);
    try {
      if (this.skipped || this.error !== null || this.cancelled) {
        if (this.skipped) for (const t of this.subtests) t.skipped = true;
      }
      if (this.error === null && !this.cancelled) {
        const before = this.runBefore();
        if (before) await before;
        const all = Promise.all(this.subtests.map((t) => t.start()));
        await Promise.race([all, this.stopPromise]);
        const after = runHookList(this.hooks.after, ctx, this);
        if (after) await after;
      }
    } catch (err) {
      if (!this.cancelled) {
        this.fail(err?.code === 'ERR_TEST_FAILURE' ? err : new ERR_TEST_FAILURE(err, kTestCodeFailure));
      }
    }
    this.postRun();
  }
}
