// What inspect calls a value: constructor names found on (or missing
// from) the prototype chain, the "Foo(2) [Tag]" prefixes, and the one-line
// bases of functions, classes, boxed primitives, dates and regexps.

function isInstanceof(object, proto) {
  try {
    return object instanceof proto;
  } catch {
    return false;
  }
}

// dataProperty reads key from value or its prototypes without running a
// getter, as V8's GetDataProperty does; accessors read as undefined.
function dataProperty(value, key) {
  for (let obj = value; obj !== null; obj = ObjectGetPrototypeOf(obj)) {
    const desc = ObjectGetOwnPropertyDescriptor(obj, key);
    if (desc !== undefined) return desc.value;
  }
  return undefined;
}

// formerConstructorName is the class an object was an instance of before
// its prototype was set to null, which the runtime notes (V8 keeps it in
// the object's map); undefined when unknown or outside a full runtime.
let formerConstructors;
function formerConstructorName(value) {
  if (formerConstructors === undefined) {
    try {
      formerConstructors = require('internal/former_constructors');
    } catch {
      formerConstructors = null;
    }
  }
  if (formerConstructors === null || typeof formerConstructors.get !== 'function') return undefined;
  return formerConstructors.get(value);
}

// internalConstructorName is the name V8's GetConstructorName gives when
// the prototype chain has no usable constructor: a Symbol.toStringTag data
// property, else a named `constructor` data property, else the internal
// class. V8 first asks the constructor that built the object, which goja
// does not record; an instance whose prototype was set to null is noted by
// the runtime (formerConstructorName), other cut-off instances read as
// 'Object' here where V8 still says the class name.
function internalConstructorName(value) {
  const tag = dataProperty(value, SymbolToStringTag);
  if (typeof tag === 'string') return tag;
  const former = formerConstructorName(value);
  if (former !== undefined) return former;
  const ctor = dataProperty(value, 'constructor');
  if (typeof ctor === 'function') {
    const name = dataProperty(ctor, 'name');
    if (typeof name === 'string' && name !== '') return name;
  }
  if (ArrayIsArray(value)) return 'Array';
  if (typeof value === 'function') return 'Function';
  switch (kindOf(value)) {
    case kinds.map: return 'Map';
    case kinds.set: return 'Set';
    case kinds.weakMap: return 'WeakMap';
    case kinds.weakSet: return 'WeakSet';
    case kinds.typedArray: return TypedArrayPrototypeGetSymbolToStringTag(value);
    case kinds.arrayBuffer: return 'ArrayBuffer';
    case kindSharedArrayBuffer: return 'SharedArrayBuffer';
    case kinds.dataView: return 'DataView';
    case kinds.promise: return 'Promise';
    case kinds.regExp: return 'RegExp';
    case kinds.date: return 'Date';
    case kinds.error: return 'Error';
    case kinds.numberObject: return 'Number';
    case kinds.stringObject: return 'String';
    case kinds.booleanObject: return 'Boolean';
    case kinds.bigIntObject: return 'BigInt';
    case kinds.symbolObject: return 'Symbol';
    case kinds.arguments: return 'Arguments';
  }
  return 'Object';
}

// getConstructorName walks obj's prototype chain to the first constructor
// that obj is an instance of; null for a chain with no prototype at all.
// With showHidden, protoProps collects the properties of user-defined
// prototypes along the way.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const tmp = obj;
  while (obj) {
    // Object.prototype and Function.prototype are recognised by identity,
    // in case their `constructor` has been tampered with. Reached from tmp
    // (not tmp itself), they are on its chain, so tmp is an instance.
    if ((obj === ObjectPrototype || obj === FunctionPrototype) && obj !== tmp) {
      if (protoProps !== undefined && firstProto !== obj) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return obj === ObjectPrototype ? 'Object' : 'Function';
    }
    const descriptor = ObjectPrototypeHasOwnProperty(obj, 'constructor') ?
      ObjectGetOwnPropertyDescriptor(obj, 'constructor') : undefined;
    if (descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' &&
        isInstanceof(tmp, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = ObjectGetPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  const res = internalConstructorName(tmp);
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return `${res} <Complex prototype>`;
  }
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${res} <${protoConstr}>`;
}

// addPrototypeProperties lists the non-method properties of up to three
// user-defined prototype layers above main, as if they were main's own.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new Set();
    } else {
      for (const key of keys) keySet.add(key);
    }
    keys = ReflectOwnKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' ||
          ObjectPrototypeHasOwnProperty(main, key) ||
          (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

// getPrefix is the "Foo(2) [Tag] " in front of braces.
function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return `[${fallback}${size}: null prototype] [${tag}] `;
    }
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) {
    return `${constructor}${size} [${tag}] `;
  }
  return `${constructor}${size} `;
}

// dateToISOString is Date.prototype.toISOString with the six-digit signed
// year the spec asks for outside 0..9999 (goja writes the bare year).
const DatePrototypeGetUTCFullYear = uncurry(Date.prototype.getUTCFullYear);
function dateToISOString(value) {
  const iso = DatePrototypeToISOString(value);
  const year = DatePrototypeGetUTCFullYear(value);
  if (year >= 0 && year <= 9999) return iso;
  const sign = year < 0 ? '-' : '+';
  return `${sign}${`${year < 0 ? -year : year}`.padStart(6, '0')}${iso.slice(iso.indexOf('-', 1))}`;
}

function getCtxStyle(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = internalConstructorName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

function getBoxedBase(value, ctx, keys, constructor, tag, kind) {
  let primitive;
  let type;
  switch (kind) {
    case kinds.numberObject:
      primitive = NumberPrototypeValueOf(value);
      type = 'Number';
      break;
    case kinds.stringObject:
      primitive = StringPrototypeValueOf(value);
      type = 'String';
      // The character indices only repeat the string.
      keys.splice(0, primitive.length);
      break;
    case kinds.booleanObject:
      primitive = BooleanPrototypeValueOf(value);
      type = 'Boolean';
      break;
    case kinds.bigIntObject:
      primitive = BigIntPrototypeValueOf(value);
      type = 'BigInt';
      break;
    default:
      primitive = SymbolPrototypeValueOf(value);
      type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

function getClassBase(value, constructor, tag) {
  const hasName = ObjectPrototypeHasOwnProperty(value, 'name');
  const name = (hasName && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = ObjectGetPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

// regExpSourceText is /source/flags read from the internal slots, for a
// regexp that has lost its prototype and so its flags getter.
const RegExpPrototypeGetSource = uncurryGetter(RegExp.prototype, 'source');
const regExpFlagGetters = [
  ['hasIndices', 'd'], ['global', 'g'], ['ignoreCase', 'i'], ['multiline', 'm'],
  ['dotAll', 's'], ['unicode', 'u'], ['unicodeSets', 'v'], ['sticky', 'y'],
].filter(([name]) => ObjectGetOwnPropertyDescriptor(RegExp.prototype, name) !== undefined)
  .map(([name, flag]) => [uncurryGetter(RegExp.prototype, name), flag]);

function regExpSourceText(value) {
  let flags = '';
  for (const [get, flag] of regExpFlagGetters) {
    if (get(value)) flags += flag;
  }
  return `/${RegExpPrototypeGetSource(value)}/${flags}`;
}

const classRegExp = /^(\s+[^(]*?)\s*{/;
const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

// A class is told from a function by its source text, as in Node.
function isClassSource(source) {
  if (!source.startsWith('class') || source[source.length - 1] !== '}') return false;
  const slice = source.slice(5, -1);
  const bracketIndex = slice.indexOf('{');
  return bracketIndex !== -1 &&
    (!slice.slice(0, bracketIndex).includes('(') ||
      classRegExp.test(slice.replace(stripCommentsRegExp, '')));
}

function getFunctionBase(value, constructor, tag, kind) {
  if (isClassSource(FunctionPrototypeToString(value))) {
    return getClassBase(value, constructor, tag);
  }
  let type = 'Function';
  if (kind === kinds.generatorFunction) type = `Generator${type}`;
  if (kind === kinds.asyncFunction) type = `Async${type}`;
  // goja gives async methods Function.prototype, not AsyncFunction's, as
  // their prototype; V8 would have found AsyncFunction as the constructor.
  if (type !== 'Function' && constructor === 'Function' &&
      ObjectGetPrototypeOf(value) === FunctionPrototype) {
    constructor = type;
  }
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${value.name}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}
