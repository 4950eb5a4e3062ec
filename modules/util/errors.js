'use strict';
// Built-ins captured before user code runs, so a program that patches
// Object.keys or Map.prototype.entries does not change how values print
// (Node gets the same guarantee from its primordials).

const {
  defineProperty: ObjectDefineProperty,
  getOwnPropertyDescriptor: ObjectGetOwnPropertyDescriptor,
  getOwnPropertyDescriptors: ObjectGetOwnPropertyDescriptors,
  getOwnPropertyNames: ObjectGetOwnPropertyNames,
  getOwnPropertySymbols: ObjectGetOwnPropertySymbols,
  getPrototypeOf: ObjectGetPrototypeOf,
  setPrototypeOf: ObjectSetPrototypeOf,
  keys: ObjectKeys,
  values: ObjectValues,
  is: ObjectIs,
  assign: ObjectAssign,
  seal: ObjectSeal,
  defineProperties: ObjectDefineProperties,
} = Object;
const ArrayIsArray = Array.isArray;
const ReflectOwnKeys = Reflect.ownKeys;
const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const JSONStringify = JSON.stringify;
const { floor: MathFloor, max: MathMax, min: MathMin, round: MathRound, sqrt: MathSqrt, trunc: MathTrunc } = Math;
const NumberIsNaN = Number.isNaN;
const NumberIsFinite = Number.isFinite;
const NumberParseInt = Number.parseInt;
const NumberParseFloat = Number.parseFloat;
const SymbolIterator = Symbol.iterator;
const SymbolToStringTag = Symbol.toStringTag;
const SymbolToPrimitive = Symbol.toPrimitive;

// uncurry turns a method into a function taking `this` first.
const FunctionPrototypeCall = Function.prototype.call;
const uncurry = (fn) => FunctionPrototypeCall.bind(fn);
const uncurryGetter = (proto, name) => uncurry(ObjectGetOwnPropertyDescriptor(proto, name).get);

const ObjectPrototype = Object.prototype;
// Object.hasOwn is hasOwnProperty without a bound call, which goja runs
// at half the speed; it sits on the per-item path.
const ObjectPrototypeHasOwnProperty = Object.hasOwn;
const ObjectPrototypePropertyIsEnumerable = uncurry(ObjectPrototype.propertyIsEnumerable);
const ObjectPrototypeToString = uncurry(ObjectPrototype.toString);
const FunctionPrototype = Function.prototype;
const FunctionPrototypeToString = uncurry(FunctionPrototype.toString);
const ErrorPrototypeToString = uncurry(Error.prototype.toString);
const DatePrototypeGetTime = uncurry(Date.prototype.getTime);
const DatePrototypeToISOString = uncurry(Date.prototype.toISOString);
const DatePrototypeToString = uncurry(Date.prototype.toString);
const RegExpPrototypeToString = uncurry(RegExp.prototype.toString);
const SymbolPrototypeToString = uncurry(Symbol.prototype.toString);
const SymbolPrototypeValueOf = uncurry(Symbol.prototype.valueOf);
const NumberPrototypeValueOf = uncurry(Number.prototype.valueOf);
const StringPrototypeValueOf = uncurry(String.prototype.valueOf);
const BooleanPrototypeValueOf = uncurry(Boolean.prototype.valueOf);
const BigIntPrototypeValueOf = uncurry(BigInt.prototype.valueOf);
const MapPrototypeGetSize = uncurryGetter(Map.prototype, 'size');
const MapPrototypeEntries = uncurry(Map.prototype.entries);
const SetPrototypeGetSize = uncurryGetter(Set.prototype, 'size');
const SetPrototypeValues = uncurry(Set.prototype.values);
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const TypedArrayPrototypeGetSymbolToStringTag = uncurryGetter(TypedArrayPrototype, SymbolToStringTag);
const TypedArrayPrototypeGetLength = uncurryGetter(TypedArrayPrototype, 'length');
const TypedArrayConstructors = {
  __proto__: null,
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};

const kinds = binding.kinds;
const kindArrayBuffer = kinds.arrayBuffer;

// SharedArrayBuffer: goja has none, so this module provides one for the
// runtime's global (internals.SharedArrayBuffer). Its instances are real
// ArrayBuffers (typed arrays and Buffer accept them) with their own
// prototype, told apart by a brand; with one thread there is nothing to
// share, so only the type and its checks, inspection and equality are
// node's. Atomics stays missing.
const sharedArrayBuffers = new WeakSet();
// kindSharedArrayBuffer extends the Go binding's kinds.
const kindSharedArrayBuffer = -2;

function SharedArrayBuffer(length = 0) {
  if (new.target === undefined) {
    throw new TypeError("Constructor SharedArrayBuffer requires 'new'");
  }
  const buffer = ReflectConstruct(ArrayBuffer, [length], new.target);
  sharedArrayBuffers.add(buffer);
  return buffer;
}
{
  const byteLength = ObjectGetOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
  const slice = ArrayBuffer.prototype.slice;
  const check = (self, name) => {
    if (!sharedArrayBuffers.has(self)) {
      throw new TypeError(`Method SharedArrayBuffer.prototype.${name} called on incompatible receiver ${self}`);
    }
  };
  const methods = {
    get byteLength() {
      check(this, 'byteLength');
      return FunctionPrototypeCall.call(byteLength, this);
    },
    get growable() {
      check(this, 'growable');
      return false;
    },
    get maxByteLength() {
      check(this, 'maxByteLength');
      return FunctionPrototypeCall.call(byteLength, this);
    },
    slice(start, end) {
      check(this, 'slice');
      return FunctionPrototypeCall.call(slice, this, start, end);
    },
    grow() {
      check(this, 'grow');
      throw new TypeError('Method SharedArrayBuffer.prototype.grow called on incompatible receiver #<SharedArrayBuffer>');
    },
  };
  for (const key of ['byteLength', 'growable', 'maxByteLength', 'slice', 'grow']) {
    const desc = ObjectGetOwnPropertyDescriptor(methods, key);
    desc.enumerable = false;
    ObjectDefineProperty(SharedArrayBuffer.prototype, key, desc);
  }
  ObjectDefineProperty(SharedArrayBuffer.prototype, SymbolToStringTag, {
    __proto__: null, value: 'SharedArrayBuffer', configurable: true,
  });
  ObjectDefineProperty(SharedArrayBuffer, Symbol.species, {
    __proto__: null, get() { return this; }, configurable: true,
  });
}

// kindOf is the binding's, with SharedArrayBuffers told apart.
function kindOf(value) {
  const kind = binding.kindOf(value);
  return kind === kindArrayBuffer && sharedArrayBuffers.has(value) ? kindSharedArrayBuffer : kind;
}

// Node's error codes for what this module throws. They belong in
// internal/nodeerr once that exists; until then this is the one table.
const kTypeNames = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const classNameRegExp = /^[A-Z][a-zA-Z0-9]*$/;

function formatList(list, type) {
  switch (list.length) {
    case 0: return '';
    case 1: return `${list[0]}`;
    case 2: return `${list[0]} ${type} ${list[1]}`;
    case 3: return `${list[0]}, ${list[1]}, ${type} ${list[2]}`;
    default:
      return `${list.slice(0, -1).join(', ')}, ${type} ${list[list.length - 1]}`;
  }
}

// describeReceived is the "Received ..." tail of ERR_INVALID_ARG_TYPE.
function describeReceived(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      return `type number (${value})`;
    case 'boolean':
      return `type boolean (${value})`;
    case 'symbol':
      return `type symbol (${SymbolPrototypeToString(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return `an instance of ${value.constructor.name}`;
      }
      return `${inspect(value, { depth: -1 })}`;
    case 'string':
      if (value.length > 28) value = `${value.slice(0, 25)}...`;
      if (value.indexOf("'") === -1) return `type string ('${value}')`;
      return `type string (${JSONStringify(value)})`;
  }
  let shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof value} (${shown})`;
}

function invalidArgTypeMessage(name, expected, actual) {
  if (!ArrayIsArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += `${name} `;
  } else {
    msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypeNames.includes(value)) types.push(value.toLowerCase());
    else if (classNameRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types, 'or')}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) {
      msg += `one of ${formatList(other, 'or')}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  return `${msg}. Received ${describeReceived(actual)}`;
}

// nodeError makes an error shaped like Node's internal ones: an enumerable
// own `code`, and `Name [CODE]: message` at the head of its stack.
function nodeError(Base, code, message) {
  const err = new Base(message);
  ObjectDefineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  const stack = err.stack;
  const head = `${err.name}: ${message}`;
  if (typeof stack === 'string' && stack.startsWith(head)) {
    ObjectDefineProperty(err, 'stack', {
      value: `${err.name} [${code}]: ${message}${stack.slice(head.length)}`,
      enumerable: false, writable: true, configurable: true,
    });
  }
  return err;
}

function errInvalidArgType(name, expected, actual) {
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', invalidArgTypeMessage(name, expected, actual));
}

function errInvalidArgValueOneOf(name, value, allowed) {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const list = allowed.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
  const type = name.includes('.') ? 'property' : 'argument';
  return nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
    `The ${type} '${name}' must be one of: ${list}. Received ${shown}`);
}

function errFalsyValueRejection(reason) {
  const err = nodeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
  err.reason = reason;
  return err;
}

function errNotImplemented(what) {
  return nodeError(Error, 'ERR_NOT_IMPLEMENTED', `${what} is not implemented in gorun`);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw errInvalidArgType(name, 'string', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw errInvalidArgType(name, 'Function', value);
}

function validateObject(value, name, allowArray) {
  if (value === null || typeof value !== 'object' || (!allowArray && ArrayIsArray(value))) {
    throw errInvalidArgType(name, 'Object', value);
  }
}
