'use strict';
// The assertion functions. Each throws an AssertionError built from the
// values, the operator and the user's message, with its stack starting at
// the user's call. Node's original is lib/assert.js (v20).

const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
  validateFunction,
  translateEngineError,
} = require('internal/errors');
const util = require('util');
const { isPromise, isRegExp } = util.types;

// Loaded on first use: most programs that require assert never compare
// deeply. They are called directly (no wrapper) so that an error thrown
// inside a comparison (a getter, a proxy trap) shows node's frames; an
// error the engine throws there gets V8's wording (translateEngineError).
let isDeepEqual;
let isDeepStrictEqual;
function loadComparisons() {
  ({ isDeepEqual, isDeepStrictEqual } = require('internal/util/comparisons'));
}

// Marks "fn returned (or resolved) without throwing".
const NO_EXCEPTION = {};

function raise(options) {
  if (options.message instanceof Error) throw options.message;
  throw new AssertionError(options);
}

// --- the message of assert(value) without one: the failing source -------

// Messages per call site (file, line and column); undefined when the
// source could not be read, so it is not tried again.
const sourceMessages = new Map();

// callSite returns the file, line and column from which fn was called.
function callSite(fn) {
  const limit = Error.stackTraceLimit;
  const writable = isErrorStackTraceLimitWritable();
  const prepare = Error.prepareStackTrace;
  const holder = {};
  try {
    if (writable) Error.stackTraceLimit = 1;
    // The user's prepareStackTrace must not see (or break) this capture.
    Error.prepareStackTrace = (_, frames) => frames;
    Error.captureStackTrace(holder, fn);
    const frames = holder.stack;
    if (!Array.isArray(frames) || frames.length === 0) return undefined;
    const frame = frames[0];
    return [frame.getFileName(), frame.getLineNumber(), frame.getColumnNumber()];
  } catch {
    return undefined;
  } finally {
    Error.prepareStackTrace = prepare;
    if (writable) Error.stackTraceLimit = limit;
  }
}

function sourceMessage(fn) {
  const site = callSite(fn);
  if (site === undefined) return undefined;
  const [file, line, column] = site;
  if (!file) return undefined;
  const key = `${file}${line - 1}${column - 1}`;
  if (sourceMessages.has(key)) return sourceMessages.get(key);
  let message;
  // Built-in modules' own assertions are not quoted.
  if (!file.startsWith('node:')) {
    const found = binding.callSource(file, line, column);
    if (found !== undefined) {
      const [start, code] = found;
      // Later lines of a multi-line call lose the indentation of its
      // first line, so the quote reads as written.
      const lines = code.replace(/\r\n/g, '\n').split('\n');
      let text = lines[0];
      for (let i = 1; i < lines.length; i++) {
        const l = lines[i];
        let pos = 0;
        while (pos < start && (l[pos] === ' ' || l[pos] === '\t')) pos++;
        text += `\n  ${l.slice(pos)}`;
      }
      message = `The expression evaluated to a falsy value:\n\n  ${text}\n`;
    }
  }
  sourceMessages.set(key, message);
  return message;
}

function innerOk(fn, argc, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argc === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = sourceMessage(fn);
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({
    actual: value,
    expected: true,
    message,
    operator: '==',
    stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

// --- the module -----------------------------------------------------------

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = module.exports = ok;

let failWarned = false;

function fail(actual, expected, message, operator, stackStartFn) {
  const argc = arguments.length;
  let generated = false;
  if (actual == null && argc <= 1) {
    generated = true;
    message = 'Failed';
  } else if (argc === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      process.emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning',
        'DEP0094',
      );
    }
    if (argc === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (generated) err.generatedMessage = true;
  throw err;
}
// Node's key order: fail, AssertionError, ok, then the rest.
assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;

/* eslint-disable eqeqeq */
assert.equal = function equal(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    raise({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    raise({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};
/* eslint-enable eqeqeq */

// deepCompare runs the deep comparison, with engine errors (a Proxy trap's
// message, say) reworded as V8 words them.
function deepCompare(strict, actual, expected) {
  if (isDeepEqual === undefined) loadComparisons();
  try {
    return strict ? isDeepStrictEqual(actual, expected) : isDeepEqual(actual, expected);
  } catch (err) {
    throw translateEngineError(err);
  }
}

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!deepCompare(false, actual, expected)) {
    raise({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (deepCompare(false, actual, expected)) {
    raise({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!deepCompare(true, actual, expected)) {
    raise({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (deepCompare(true, actual, expected)) {
    raise({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!Object.is(actual, expected)) {
    raise({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (Object.is(actual, expected)) {
    raise({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
};

// --- throws and friends ---------------------------------------------------

// Comparison is the placeholder printed for a validation object that did
// not match: only the validated keys, taking a matched RegExp's input.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (!(key in obj)) continue;
      if (actual !== undefined && typeof actual[key] === 'string' &&
          isRegExp(obj[key]) && RegExp.prototype.exec.call(obj[key], actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = obj[key];
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  raise({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

function regExpMatches(re, value) {
  return RegExp.prototype.exec.call(re, value) !== null;
}

// expectedException checks a thrown value against throws()'s `error`: a
// RegExp, a class, a validation function or a validation object.
function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (regExpMatches(expected, str)) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
      });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      // An Error as validation object also compares name and message.
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      if (isDeepEqual === undefined) loadComparisons();
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            regExpMatches(expected[key], actual[key])) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    // (Arrow functions have no prototype and cannot be classes.)
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        message += expected.name === name ?
          'an error with identical name but a different prototype.' :
          `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res === true) return;
    if (!message) {
      generatedMessage = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new AssertionError({
    actual, expected, message, operator: fn.name, stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

// Native promises and look-alikes with then and catch are accepted.
function isPromiseLike(obj) {
  return isPromise(obj) ||
    (obj !== null && typeof obj === 'object' &&
     typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isPromiseLike(promise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
    }
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT(
          'error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT(
        'error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION) {
    let details = error && error.name ? ` (${error.name})` : '';
    details += message ? `: ${message}` : '.';
    const kind = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    raise({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${kind}${details}`,
      stackStartFn,
    });
  }
  if (!error) return;
  expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return regExpMatches(expected, String(actual));
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    raise({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${kind}${details}\nActual message: "${actual && actual.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({
    actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError,
  });
  // The new stack ends where the original error's frames begin: the
  // frames both share are printed once, from the original.
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const at = origStack.indexOf('\n    at');
    if (at !== -1) {
      const original = origStack.slice(at + 1).split('\n');
      let frames = newErr.stack.split('\n');
      for (const frame of original) {
        const pos = frames.indexOf(frame);
        if (pos !== -1) {
          frames = frames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${frames.join('\n')}\n${original.join('\n')}`;
    }
  }
  throw newErr;
};

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const wantMatch = fn === assert.match;
  if (typeof string === 'string' && regExpMatches(regexp, string) === wantMatch) return;
  if (message instanceof Error) throw message;
  const generatedMessage = !message;
  if (!message) {
    if (typeof string !== 'string') {
      message = 'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})`;
    } else {
      message = (wantMatch ?
        'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  const err = new AssertionError({
    actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

assert.CallTracker = util.deprecate(CallTracker, 'assert.CallTracker is deprecated.', 'DEP0173');

// assert.strict is assert with the loose comparisons replaced by the
// strict ones; it is also require('assert/strict').
function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;
