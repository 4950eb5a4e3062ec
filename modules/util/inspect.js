// inspect: options, the entry point, and the dispatch on what a value is.
// The algorithm and every string it prints follow Node 20's util.inspect
// (https://nodejs.org/docs/latest-v20.x/api/util.html#utilinspectobject-options);
// the test corpus compares the output with Node's byte for byte.

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// The options inspect knows; anything else a caller passes travels on to
// custom inspect functions untouched.
const inspectDefaultOptions = ObjectSeal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

// Output array layouts: object properties, array items (values only) and
// array-like containers that may carry extra named properties.
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

// Constructors of the language's own globals: their prototypes hold
// nothing worth listing, and their toString counts as built-in.
const builtInObjects = new Set([
  'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'BigInt',
  'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError',
  'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl',
  'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Atomics', 'Uint8Array', 'Int8Array',
  'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array',
  'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array', 'Map', 'Set',
  'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry', 'Proxy', 'Reflect',
  'WebAssembly',
]);

// The legacy signature is inspect(value, showHidden, depth, colors); the
// defaults keep inspect.length at 2 without reading `arguments`, which goja
// materialises at a cost on every call.
function inspect(value, opts, legacyDepth = undefined, legacyColors = undefined) {
  // Options the caller does not set are read through to the live defaults:
  // goja pays per property created, so ctx holds only what differs.
  const ctx = {
    __proto__: inspectDefaultOptions,
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
  };
  if (legacyDepth !== undefined) ctx.depth = legacyDepth;
  if (legacyColors !== undefined) ctx.colors = legacyColors;
  if (typeof opts === 'boolean') {
    ctx.showHidden = opts;
  } else if (opts) {
    const keys = ObjectKeys(opts);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (ObjectPrototypeHasOwnProperty(inspectDefaultOptions, key) || key === 'stylize') {
        ctx[key] = opts[key];
      } else if (ctx.userOptions === undefined) {
        ctx.userOptions = opts;
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  const out = formatValue(ctx, value, 0);
  return ctx.pieces === undefined ? out : expandPieces(ctx, out);
}
inspect.custom = customInspectSymbol;

// Large results stand in their parents as fixed-size placeholders.
// Every level of Node's algorithm embeds its children's text in its own,
// which V8's rope strings make cheap; goja copies, so a deep value whose
// output is many megabytes would be copied once per level (quadratic).
// A formatRaw result longer than kPieceMin is kept aside in ctx.pieces
// and its parent carries a placeholder as wide as a line can never be
// (so no layout decision changes), which ends in a newline when the
// piece holds one. The real text is assembled once, at the end.
const kPieceMin = 1 << 16;
const kPieceMaxBreakLength = 1 << 12;
const kPlaceholderDigits = 97;
const placeholderRegExp = /\u0001(\d{97})[\n\u0003]\u0002/g;

function placeholderRealLength(ctx, res) {
  let len = res.length;
  placeholderRegExp.lastIndex = 0;
  let m;
  while ((m = placeholderRegExp.exec(res)) !== null) {
    len += ctx.pieceLengths[+m[1]] - m[0].length;
  }
  return len;
}

function makePiece(ctx, res, realLength) {
  if (ctx.pieces === undefined) {
    ctx.pieces = [];
    ctx.pieceLengths = [];
  }
  const id = ctx.pieces.length;
  ctx.pieces.push(res);
  ctx.pieceLengths.push(realLength);
  // A nested placeholder carries its own newline when its piece has one.
  const nl = res.includes('\n') ? '\n' : '\u0003';
  return `\u0001${String(id).padStart(kPlaceholderDigits, '0')}${nl}\u0002`;
}

function expandPieces(ctx, out) {
  const segments = [];
  const walk = (str) => {
    const re = new RegExp(placeholderRegExp.source, 'g');
    let last = 0;
    let m;
    while ((m = re.exec(str)) !== null) {
      if (m.index > last) segments.push(str.slice(last, m.index));
      walk(ctx.pieces[+m[1]]);
      last = re.lastIndex;
    }
    if (last === 0) segments.push(str);
    else if (last < str.length) segments.push(str.slice(last));
  };
  walk(out);
  return segments.join('');
}

ObjectDefineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    validateObject(options, 'options');
    return ObjectAssign(inspectDefaultOptions, options);
  },
});

// SGR codes: [set, reset].
inspect.colors = ObjectAssign({ __proto__: null }, {
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
});

// Aliases are accessors, so they follow their target when it is
// reassigned, and are not enumerable, so listing colors shows each once.
for (const [alias, target] of [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'], ['faint', 'dim'], ['crossedout', 'strikethrough'],
  ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
  ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
  ['doubleUnderline', 'doubleunderline'],
]) {
  ObjectDefineProperty(inspect.colors, alias, {
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}

inspect.styles = ObjectAssign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// getUserOptions is the options object a custom inspect function receives.
// For a value from "elsewhere" (a proxy, or an object whose prototype chain
// does not reach this realm's Object) nothing of ours but primitives and a
// guarded stylize is handed over, as Node does for other vm contexts.
function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    ObjectSetPrototypeOf(ret, null);
    for (const key of ObjectKeys(ret)) {
      if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') && ret[key] !== null) {
        delete ret[key];
      }
    }
    ret.stylize = ObjectSetPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // A broken stylize leaves the text as it was.
      }
      return typeof stylized === 'string' ? stylized : value;
    }, null);
  }
  return ret;
}

// getKeys lists the own keys inspect shows: enumerable ones (symbols
// included), or all of them with showHidden.
function getKeys(value, showHidden) {
  let keys;
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    if (typeof value === 'function') reorderFunctionKeys(keys);
    for (let i = 0; i < symbols.length; i++) keys.push(symbols[i]);
  } else {
    keys = ObjectKeys(value);
    for (let i = 0; i < symbols.length; i++) {
      if (ObjectPrototypePropertyIsEnumerable(value, symbols[i])) keys.push(symbols[i]);
    }
  }
  return keys;
}

// goja creates a function's own `prototype` before `length` and `name`;
// V8, and so Node's output, has length, name, prototype.
function reorderFunctionKeys(keys) {
  if (keys[0] === 'prototype' && keys[1] === 'length' && keys[2] === 'name') {
    keys[0] = 'length';
    keys[1] = 'name';
    keys[2] = 'prototype';
  }
}

const arrayIndexRegExp = /^(?:0|[1-9][0-9]{0,9})$/;
// isArrayIndex: a canonical numeric string below 2**32 - 1.
function isArrayIndex(key) {
  return arrayIndexRegExp.test(key) && +key < 4294967295;
}

// getOwnNonIndexProperties is getKeys without the array indices. Own keys
// list every index first (in order), so only the tail needs checking.
function getOwnNonIndexProperties(value, showHidden) {
  const names = showHidden ? ObjectGetOwnPropertyNames(value) : ObjectKeys(value);
  let start = names.length;
  while (start > 0 && !isArrayIndex(names[start - 1])) start--;
  const keys = start === 0 ? names : names.slice(start);
  const symbols = ObjectGetOwnPropertySymbols(value);
  for (let i = 0; i < symbols.length; i++) {
    if (showHidden || ObjectPrototypePropertyIsEnumerable(value, symbols[i])) keys.push(symbols[i]);
  }
  return keys;
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

// formatValue prints any value at nesting level recurseTimes. Callers that
// nest it directly adjust ctx.indentationLvl around the call.
function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) {
    return ctx.stylize('null', 'null');
  }

  const context = value;
  let kind = kindOf(value);
  let proxy;
  if (kind === kinds.proxy) {
    // A proxy is never asked anything: its traps could run arbitrary code.
    proxy = binding.proxyDetails(value, !!ctx.showProxy);
    if (proxy === null || proxy[0] === null) {
      return ctx.stylize('<Revoked Proxy>', 'special');
    }
    if (ctx.showProxy) {
      return formatProxy(ctx, proxy, recurseTimes);
    }
    value = proxy;
    kind = kindOf(value);
    if (kind === kinds.proxy) kind = kinds.ordinary;
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' &&
        maybeCustom !== inspect &&
        // A prototype carrying the method prints as itself.
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(context instanceof Object);
      const ret = FunctionPrototypeCall.call(maybeCustom, context, depth,
        getUserOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray, kind);
}

function isError(value, kind) {
  return kind === kinds.error || value instanceof Error;
}

function getEmptyFormatArray() {
  return [];
}

function formatRaw(ctx, value, recurseTimes, typedArray, kind) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
    protoProps = [];
  }
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag = value[SymbolToStringTag];
  // An own tag is listed with the properties; print it only once.
  if (typeof tag !== 'string' ||
      (tag !== '' &&
        (ctx.showHidden ? ObjectPrototypeHasOwnProperty : ObjectPrototypePropertyIsEnumerable)(
          value, SymbolToStringTag))) {
    tag = '';
  }

  let base = '';
  let formatter = getEmptyFormatArray;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;

  // Iterable things and null-prototype objects (which may be anything).
  if (SymbolIterator in value || constructor === null) {
    noIterator = false;
    if (ArrayIsArray(value)) {
      // An ordinary array gets no prefix.
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getOwnNonIndexProperties(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}]`;
      }
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (kind === kinds.set) {
      const size = SetPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const iterable = constructor !== null ? value : SetPrototypeValues(value);
      formatter = (ctx2, v, rt) => formatSet(iterable, ctx2, v, rt);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (kind === kinds.map) {
      const size = MapPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const iterable = constructor !== null ? value : MapPrototypeEntries(value);
      formatter = (ctx2, v, rt) => formatMap(iterable, ctx2, v, rt);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (kind === kinds.typedArray) {
      keys = getOwnNonIndexProperties(value, ctx.showHidden);
      let bound = value;
      let fallback = '';
      if (constructor === null) {
        fallback = TypedArrayPrototypeGetSymbolToStringTag(value);
        bound = new TypedArrayConstructors[fallback](value);
      }
      const size = TypedArrayPrototypeGetLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (ctx2, v, rt) => formatTypedArray(bound, size, ctx2, v, rt);
      extrasType = kArrayExtrasType;
    } else if (kind === kinds.mapIterator) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      formatter = (ctx2, v, rt) => formatIterator(braces, ctx2, v, rt);
    } else if (kind === kinds.setIterator) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      formatter = (ctx2, v, rt) => formatIterator(braces, ctx2, v, rt);
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag, kind);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (kind === kinds.arguments) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (kind === kinds.regExp) {
      base = constructor !== null ? RegExpPrototypeToString(value) : regExpSourceText(value);
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (kind === kinds.date) {
      base = NumberIsNaN(DatePrototypeGetTime(value)) ?
        DatePrototypeToString(value) : dateToISOString(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isError(value, kind)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (kind === kindArrayBuffer || kind === kindSharedArrayBuffer) {
      const prefix = getPrefix(constructor, tag,
                               kind === kindArrayBuffer ? 'ArrayBuffer' : 'SharedArrayBuffer');
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (kind === kinds.dataView) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      // buffer last: it is the one that is not a number.
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (kind === kinds.promise) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (kind === kinds.weakSet) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
    } else if (kind === kinds.weakMap) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
    } else if (kind === kinds.moduleNamespace || (constructor === null && namespaceObjects.has(value))) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      const nsKeys = keys;
      keys = [];
      formatter = (ctx2, v, rt) => formatNamespaceObject(nsKeys, ctx2, v, rt);
    } else if (kind >= kinds.numberObject && kind <= kinds.symbolObject) {
      base = getBoxedBase(value, ctx, keys, constructor, tag, kind);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (isURL(value) && !(recurseTimes > ctx.depth && ctx.depth !== null)) {
      base = value.href;
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        return `${getCtxStyle(value, constructor, tag)}{}`;
      }
      braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (let i = 0; i < protoProps.length; i++) output.push(protoProps[i]);
    }
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    const constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    return ctx.stylize(`[${constructorName}: Inspection interrupted ` +
      'prematurely. Maximum call stack size exceeded.]', 'special');
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      // Only the named properties after the items are sorted.
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  let res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  let realLength = res.length;
  if (ctx.pieces !== undefined && res.includes('\u0001')) realLength = placeholderRealLength(ctx, res);
  // Layout decisions see a placeholder's width, not its piece's: both are
  // past any ordinary breakLength, but not past a huge or infinite one.
  if (realLength >= kPieceMin && ctx.breakLength <= kPieceMaxBreakLength) {
    res = makePiece(ctx, res, realLength);
  }
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + realLength;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Past ~128 MiB of output on one level, stop descending: the string
  // would soon exceed what the engine can hold anyway.
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function isStackOverflowError(err) {
  return err instanceof RangeError && typeof err.message === 'string' &&
    err.message.includes('call stack');
}

let URLClass;
// A WHATWG URL prints as its href when custom inspection is off.
function isURL(value) {
  if (URLClass === undefined) URLClass = globalThis.URL || null;
  return URLClass !== null && typeof value.href === 'string' && value instanceof URLClass;
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}
