'use strict';
// internal/validators: Node's argument checks (lib/internal/validators.js),
// throwing the same codes and messages. They are plain functions on the
// hot path (validateFunction runs on every emitter.on) and trim their own
// frame from the stack only when they throw.

const {
  captureFrom,
  codes: {
    ERR_SOCKET_BAD_PORT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_SIGNAL,
  },
} = require('internal/errors');

function isInt32(value) {
  return value === (value | 0);
}

function isUint32(value) {
  return value === (value >>> 0);
}

const octalReg = /^[0-7]+$/;
const modeDesc = 'must be a 32-bit unsigned integer or an octal string';

function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (octalReg.exec(value) === null) {
      throw captureFrom(new ERR_INVALID_ARG_VALUE(name, value, modeDesc), parseFileMode);
    }
    value = Number.parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw captureFrom(new ERR_INVALID_ARG_TYPE(name, 'number', value), validateInteger);
  if (!Number.isInteger(value)) throw captureFrom(new ERR_OUT_OF_RANGE(name, 'an integer', value), validateInteger);
  if (value < min || value > max) {
    throw captureFrom(new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value), validateInteger);
  }
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw captureFrom(new ERR_INVALID_ARG_TYPE(name, 'number', value), validateInt32);
  if (!Number.isInteger(value)) throw captureFrom(new ERR_OUT_OF_RANGE(name, 'an integer', value), validateInt32);
  if (value < min || value > max) {
    throw captureFrom(new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value), validateInt32);
  }
}

function validateUint32(value, name, positive = false) {
  if (typeof value !== 'number') throw captureFrom(new ERR_INVALID_ARG_TYPE(name, 'number', value), validateUint32);
  if (!Number.isInteger(value)) throw captureFrom(new ERR_OUT_OF_RANGE(name, 'an integer', value), validateUint32);
  const min = positive ? 1 : 0;
  const max = 4294967295;
  if (value < min || value > max) {
    throw captureFrom(new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value), validateUint32);
  }
}

function validateString(value, name) {
  if (typeof value !== 'string') throw captureFrom(new ERR_INVALID_ARG_TYPE(name, 'string', value), validateString);
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') throw captureFrom(new ERR_INVALID_ARG_TYPE(name, 'number', value), validateNumber);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    const range = `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`;
    throw captureFrom(new ERR_OUT_OF_RANGE(name, range, value), validateNumber);
  }
}

function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw captureFrom(new ERR_INVALID_ARG_VALUE(name, value, 'must be one of: ' + allowed), validateOneOf);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw captureFrom(new ERR_INVALID_ARG_TYPE(name, 'boolean', value), validateBoolean);
}

const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1 << 0;
const kValidateObjectAllowArray = 1 << 1;
const kValidateObjectAllowFunction = 1 << 2;
const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kValidateObjectAllowObjectsAndNull = kValidateObjectAllowNullable | kValidateObjectAllowArray |
  kValidateObjectAllowFunction;

// validateObject takes Node 20.11's flag bits or the older
// { nullable, allowArray, allowFunction } options object.
function validateObject(value, name, options = kValidateObjectNone) {
  let flags = options;
  if (options !== null && typeof options === 'object') {
    flags = (options.nullable ? kValidateObjectAllowNullable : 0) |
      (options.allowArray ? kValidateObjectAllowArray : 0) |
      (options.allowFunction ? kValidateObjectAllowFunction : 0);
  }
  if ((flags & kValidateObjectAllowNullable) === 0 && value === null) {
    throw captureFrom(new ERR_INVALID_ARG_TYPE(name, 'Object', value), validateObject);
  }
  if ((flags & kValidateObjectAllowArray) === 0 && Array.isArray(value)) {
    throw captureFrom(new ERR_INVALID_ARG_TYPE(name, 'Object', value), validateObject);
  }
  const t = typeof value;
  if (t !== 'object' && ((flags & kValidateObjectAllowFunction) === 0 || t !== 'function')) {
    throw captureFrom(new ERR_INVALID_ARG_TYPE(name, 'Object', value), validateObject);
  }
}

function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw captureFrom(new ERR_INVALID_ARG_TYPE(name, 'a dictionary', value), validateDictionary);
  }
}

function validateArray(value, name, minLength = 0) {
  if (!Array.isArray(value)) throw captureFrom(new ERR_INVALID_ARG_TYPE(name, 'Array', value), validateArray);
  if (value.length < minLength) {
    throw captureFrom(new ERR_INVALID_ARG_VALUE(name, value, `must be longer than ${minLength}`), validateArray);
  }
}

function validateStringArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; ++i) {
    if (typeof value[i] !== 'string') {
      throw captureFrom(new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'string', value[i]), validateStringArray);
    }
  }
}

function validateBooleanArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; ++i) {
    if (value[i] !== true && value[i] !== false) {
      throw captureFrom(new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'boolean', value[i]), validateBooleanArray);
    }
  }
}

function validateAbortSignalArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    const signal = value[i];
    const indexedName = `${name}[${i}]`;
    if (signal == null) {
      throw captureFrom(new ERR_INVALID_ARG_TYPE(indexedName, 'AbortSignal', signal), validateAbortSignalArray);
    }
    validateAbortSignal(signal, indexedName);
  }
}

// Linux's signal numbers, as os.constants.signals lists them.
const signals = {
  __proto__: null,
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};

function validateSignalName(signal, name = 'signal') {
  validateString(signal, name);
  if (signals[signal] === undefined) {
    if (signals[signal.toUpperCase()] !== undefined) {
      throw captureFrom(new ERR_UNKNOWN_SIGNAL(signal + ' (signals must use all capital letters)'), validateSignalName);
    }
    throw captureFrom(new ERR_UNKNOWN_SIGNAL(signal), validateSignalName);
  }
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw captureFrom(new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer), validateBuffer);
  }
}

function isHex(enc) {
  return typeof enc === 'string' && enc.length === 3 && enc.toLowerCase() === 'hex';
}

function validateEncoding(data, encoding) {
  const length = data.length;
  if (isHex(encoding) && length % 2 !== 0) {
    throw captureFrom(new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${length}`),
                      validateEncoding);
  }
}

function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    throw captureFrom(new ERR_SOCKET_BAD_PORT(name, port, allowZero), validatePort);
  }
  return port | 0;
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw captureFrom(new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal), validateAbortSignal);
  }
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw captureFrom(new ERR_INVALID_ARG_TYPE(name, 'Function', value), validateFunction);
}

function isAsyncFunction(fn) {
  return typeof fn === 'function' && fn[Symbol.toStringTag] === 'AsyncFunction';
}

function validatePlainFunction(value, name) {
  if (typeof value !== 'function' || isAsyncFunction(value)) {
    throw captureFrom(new ERR_INVALID_ARG_TYPE(name, 'Function', value), validatePlainFunction);
  }
}

function validateUndefined(value, name) {
  if (value !== undefined) throw captureFrom(new ERR_INVALID_ARG_TYPE(name, 'undefined', value), validateUndefined);
}

function validateUnion(value, name, union) {
  if (!union.includes(value)) {
    throw captureFrom(new ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value), validateUnion);
  }
}

function validateInternalField(object, fieldKey, className) {
  if (typeof object !== 'object' || object === null || !Object.prototype.hasOwnProperty.call(object, fieldKey)) {
    throw captureFrom(new ERR_INVALID_ARG_TYPE('this', className, object), validateInternalField);
  }
}

// validateFiniteNumber: false for undefined and NaN, true for finite
// numbers, and a type or range error otherwise.
function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw captureFrom(new ERR_OUT_OF_RANGE(name, 'a finite number', number), validateFiniteNumber);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw captureFrom(new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number), checkRangesOrGetDefault);
  }
  return number;
}

module.exports = {
  isInt32,
  isUint32,
  parseFileMode,
  validateArray,
  validateStringArray,
  validateBooleanArray,
  validateAbortSignalArray,
  validateBoolean,
  validateBuffer,
  validateDictionary,
  validateEncoding,
  validateFunction,
  validateInt32,
  validateInteger,
  validateNumber,
  validateObject,
  kValidateObjectNone,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  validateOneOf,
  validatePlainFunction,
  validatePort,
  validateSignalName,
  validateString,
  validateUint32,
  validateUndefined,
  validateUnion,
  validateAbortSignal,
  validateInternalField,
  validateFiniteNumber,
  checkRangesOrGetDefault,
};
