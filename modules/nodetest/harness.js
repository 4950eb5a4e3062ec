'use strict';
// node:test's runner: the Test and Suite tree, its scheduling (subtests
// run one at a time unless `concurrency` says otherwise), hooks, timeouts
// and cancellation, and the root that reports a file's results in order
// and sets process.exitCode. It follows node 20's observable behaviour:
// https://nodejs.org/docs/latest-v20.x/api/test.html
//
// The shim is this file (shared state, the root, reporting, process
// hooks), then test.js (the Test and Suite classes), then api.js (the
// exports), joined into one function body by nodetest.go.

const {
  codes: { ERR_TEST_FAILURE, ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED },
  validateNumber, validateAbortSignal, validateUint32,
} = require('internal/errors');

const kCancelledByParent = 'cancelledByParent';
const kParentAlreadyFinished = 'parentAlreadyFinished';
const kSubtestsFailed = 'subtestsFailed';
const kTestCodeFailure = 'testCodeFailure';
const kTestTimeoutFailure = 'testTimeoutFailure';
const kHookFailure = 'hookFailed';
const kAborted = 'testAborted';
const kCallbackAndPromisePresent = 'callbackAndPromisePresent';

const noop = () => {};
// The runner's own timers: mock.timers replaces the globals, and must not
// stop the runner's clock with them.
const realSetImmediate = setImmediate;
const realSetTimeout = setTimeout;
const realClearTimeout = clearTimeout;
const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

let root = null;
let testStore = null;
// The suite (or test) whose body is running synchronously: test(),
// describe() and the hook functions called then attach to it. node finds
// it through async context; the synchronous case covers how suites are
// written.
let current = null;
const counters = { all: 0, suites: 0, passed: 0, failed: 0, cancelled: 0, skipped: 0, todo: 0 };
let success = true;

// callSite returns where user code called into the runner: the first frame
// that isn't one of the runtime's own.
function callSite() {
  const saved = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  let site;
  try {
    Error.stackTraceLimit = 30;
    Error.prepareStackTrace = (_, frames) => frames;
    const frames = new Error().stack;
    if (Array.isArray(frames)) {
      for (const f of frames) {
        const file = f.getFileName();
        if (file && !file.startsWith('node:')) {
          site = { file, line: f.getLineNumber(), column: f.getColumnNumber() };
          break;
        }
      }
    }
  } catch {
    // A broken prepareStackTrace elsewhere must not break test().
  } finally {
    Error.prepareStackTrace = saved;
    Error.stackTraceLimit = savedLimit;
  }
  return site ?? { file: undefined, line: undefined, column: undefined };
}

// Reports reach stdout a turn after the events, as through node's reporter
// stream: a test's own console output written meanwhile comes first.
let outBuf = '';
let flushScheduled = false;
function stdoutWrite(text) {
  if (!text) return;
  outBuf += text;
  if (!flushScheduled) {
    flushScheduled = true;
    realSetImmediate(flushOut);
  }
}

function flushOut() {
  flushScheduled = false;
  const text = outBuf;
  outBuf = '';
  if (text) process.stdout.write(text);
}

function getRoot() {
  if (root !== null) return root;
  root = new Test(null, '<root>', {}, null, { file: undefined, line: undefined, column: undefined });
  root.startTime = now();
  root.formatter = makeFormatter();
  // node holds top-level tests until the file's own code has run.
  root.held = true;
  realSetImmediate(() => {
    root.held = false;
    root.processPending();
  });
  process.on('beforeExit', onBeforeExit);
  // Which test an asynchronous callback belongs to, as node tracks it:
  // an exception thrown there fails that test instead of the process.
  const { AsyncLocalStorage } = require('async_hooks');
  testStore = new AsyncLocalStorage();
  process.on('uncaughtException', onUncaughtException);
  return root;
}

// reporterOption finds --test-reporter in args, the last one winning.
function reporterOption(args) {
  let name;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--test-reporter=')) name = a.slice('--test-reporter='.length);
    else if (a === '--test-reporter' && i + 1 < args.length) name = args[++i];
  }
  return name;
}

// makeFormatter picks the reporter as node does: --test-reporter (on the
// command line or in NODE_OPTIONS), else spec on a terminal and tap
// otherwise. Custom reporter modules are not supported: they fall back to
// the default.
function makeFormatter() {
  const { TapFormatter, SpecFormatter, DotFormatter } = require('internal/test_runner/reporters');
  const out = process.stdout;
  const nodeOptions = String(process.env.NODE_OPTIONS ?? '').split(/\s+/).filter(Boolean);
  let name = reporterOption(process.execArgv ?? []) ?? reporterOption(nodeOptions);
  if (name !== 'spec' && name !== 'tap' && name !== 'dot') name = out.isTTY ? 'spec' : 'tap';
  const colors = !!out.isTTY && typeof out.hasColors === 'function' && out.hasColors();
  switch (name) {
    case 'spec': return new SpecFormatter(colors, process.cwd());
    case 'dot': return new DotFormatter(colors, out.columns ?? 20);
    default: return new TapFormatter();
  }
}

function emit(type, data) {
  stdoutWrite(root.formatter.format({ type, data }));
}

// runRootAfter runs the root's after hooks once; the promise settles when
// they are done.
function runRootAfter() {
  if (root.afterRun === undefined) {
    const after = runHookList(root.hooks.after, new SuiteContext(root), null);
    root.afterRun = after ? after.catch((err) => root.fail(err)) : null;
  }
  return root.afterRun;
}

function onUncaughtException(err) {
  const test = testStore.getStore();
  if (test === undefined || test.finished) {
    // node reports what it can't pin on a running test on the root, and
    // fails the process for it.
    let msg;
    if (test === undefined) {
      msg = `Error: A resource generated asynchronous activity after the test ended. This activity created the error "${err}" which triggered an uncaughtException event, caught by the test runner.`;
    } else {
      const where = test.site.file === undefined ? '' :
        ` at ${require('path').relative(process.cwd(), test.site.file)}:${test.site.line}:${test.site.column}`;
      msg = `Error: Test "${test.name}"${where} generated asynchronous activity after the test ended. This activity created the error "${err}" and would have caused the test to fail, but instead triggered an uncaughtException event.`;
    }
    root.diagnostics.push(msg);
    process.exitCode = 1;
    return;
  }
  const failure = new ERR_TEST_FAILURE(err, 'uncaughtException');
  test.fail(failure);
  test.controller.abort();
  test.stop(failure);
}

function onBeforeExit() {
  if (root.finished || root.closing) return;
  root.closing = true;
  const after = runRootAfter();
  if (after) {
    after.then(closeRoot);
    return;
  }
  closeRoot();
}

function closeRoot() {
  // The loop is empty but tests are still pending: they can never finish.
  const err = new ERR_TEST_FAILURE(
    'Promise resolution is still pending but the event loop has already resolved', kCancelledByParent);
  // Flag everything first: finishing one test starts the next queued one,
  // which must then see that it was cancelled and not run its body.
  for (const t of root.subtests) {
    if (t.finished) continue;
    // node never starts these: they report a zero duration.
    if (!t.started) t.neverRan = true;
    t.cancel(err);
  }
  for (const t of root.subtests) if (!t.finished && t.started) t.cancelTree(err);
  root.postRun();
}

function countCompleted(test) {
  if (test.reportedType === 'suite') {
    counters.suites++;
    if (!test.passed) success = false;
    return;
  }
  if (test.skipped) counters.skipped++;
  else if (test.isTodo) counters.todo++;
  else if (test.cancelled) counters.cancelled++;
  else if (!test.passed) counters.failed++;
  else counters.passed++;
  if (!test.passed && !test.isTodo) success = false;
  counters.all++;
}
