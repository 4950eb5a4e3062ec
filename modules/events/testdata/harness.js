'use strict';
// Shared by node (gen.js, which records the expected output) and the Go
// test (which runs the same file on goja): `log` prints values in a fixed
// format that needs no util.inspect, and `assert` is a small stand-in
// for the assert module gorun does not have yet.

function fmt(v, depth = 0) {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'undefined': return 'undefined';
    case 'string': return depth === 0 ? v : JSON.stringify(v);
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return `${v}n`;
    case 'boolean': return String(v);
    case 'symbol': return v.toString();
    case 'function': return `[fn ${v.name}]`;
  }
  if (depth > 3) return '[deep]';
  if (Array.isArray(v)) return `[${v.map((x) => fmt(x, depth + 1)).join(', ')}]`;
  if (v instanceof Error) {
    const extra = Object.keys(v).filter((k) => k !== 'code').map((k) => `${k}=${fmt(v[k], depth + 1)}`);
    return `<${v.name}${v.code !== undefined ? ` ${v.code}` : ''}: ${v.message}${extra.length ? ` {${extra.join(', ')}}` : ''}>`;
  }
  const proto = Object.getPrototypeOf(v);
  const name = proto === null ? 'null' : (proto.constructor && proto.constructor.name) || '?';
  const keys = Reflect.ownKeys(v).filter((k) => Object.prototype.propertyIsEnumerable.call(v, k));
  const body = keys.map((k) => `${typeof k === 'symbol' ? `[${k.toString()}]` : k}: ${fmt(v[k], depth + 1)}`).join(', ');
  return `${name === 'Object' ? '' : name + ' '}{${body}}`;
}

function log(...args) {
  print(args.map((a) => fmt(a)).join(' '));
}

function fail(msg) {
  throw new Error(`assertion failed: ${msg}`);
}

function deepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Reflect.ownKeys(a);
  const kb = Reflect.ownKeys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual(a[k], b[k]));
}

// matches follows assert.throws: a class is checked with instanceof, any
// other function is a validator returning true.
function matches(err, expected) {
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && err instanceof expected) return true;
    if (expected === Error || Error.isPrototypeOf(expected)) return false;
    return expected.call({}, err) === true;
  }
  if (expected instanceof RegExp) return expected.test(String(err));
  if (expected && typeof expected === 'object') {
    return Object.keys(expected).every((k) => {
      const want = expected[k];
      const got = err[k];
      return want instanceof RegExp ? want.test(got) : deepEqual(got, want);
    });
  }
  return true;
}

function assert(cond, msg) {
  if (!cond) fail(msg || 'expected truthy value');
}
assert.ok = assert;
assert.strictEqual = (a, b, msg) => {
  if (!Object.is(a, b)) fail(`${msg ? msg + ': ' : ''}${fmt(a)} !== ${fmt(b)}`);
};
assert.notStrictEqual = (a, b, msg) => {
  if (Object.is(a, b)) fail(`${msg ? msg + ': ' : ''}${fmt(a)} === ${fmt(b)}`);
};
assert.deepStrictEqual = (a, b, msg) => {
  if (!deepEqual(a, b)) fail(`${msg ? msg + ': ' : ''}${fmt(a)} not deep-equal to ${fmt(b)}`);
};
assert.throws = (fn, expected, msg) => {
  try {
    fn();
  } catch (err) {
    if (!matches(err, expected)) fail(`${msg ? msg + ': ' : ''}unexpected error ${fmt(err)}`);
    return err;
  }
  fail(`${msg ? msg + ': ' : ''}missing expected exception`);
};
assert.rejects = (promise, expected) => promise.then(
  () => fail('missing expected rejection'),
  (err) => {
    if (!matches(err, expected)) fail(`unexpected rejection ${fmt(err)}`);
    return err;
  });

// caught runs fn and logs what it threw, so the error's exact text is
// compared with node's.
function caught(label, fn) {
  try {
    fn();
    log(label, 'no throw');
  } catch (err) {
    const first = typeof err.stack === 'string' ? err.stack.split('\n')[0] : String(err.stack);
    log(label, err, '|', String(err), '|', first);
  }
}

globalThis.log = log;
globalThis.fmt = fmt;
globalThis.assert = assert;
globalThis.caught = caught;
