'use strict';
// internal/errors: Node's error classes for gorun's shims. Messages come
// from the Go table in internal/nodeerr through `binding.message`, so Go
// bindings and shims print the same text. Node's original is
// lib/internal/errors.js; this keeps its exported names.

const kIsNodeError = Symbol('kIsNodeError');
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');

const bases = { Error, TypeError, RangeError, SyntaxError, URIError };

let utilInspect;
// lazyInspect is util.inspect once util can be loaded; before that (util
// requires this module) and in runtimes without util, gorun's Go
// approximation.
function lazyInspect() {
  if (utilInspect === undefined) {
    try {
      const u = require('util');
      if (typeof u.inspect === 'function') utilInspect = u.inspect;
    } catch {
      // util not available: fall through to the approximation.
    }
  }
  return utilInspect || binding.inspect;
}

function inspect(value, options) {
  return lazyInspect()(value, options);
}

// captureFrom re-captures err's stack starting below fn, as V8 does for
// `new.target` and Node's hideStackFrames; without
// Error.captureStackTrace the engine's stack is kept.
function captureFrom(err, fn) {
  if (typeof Error.captureStackTrace === 'function' && Error.stackTraceLimit) {
    Error.captureStackTrace(err, fn);
  }
  if (err !== null && typeof err === 'object' && typeof err.code === 'string' && err[kIsNodeError]) {
    fixStackHeader(err);
  }
  return err;
}

// fixStackHeader turns the engine's `Name: msg` stack header into Node's
// `Name [CODE]: msg`. A header of the bare name (a stack captured before
// the message was set) is replaced the same way.
function fixStackHeader(err) {
  const stack = err.stack;
  if (typeof stack !== 'string') return;
  const name = String(err.name);
  const msg = String(err.message);
  const fixed = msg === '' ? `${name} [${err.code}]` : `${name} [${err.code}]: ${msg}`;
  for (const head of [msg === '' ? name : `${name}: ${msg}`, name]) {
    if (stack === head || stack.startsWith(head + '\n')) {
      err.stack = fixed + stack.slice(head.length);
      return;
    }
  }
}

function makeNodeErrorWithCode(Base, key) {
  class NodeError extends Base {
    constructor(...args) {
      super();
      this.code = key;
      Object.defineProperty(this, 'message', {
        __proto__: null,
        value: binding.message(key, args, this),
        enumerable: false,
        writable: true,
        configurable: true,
      });
      captureFrom(this, new.target);
    }

    // Node reports the base class as the constructor (WPT expects it).
    get ['constructor']() {
      return Base;
    }

    get [kIsNodeError]() {
      return true;
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  }
  return NodeError;
}

// SystemError is Node's error for a failed libuv call reported under an
// ERR_* code: the message appends the uv context, and errno, syscall,
// path and dest read through to that context (err.info).
class SystemError extends Error {
  constructor(key, context) {
    super();
    const prefix = binding.message(key, [], this);
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    this.code = key;
    Object.defineProperties(this, {
      [kIsNodeError]: { __proto__: null, value: true, enumerable: false, writable: false, configurable: true },
      name: { __proto__: null, value: 'SystemError', enumerable: false, writable: true, configurable: true },
      message: { __proto__: null, value: message, enumerable: false, writable: true, configurable: true },
      info: { __proto__: null, value: context, enumerable: true, configurable: true, writable: false },
      errno: {
        __proto__: null,
        get() { return context.errno; },
        set: (value) => { context.errno = value; },
        enumerable: true,
        configurable: true,
      },
      syscall: {
        __proto__: null,
        get() { return context.syscall; },
        set: (value) => { context.syscall = value; },
        enumerable: true,
        configurable: true,
      },
    });
    for (const prop of ['path', 'dest']) {
      if (context[prop] === undefined) continue;
      Object.defineProperty(this, prop, {
        __proto__: null,
        get() { return context[prop] != null ? context[prop].toString() : context[prop]; },
        set: (value) => { context[prop] = value ? value.toString() : undefined; },
        enumerable: true,
        configurable: true,
      });
    }
    captureFrom(this, new.target);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    return inspect(this, { ...ctx, getters: true, customInspect: false });
  }
}

function makeSystemErrorWithCode(key) {
  return class NodeError extends SystemError {
    constructor(ctx) {
      super(key, ctx);
    }
  };
}

// codes builds each class on first use: most programs touch a handful of
// the ~300 codes, and goja pays for every class it creates (and for
// defining ~300 getters, so the object itself lives in Go).
function makeCodeClass(key, base, alts, hide) {
  let cls;
  if (base === 'SystemError') {
    cls = makeSystemErrorWithCode(key);
  } else {
    cls = makeNodeErrorWithCode(bases[base], key);
    for (const alt of alts) cls[alt] = makeNodeErrorWithCode(bases[alt], key);
  }
  // Node's HideStackFramesError variants only trim frames; ours trim
  // in the constructor already.
  if (hide) {
    cls.HideStackFramesError = cls;
    for (const alt of alts) cls[alt].HideStackFramesError = cls[alt];
  }
  return cls;
}
const codes = binding.codes(makeCodeClass);

// hideStackFrames drops fn's own frames from the stacks of errors it
// throws, so they point at the caller, as Node's validators do.
function hideStackFrames(fn) {
  function wrappedFn(...args) {
    try {
      return Reflect.apply(fn, this, args);
    } catch (error) {
      throw captureFrom(error, wrappedFn);
    }
  }
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}

// AbortError is Node's, not the DOMException: a plain Error with code and
// name, as readable-stream and userland expect.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function genericNodeError(message, errorProperties) {
  const err = new Error(message);
  Object.assign(err, errorProperties);
  return captureFrom(err, genericNodeError);
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ? desc.writable : desc.set !== undefined;
}

// aggregateTwoErrors folds a second error into the first, as stream
// destroy() reports an error raised while handling another.
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return captureFrom(err, aggregateTwoErrors);
  }
  return innerError || outerError;
}

class NodeAggregateError extends AggregateError {
  constructor(errors, message) {
    super(errors, message);
    this.code = errors[0]?.code;
  }

  get [kIsNodeError]() {
    return true;
  }

  get ['constructor']() {
    return AggregateError;
  }
}

function uvErrmapGet(errno) {
  return binding.errname(errno);
}

function getSystemErrorMap() {
  return new Map(binding.errmap());
}

function getSystemErrorName(errno) {
  const entry = binding.errname(errno);
  return entry === undefined ? `Unknown system error ${errno}` : entry[0];
}

// UVException is the error of a failed libuv call built from its
// context: `ENOENT: no such file or directory, open '/x'`.
class UVException extends Error {
  constructor(ctx) {
    const [code, uvmsg] = binding.errname(ctx.errno) || ['UNKNOWN', 'unknown error'];
    let message = `${code}: ${ctx.message || uvmsg}, ${ctx.syscall}`;
    let path;
    let dest;
    if (ctx.path) {
      path = ctx.path.toString();
      message += ` '${path}'`;
    }
    if (ctx.dest) {
      dest = ctx.dest.toString();
      message += ` -> '${dest}'`;
    }
    super(message);
    for (const prop of Object.keys(ctx)) {
      if (prop === 'message' || prop === 'path' || prop === 'dest') continue;
      this[prop] = ctx[prop];
    }
    this.code = code;
    if (path) this.path = path;
    if (dest) this.dest = dest;
    captureFrom(this, new.target);
  }

  get ['constructor']() {
    return Error;
  }
}

class UVExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port) {
    const [code, uvmsg] = binding.errname(err) || ['UNKNOWN', 'unknown error'];
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    super(`${syscall} ${code}: ${uvmsg}${details}`);
    this.code = code;
    this.errno = err;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
    captureFrom(this, new.target);
  }

  get ['constructor']() {
    return Error;
  }
}

class ErrnoException extends Error {
  constructor(err, syscall, original) {
    const code = getSystemErrorName(err);
    super(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
    captureFrom(this, new.target);
  }

  get ['constructor']() {
    return Error;
  }
}

class ExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port, additional) {
    const code = getSystemErrorName(err);
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    if (additional) details += ` - Local (${additional})`;
    super(`${syscall} ${code}${details}`);
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
    captureFrom(this, new.target);
  }

  get ['constructor']() {
    return Error;
  }
}

// DNSException is dns's error: `getaddrinfo ENOTFOUND host`. libuv's
// "no address" and "unknown node" both read ENOTFOUND, a name Node made up.
class DNSException extends Error {
  constructor(code, syscall, hostname) {
    let errno;
    if (typeof code === 'number') {
      errno = code;
      const [name] = binding.errname(code) || [];
      code = (name === 'EAI_NODATA' || name === 'EAI_NONAME') ? 'ENOTFOUND' : getSystemErrorName(code);
    }
    super(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
    captureFrom(this, new.target);
  }

  get ['constructor']() {
    return Error;
  }
}

// ConnResetException is http's "socket hang up": a plain Error whose
// code is ECONNRESET.
class ConnResetException extends Error {
  constructor(msg) {
    super(msg);
    this.code = 'ECONNRESET';
    captureFrom(this, new.target);
  }

  get ['constructor']() {
    return Error;
  }
}

function inspectWithNoCustomRetry(obj, options) {
  try {
    return inspect(obj, options);
  } catch {
    return inspect(obj, { ...options, customInspect: false });
  }
}

// isStackOverflowError recognises the engine's "too much recursion"
// error. goja reports it as a RangeError with V8's wording.
function isStackOverflowError(err) {
  return !!err && err.name === 'RangeError' && /^Maximum call stack size exceeded/.test(err.message);
}

function formatList(array, type = 'and') {
  switch (array.length) {
    case 0: return '';
    case 1: return `${array[0]}`;
    case 2: return `${array[0]} ${type} ${array[1]}`;
    case 3: return `${array[0]}, ${array[1]}, ${type} ${array[2]}`;
    default:
      return `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
  }
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    res = `_${val.slice(i - 3, i)}${res}`;
  }
  return `${val.slice(0, i)}${res}`;
}

// translateEngineError rewrites, in place, the message of an error the
// engine threw into V8's words where they differ (nodeerr.V8Message), the
// head of its stack with it, and returns the error. Shims call it where
// engine errors reach users through node's APIs (assert's comparisons).
function translateEngineError(err) {
  if (err === null || typeof err !== 'object') return err;
  let old;
  try {
    old = err.message;
  } catch {
    return err;
  }
  if (typeof old !== 'string') return err;
  const msg = binding.v8Message(old);
  if (msg === undefined) return err;
  try {
    Object.defineProperty(err, 'message', {
      __proto__: null, value: msg, writable: true, enumerable: false, configurable: true,
    });
    const stack = err.stack;
    const head = `${err.name}: ${old}`;
    if (typeof stack === 'string' && stack.startsWith(head)) {
      err.stack = `${err.name}: ${msg}${stack.slice(head.length)}`;
    }
  } catch {
    // A frozen error keeps the engine's words.
  }
  return err;
}

module.exports = {
  AbortError,
  ConnResetException,
  DNSException,
  NodeAggregateError,
  SystemError,
  UVException,
  UVExceptionWithHostPort,
  ErrnoException,
  ExceptionWithHostPort,
  aggregateTwoErrors,
  addNumericalSeparator,
  captureFrom,
  codes,
  determineSpecificType: binding.specificType,
  fixStackHeader,
  formatList,
  genericNodeError,
  getSystemErrorMap,
  getSystemErrorName,
  hideStackFrames,
  inspect,
  inspectWithNoCustomRetry,
  isErrorStackTraceLimitWritable,
  translateEngineError,
  isStackOverflowError,
  kEnhanceStackBeforeInspector,
  kIsNodeError,
  lazyInspect,
  uvErrmapGet,
};

// The validators live in internal/validators (which needs codes from
// here); they are re-exported lazily to keep the two modules acyclic.
for (const name of [
  'validateAbortSignal', 'validateAbortSignalArray', 'validateArray', 'validateBoolean',
  'validateBooleanArray', 'validateBuffer', 'validateDictionary', 'validateEncoding',
  'validateFiniteNumber', 'validateFunction', 'validateInt32', 'validateInteger',
  'validateInternalField', 'validateNumber', 'validateObject', 'validateOneOf',
  'validatePlainFunction', 'validatePort', 'validateSignalName', 'validateString',
  'validateStringArray', 'validateUint32', 'validateUndefined', 'validateUnion',
  'checkRangesOrGetDefault', 'parseFileMode', 'isInt32', 'isUint32',
  'kValidateObjectNone', 'kValidateObjectAllowNullable', 'kValidateObjectAllowArray',
  'kValidateObjectAllowFunction', 'kValidateObjectAllowObjects', 'kValidateObjectAllowObjectsAndNull',
]) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      const v = require('internal/validators')[name];
      Object.defineProperty(module.exports, name, { __proto__: null, value: v, enumerable: true, writable: true, configurable: true });
      return v;
    },
  });
}
