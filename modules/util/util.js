// The rest of util and the module's exports.
// https://nodejs.org/docs/latest-v20.x/api/util.html

// process is a global the runtime installs; this module must also load in a
// bare VM (tests, embedders), so it is looked up when needed.
const getProcess = () => globalThis.process;

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw errInvalidArgType('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw errInvalidArgType('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw errInvalidArgType('superCtor.prototype', 'Object', superCtor.prototype);
  }
  ObjectDefineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  ObjectSetPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = ObjectKeys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// Codes already warned about: each deprecation code warns once per
// runtime, however many functions share it.
const codesWarned = new Set();

function deprecate(fn, msg, code) {
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function emitDeprecationWarning() {
    if (warned) return;
    const proc = getProcess();
    if (proc === undefined || proc === null || typeof proc.emitWarning !== 'function') return;
    warned = true;
    if (code !== undefined) {
      if (!codesWarned.has(code)) {
        proc.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        codesWarned.add(code);
      }
    } else {
      proc.emitWarning(msg, 'DeprecationWarning', deprecated);
    }
  }
  function deprecated(...args) {
    const proc = getProcess();
    if (!(proc && proc.noDeprecation)) emitDeprecationWarning();
    if (new.target) return ReflectConstruct(fn, args, new.target);
    return ReflectApply(fn, this, args);
  }
  // Keep fn's prototype chain, and make instances of fn instances of the
  // wrapper too.
  ObjectSetPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Node keeps this symbol private to core. gorun's other built-ins need it
// too (fs.read resolves { bytesRead, buffer }), so it is a registered
// symbol under a gorun-specific name.
const kCustomPromisifyArgsSymbol = Symbol.for('gorun.util.promisify.customArgs');

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  // Names for a callback that passes several results, e.g. fs.read.
  const argumentNames = original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      ReflectApply(original, this, args);
    });
  }
  ObjectSetPrototypeOf(fn, ObjectGetPrototypeOf(original));
  ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  for (const desc of ObjectValues(descriptors)) ObjectSetPrototypeOf(desc, null);
  return ObjectDefineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisifiedSymbol;

// nextTick runs fn on process.nextTick when the runtime has one.
function nextTick(fn, ...args) {
  const proc = getProcess();
  if (proc && typeof proc.nextTick === 'function') {
    proc.nextTick(fn, ...args);
  } else {
    Promise.resolve().then(() => fn(...args));
  }
}

function callbackifyOnRejected(reason, cb) {
  // A falsy reason would read as success in a callback: wrap it.
  if (!reason) reason = errFalsyValueRejection(reason);
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  // The promise is not returned: the callback's errors must not reject it.
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    ReflectApply(original, this, args)
      .then((ret) => nextTick(cb, null, ret),
        (rej) => nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  for (const desc of ObjectValues(descriptors)) ObjectSetPrototypeOf(desc, null);
  ObjectDefineProperties(callbackified, descriptors);
  return callbackified;
}

function toUSVString(input) {
  const str = `${input}`;
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    if (code <= 0xdbff && i + 1 < str.length) {
      const next = str.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    out += `${str.slice(last, i)}\ufffd`;
    last = i + 1;
  }
  return last === 0 ? str : out + str.slice(last);
}

// debuglog writes to stderr when NODE_DEBUG names the section (with *
// wildcards, comma separated, any case); it reads NODE_DEBUG on first use.
let debugSectionTest;
function debugEnabled(section) {
  if (debugSectionTest === undefined) {
    const proc = getProcess();
    const env = proc && proc.env ? proc.env.NODE_DEBUG : undefined;
    if (env) {
      const pattern = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
      const re = new RegExp(`^${pattern}$`, 'i');
      debugSectionTest = (s) => re.test(s);
    } else {
      debugSectionTest = () => false;
    }
  }
  return debugSectionTest(section);
}

function debuglog(section, cb) {
  let enabled;
  let impl;
  const init = () => {
    if (impl !== undefined) return;
    section = section.toUpperCase();
    enabled = debugEnabled(section);
    if (!enabled) {
      impl = () => {};
    } else {
      impl = (...args) => {
        const proc = getProcess();
        const colors = shouldColorize(proc.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        proc.stderr.write(format('%s %s: %s\n', section, inspect(proc.pid, { colors }), msg));
      };
    }
    if (typeof cb === 'function') cb(impl);
  };
  const logger = (...args) => {
    init();
    impl(...args);
  };
  ObjectDefineProperty(logger, 'enabled', {
    get() {
      init();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// shouldColorize follows Node's rule for its own coloured output.
function shouldColorize(stream) {
  const proc = getProcess();
  const force = proc && proc.env ? proc.env.FORCE_COLOR : undefined;
  if (force !== undefined) {
    return !(force === '0' || force === 'false');
  }
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n) => `${n}`.padStart(2, '0');

function log(...args) {
  const d = new Date();
  const time = [pad2(d.getHours()), pad2(d.getMinutes()), pad2(d.getSeconds())].join(':');
  globalThis.console.log('%s - %s', `${d.getDate()} ${months[d.getMonth()]} ${time}`, format(...args));
}

function styleText(format, text, { validateStream = true, stream = getProcess() && getProcess().stdout } = {}) {
  validateString(text, 'text');
  if (typeof validateStream !== 'boolean') {
    throw errInvalidArgType('options.validateStream', 'boolean', validateStream);
  }
  if (validateStream &&
      (stream === null || typeof stream !== 'object' ||
        (typeof stream.write !== 'function' && typeof stream.pipe !== 'function' &&
          typeof stream.getReader !== 'function' && typeof stream.getWriter !== 'function'))) {
    throw errInvalidArgType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  const formats = ArrayIsArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of formats) {
    const codes = inspect.colors[key];
    if (codes == null) {
      throw errInvalidArgValueOneOf('format', key, ObjectKeys(inspect.colors));
    }
    left += `\u001b[${codes[0]}m`;
    right = `\u001b[${codes[1]}m${right}`;
  }
  if (validateStream && !shouldColorize(stream)) return text;
  return `${left}${text}${right}`;
}

let bufferModule;
function isBuffer(value) {
  if (bufferModule === undefined) {
    try {
      bufferModule = require('buffer');
    } catch {
      bufferModule = null;
    }
  }
  return bufferModule !== null && bufferModule.Buffer.isBuffer(value);
}

const notImplemented = (name) => function notImplementedYet() {
  throw errNotImplemented(name);
};

// globalThis.X when the runtime provides it, else a stand-in that throws.
function fromGlobal(name) {
  const value = globalThis[name];
  return typeof value === 'function' ? value : notImplemented(`util.${name}`);
}

// getSystemErrorName and getSystemErrorMap are data properties in Node;
// these forward to internal/util/extras so it loads on first call.
const lazyExtras = {
  getSystemErrorMap: function getSystemErrorMap() {
    return require('internal/util/extras').getSystemErrorMap();
  },
  getSystemErrorName: function getSystemErrorName(err) {
    return require('internal/util/extras').getSystemErrorName(err);
  },
};

module.exports = {
  _errnoException: notImplemented('util._errnoException'),
  _exceptionWithHostPort: notImplemented('util._exceptionWithHostPort'),
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap: lazyExtras.getSystemErrorMap,
  getSystemErrorName: lazyExtras.getSystemErrorName,
  inherits,
  inspect,
  isArray: ArrayIsArray,
  isBoolean: (arg) => typeof arg === 'boolean',
  isBuffer,
  isDeepStrictEqual,
  isNull: (arg) => arg === null,
  isNullOrUndefined: (arg) => arg === null || arg === undefined,
  isNumber: (arg) => typeof arg === 'number',
  isString: (arg) => typeof arg === 'string',
  isSymbol: (arg) => typeof arg === 'symbol',
  isUndefined: (arg) => arg === undefined,
  isRegExp: types.isRegExp,
  isObject: (arg) => arg !== null && typeof arg === 'object',
  isDate: types.isDate,
  isError: (e) => ObjectPrototypeToString(e) === '[object Error]' || e instanceof Error,
  isFunction: (arg) => typeof arg === 'function',
  isPrimitive: (arg) => arg === null || (typeof arg !== 'object' && typeof arg !== 'function'),
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  get transferableAbortSignal() {
    return require('internal/util/extras').transferableAbortSignal;
  },
  get transferableAbortController() {
    return require('internal/util/extras').transferableAbortController;
  },
  get aborted() {
    return require('internal/util/extras').aborted;
  },
  types,
  parseEnv: notImplemented('util.parseEnv'),
  parseArgs: notImplemented('util.parseArgs'),
  get TextEncoder() {
    return fromGlobal('TextEncoder');
  },
  get TextDecoder() {
    return fromGlobal('TextDecoder');
  },
  MIMEType: notImplemented('util.MIMEType'),
  MIMEParams: notImplemented('util.MIMEParams'),
};

// As Node's defineLazyProperties: accessors (in place, keeping the key
// order) that load their module on first read and then become data.
function defineLazyProperties(target, id, keys) {
  let mod;
  for (const key of keys) {
    let loaded;
    const set = {
      [`set ${key}`](value) {
        ObjectDefineProperty(target, key, { __proto__: null, writable: true, value });
      },
    }[`set ${key}`];
    const get = {
      [`get ${key}`]() {
        mod ??= require(id);
        if (loaded === undefined) {
          loaded = mod[key];
          set(loaded);
        }
        return loaded;
      },
    }[`get ${key}`];
    ObjectDefineProperty(target, key, { __proto__: null, configurable: true, enumerable: true, get, set });
  }
}
defineLazyProperties(module.exports, 'internal/util/parse_args', ['parseArgs']);
defineLazyProperties(module.exports, 'internal/mime', ['MIMEType', 'MIMEParams']);

// Internals other built-ins share (console, assert, errors), reached by
// the internal/util/* modules. A registered symbol is the only name two
// shims can share; non-enumerable, it stays out of user listings.
ObjectDefineProperty(module.exports, Symbol.for('gorun.util.internals'), {
  value: {
    inspect: {
      inspect,
      format,
      formatWithOptions,
      inspectDefaultOptions,
      stripVTControlCharacters,
      getStringWidth,
      identicalSequenceRange,
      isError: (value) => isError(value, kindOf(value)),
      markModuleNamespace,
    },
    comparisons: { isDeepEqual, isDeepStrictEqual },
    // For the runtime's SharedArrayBuffer global (goja has none).
    SharedArrayBuffer,
  },
});
