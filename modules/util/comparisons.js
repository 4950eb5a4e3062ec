// Deep equality, strict (util.isDeepStrictEqual, assert.deepStrictEqual)
// and loose (assert.deepEqual), with Node's rules:
// https://nodejs.org/docs/latest-v20.x/api/assert.html#comparison-details_1

const kStrict = true;
const kLoose = false;

// What to walk besides named keys.
const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

function bytesEqual(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function areSimilarRegExps(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

// Loose mode compares float arrays by value, so 0 equals -0 and NaN differs.
function areSimilarFloatArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function areSimilarTypedArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  return bytesEqual(new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
    new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
}

function areEqualArrayBuffers(a, b) {
  return a.byteLength === b.byteLength && bytesEqual(new Uint8Array(a), new Uint8Array(b));
}

function isEqualBoxedPrimitive(a, b, kindA) {
  if (kindOf(b) !== kindA) return false;
  switch (kindA) {
    case kinds.numberObject: return ObjectIs(NumberPrototypeValueOf(a), NumberPrototypeValueOf(b));
    case kinds.stringObject: return StringPrototypeValueOf(a) === StringPrototypeValueOf(b);
    case kinds.booleanObject: return BooleanPrototypeValueOf(a) === BooleanPrototypeValueOf(b);
    case kinds.bigIntObject: return BigIntPrototypeValueOf(a) === BigIntPrototypeValueOf(b);
    default: return SymbolPrototypeValueOf(a) === SymbolPrototypeValueOf(b);
  }
}

const isBoxedKind = (kind) => kind >= kinds.numberObject && kind <= kinds.symbolObject;
const isErrorLike = (value, kind) => kind === kinds.error || value instanceof Error;

// Keys that must match besides array indices (own enumerable; loose mode
// ignores symbols).
function nonIndexKeys(value, strict) {
  const keys = getOwnNonIndexProperties(value, false);
  return strict ? keys : keys.filter((k) => typeof k !== 'symbol');
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) {
    return val1 !== 0 || ObjectIs(val1, val2) || !strict;
  }
  if (strict) {
    if (typeof val1 === 'number') return NumberIsNaN(val1) && NumberIsNaN(val2);
    if (typeof val2 !== 'object' || typeof val1 !== 'object' || val1 === null || val2 === null ||
        ObjectGetPrototypeOf(val1) !== ObjectGetPrototypeOf(val2)) {
      return false;
    }
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (NumberIsNaN(val1) && NumberIsNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') return false;
  }
  // Type tags can be forged, so they only serve to fail fast.
  const tag1 = ObjectPrototypeToString(val1);
  if (tag1 !== ObjectPrototypeToString(val2)) return false;

  const kind1 = kindOf(val1);
  const kind2 = kindOf(val2);
  if (ArrayIsArray(val1)) {
    if (!ArrayIsArray(val2) || val1.length !== val2.length) return false;
    const keys1 = nonIndexKeys(val1, strict);
    if (keys1.length !== nonIndexKeys(val2, strict).length) return false;
    return keyCheck(val1, val2, strict, memos, kIsArray, keys1);
  } else if (tag1 === '[object Object]') {
    return keyCheck(val1, val2, strict, memos, kNoIterator);
  } else if (kind1 === kinds.date) {
    if (kind2 !== kinds.date || DatePrototypeGetTime(val1) !== DatePrototypeGetTime(val2)) return false;
  } else if (kind1 === kinds.regExp) {
    if (kind2 !== kinds.regExp || !areSimilarRegExps(val1, val2)) return false;
  } else if (ArrayBuffer.isView(val1)) {
    if (TypedArrayPrototypeGetSymbolToStringTag(val1) !== TypedArrayPrototypeGetSymbolToStringTag(val2)) {
      return false;
    }
    const tag = TypedArrayPrototypeGetSymbolToStringTag(val1);
    if (!strict && (tag === 'Float32Array' || tag === 'Float64Array')) {
      if (!areSimilarFloatArrays(val1, val2)) return false;
    } else if (!areSimilarTypedArrays(val1, val2)) {
      return false;
    }
    const keys1 = nonIndexKeys(val1, strict);
    if (keys1.length !== nonIndexKeys(val2, strict).length) return false;
    return keyCheck(val1, val2, strict, memos, kNoIterator, keys1);
  } else if (kind1 === kinds.set) {
    if (kind2 !== kinds.set || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsSet);
  } else if (kind1 === kinds.map) {
    if (kind2 !== kinds.map || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsMap);
  } else if (kind1 === kinds.arrayBuffer || kind1 === kindSharedArrayBuffer) {
    if (kind2 !== kind1 || !areEqualArrayBuffers(val1, val2)) return false;
  } else if (isErrorLike(val1, kind1)) {
    // The stack is left out: equal errors made in different places differ.
    if (!isErrorLike(val2, kind2)) return false;
    for (const key of ['message', 'name', 'cause', 'errors']) {
      const enumerable = ObjectPrototypePropertyIsEnumerable(val1, key);
      if (enumerable !== ObjectPrototypePropertyIsEnumerable(val2, key)) return false;
      if (!enumerable) {
        const equal = key === 'message' || key === 'name' ?
          val1[key] === val2[key] :
          innerDeepEqual(val1[key], val2[key], strict, memos);
        if (!equal) return false;
      }
    }
  } else if (isBoxedKind(kind1)) {
    if (!isEqualBoxedPrimitive(val1, val2, kind1)) return false;
  } else if (ArrayIsArray(val2) || ArrayBuffer.isView(val2) || kind2 === kinds.set ||
             kind2 === kinds.map || kind2 === kinds.date || kind2 === kinds.regExp ||
             kind2 === kinds.arrayBuffer || kind2 === kindSharedArrayBuffer ||
             isBoxedKind(kind2) || isErrorLike(val2, kind2)) {
    return false;
  } else if (types.isKeyObject(val1)) {
    if (!types.isKeyObject(val2) || !val1.equals(val2)) return false;
  } else if (isURL(val1)) {
    if (!isURL(val2) || val1.href !== val2.href) return false;
  }
  return keyCheck(val1, val2, strict, memos, kNoIterator);
}

function keyCheck(val1, val2, strict, memos, iterationType, aKeys) {
  // Equal when both have the same own enumerable keys (in any order) with
  // equivalent values, and for Sets and Maps equivalent contents.
  const isArrayLikeObject = aKeys !== undefined;
  if (aKeys === undefined) aKeys = ObjectKeys(val1);

  for (const key of aKeys) {
    if (!ObjectPrototypePropertyIsEnumerable(val2, key)) return false;
  }

  if (!isArrayLikeObject) {
    if (aKeys.length !== ObjectKeys(val2).length) return false;
    if (strict) {
      const symbolKeysA = ObjectGetOwnPropertySymbols(val1);
      if (symbolKeysA.length !== 0) {
        let count = 0;
        for (const key of symbolKeysA) {
          if (ObjectPrototypePropertyIsEnumerable(val1, key)) {
            if (!ObjectPrototypePropertyIsEnumerable(val2, key)) return false;
            aKeys.push(key);
            count++;
          } else if (ObjectPrototypePropertyIsEnumerable(val2, key)) {
            return false;
          }
        }
        const symbolKeysB = ObjectGetOwnPropertySymbols(val2);
        if (symbolKeysA.length !== symbolKeysB.length &&
            symbolKeysB.filter((k) => ObjectPrototypePropertyIsEnumerable(val2, k)).length !== count) {
          return false;
        }
      } else {
        const symbolKeysB = ObjectGetOwnPropertySymbols(val2);
        if (symbolKeysB.length !== 0 &&
            symbolKeysB.some((k) => ObjectPrototypePropertyIsEnumerable(val2, k))) {
          return false;
        }
      }
    }
  }

  if (aKeys.length === 0 &&
      (iterationType === kNoIterator ||
        (iterationType === kIsArray && val1.length === 0) ||
        val1.size === 0)) {
    return true;
  }

  // Cycles: the first pair is remembered cheaply; a Set of everything on
  // the current path is made only once the comparison goes deeper.
  if (memos === undefined) {
    memos = { set: undefined, a: val1, b: val2, c: undefined, d: undefined, deep: false, deleteFailures: false };
    return objEquiv(val1, val2, strict, aKeys, memos, iterationType);
  }
  if (memos.set === undefined) {
    if (memos.deep === false) {
      if (memos.a === val1 && memos.b === val2) return true;
      memos.c = val1;
      memos.d = val2;
      memos.deep = true;
      const result = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
      memos.deep = false;
      return result;
    }
    memos.set = new Set([memos.a, memos.b, memos.c, memos.d]);
  }
  const { set } = memos;
  const originalSize = set.size;
  set.add(val1);
  set.add(val2);
  if (originalSize === set.size) return true;

  const areEq = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
  if (areEq || memos.deleteFailures) {
    set.delete(val1);
    set.delete(val2);
  }
  return areEq;
}

function setHasEqualElement(set, val2, strict, memo) {
  const { deleteFailures } = memo;
  memo.deleteFailures = true;
  for (const val1 of set) {
    if (innerDeepEqual(val1, val2, strict, memo)) {
      // A matched element is not matched again.
      set.delete(val1);
      memo.deleteFailures = deleteFailures;
      return true;
    }
  }
  memo.deleteFailures = deleteFailures;
  return false;
}

// findLooseMatchingPrimitives: null and undefined stand for each other;
// false rules a primitive out; true means it could equal many values
// (1 == '1' == 1n), so it has to be compared pairwise.
function findLooseMatchingPrimitives(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object':
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // falls through
    case 'number':
      if (NumberIsNaN(prim)) return false;
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  return b.has(altValue) && !a.has(altValue);
}

function mapMightHaveLoosePrim(a, b, prim, item, memo) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  const curB = b.get(altValue);
  if ((curB === undefined && !b.has(altValue)) || !innerDeepEqual(item, curB, false, memo)) {
    return false;
  }
  return !a.has(altValue) && innerDeepEqual(item, curB, false, memo);
}

function setEquiv(a, b, strict, memo) {
  // Entries of a missing from b by identity, to be matched deeply.
  let set = null;
  for (const val of a) {
    if (!b.has(val)) {
      if ((typeof val !== 'object' || val === null) && (strict || !setMightHaveLoosePrim(a, b, val))) {
        return false;
      }
      if (set === null) {
        if (b.size === 1) return innerDeepEqual(val, b.values().next().value, strict, memo);
        set = new Set();
      }
      set.add(val);
    }
  }
  if (set !== null) {
    for (const val of b) {
      if (typeof val === 'object' && val !== null) {
        if (!a.has(val) && !setHasEqualElement(set, val, strict, memo)) return false;
      } else if (!strict && !a.has(val) && !setHasEqualElement(set, val, strict, memo)) {
        return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

function mapHasEqualEntry(set, map, key2, item2, strict, memo) {
  // Every matching key is tried: Map([[{}, 'a'], [{}, 'b']]) must equal
  // Map([[{}, 'b'], [{}, 'a']]).
  const { deleteFailures } = memo;
  memo.deleteFailures = true;
  for (const key1 of set) {
    if (innerDeepEqual(key1, key2, strict, memo) && innerDeepEqual(map.get(key1), item2, strict, memo)) {
      set.delete(key1);
      memo.deleteFailures = deleteFailures;
      return true;
    }
  }
  memo.deleteFailures = deleteFailures;
  return false;
}

function mapEquiv(a, b, strict, memo) {
  let set = null;
  for (const { 0: key, 1: item1 } of a) {
    if (typeof key === 'object' && key !== null) {
      if (set === null) {
        if (b.size === 1) {
          const { 0: key2, 1: item2 } = b.entries().next().value;
          return innerDeepEqual(key, key2, strict, memo) && innerDeepEqual(item1, item2, strict, memo);
        }
        set = new Set();
      }
      set.add(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, strict, memo)) {
        if (strict) return false;
        if (!mapMightHaveLoosePrim(a, b, key, item1, memo)) return false;
        if (set === null) set = new Set();
        set.add(key);
      }
    }
  }
  if (set !== null) {
    for (const { 0: key, 1: item } of b) {
      if (typeof key === 'object' && key !== null) {
        if (!mapHasEqualEntry(set, a, key, item, strict, memo)) return false;
      } else if (!strict &&
                 (!a.has(key) || !innerDeepEqual(a.get(key), item, strict, memo)) &&
                 !mapHasEqualEntry(set, a, key, item, strict, memo)) {
        return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (ObjectPrototypeHasOwnProperty(a, i)) {
        if (!ObjectPrototypeHasOwnProperty(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (ObjectPrototypeHasOwnProperty(b, i)) {
        return false;
      } else {
        // Sparse: compare the remaining keys as a whole.
        const keysA = ObjectKeys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!ObjectPrototypeHasOwnProperty(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) {
            return false;
          }
        }
        return keysA.length === ObjectKeys(b).length;
      }
    }
  } else if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  }
  return true;
}

function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kLoose);
}

function isDeepStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kStrict);
}
