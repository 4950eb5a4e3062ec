// util.types: checks of internal type, immune to prototype tricks and
// Symbol.toStringTag (https://nodejs.org/docs/latest-v20.x/api/util.html#utiltypes).

const is = (kind) => (value) => kindOf(value) === kind;
const typedArrayIs = (name) => (value) => TypedArrayPrototypeGetSymbolToStringTag(value) === name;

const types = {
  isExternal: returnFalse,
  isDate: is(kinds.date),
  isArgumentsObject: is(kinds.arguments),
  isBigIntObject: is(kinds.bigIntObject),
  isBooleanObject: is(kinds.booleanObject),
  isNumberObject: is(kinds.numberObject),
  isStringObject: is(kinds.stringObject),
  isSymbolObject: is(kinds.symbolObject),
  isNativeError: is(kinds.error),
  isRegExp: is(kinds.regExp),
  isAsyncFunction: is(kinds.asyncFunction),
  isGeneratorFunction: is(kinds.generatorFunction),
  isGeneratorObject: is(kinds.generatorObject),
  isPromise: is(kinds.promise),
  isMap: is(kinds.map),
  isSet: is(kinds.set),
  isMapIterator: is(kinds.mapIterator),
  isSetIterator: is(kinds.setIterator),
  isWeakMap: is(kinds.weakMap),
  isWeakSet: is(kinds.weakSet),
  isArrayBuffer: is(kinds.arrayBuffer),
  isDataView: is(kinds.dataView),
  isSharedArrayBuffer: is(kindSharedArrayBuffer),
  isProxy: is(kinds.proxy),
  isModuleNamespaceObject: (value) => kindOf(value) === kinds.moduleNamespace ||
    (typeof value === 'object' && value !== null && namespaceObjects.has(value)),
  isAnyArrayBuffer: (value) => {
    const kind = kindOf(value);
    return kind === kindArrayBuffer || kind === kindSharedArrayBuffer;
  },
  isBoxedPrimitive(value) {
    const kind = kindOf(value);
    return kind >= kinds.numberObject && kind <= kinds.symbolObject;
  },
  isArrayBufferView: ArrayBuffer.isView,
  isTypedArray: (value) => TypedArrayPrototypeGetSymbolToStringTag(value) !== undefined,
  isUint8Array: typedArrayIs('Uint8Array'),
  isUint8ClampedArray: typedArrayIs('Uint8ClampedArray'),
  isUint16Array: typedArrayIs('Uint16Array'),
  isUint32Array: typedArrayIs('Uint32Array'),
  isInt8Array: typedArrayIs('Int8Array'),
  isInt16Array: typedArrayIs('Int16Array'),
  isInt32Array: typedArrayIs('Int32Array'),
  isFloat32Array: typedArrayIs('Float32Array'),
  isFloat64Array: typedArrayIs('Float64Array'),
  isBigInt64Array: typedArrayIs('BigInt64Array'),
  isBigUint64Array: typedArrayIs('BigUint64Array'),
  // Key objects belong to crypto: no crypto object is one until it says so.
  isKeyObject(value) {
    const crypto = lazyCrypto();
    return crypto !== null && typeof crypto.KeyObject === 'function' && value instanceof crypto.KeyObject;
  },
  isCryptoKey(value) {
    const crypto = lazyCrypto();
    const CryptoKey = crypto !== null && crypto.webcrypto ? crypto.webcrypto.CryptoKey : undefined;
    return typeof CryptoKey === 'function' && value instanceof CryptoKey;
  },
};

let cryptoModule;
function lazyCrypto() {
  if (cryptoModule === undefined) {
    try {
      cryptoModule = require('crypto');
    } catch {
      cryptoModule = null;
    }
  }
  return cryptoModule;
}
