// util.format: printf-like formatting, the way console.log formats.
// https://nodejs.org/docs/latest-v20.x/api/util.html#utilformatformat-args

// hasBuiltInToString: does value print through a toString (or
// Symbol.toPrimitive) of the language's own, rather than one the program
// defined? %s uses inspect for the former and String() for the latter.
function hasBuiltInToString(value) {
  if (kindOf(value) === kinds.proxy) {
    const target = binding.proxyDetails(value, false);
    if (target === null) return true;
    value = target;
  }
  let hasOwnToString = ObjectPrototypeHasOwnProperty;
  let hasOwnToPrimitive = ObjectPrototypeHasOwnProperty;
  if (typeof value.toString !== 'function') {
    if (typeof value[SymbolToPrimitive] !== 'function') return true;
    if (ObjectPrototypeHasOwnProperty(value, SymbolToPrimitive)) return false;
    hasOwnToString = returnFalse;
  } else if (ObjectPrototypeHasOwnProperty(value, 'toString')) {
    return false;
  } else if (typeof value[SymbolToPrimitive] !== 'function') {
    hasOwnToPrimitive = returnFalse;
  } else if (ObjectPrototypeHasOwnProperty(value, SymbolToPrimitive)) {
    return false;
  }
  // Find the prototype that supplies the method and judge by its owner.
  let pointer = value;
  do {
    pointer = ObjectGetPrototypeOf(pointer);
  } while (!hasOwnToString(pointer, 'toString') && !hasOwnToPrimitive(pointer, SymbolToPrimitive));
  const descriptor = ObjectGetOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined &&
    typeof descriptor.value === 'function' &&
    builtInObjects.has(descriptor.value.name);
}

function returnFalse() {
  return false;
}

const firstErrorLine = (error) => String(error.message).split('\n', 1)[0];
let circularErrorMessage;

// tryStringify is %j: JSON, or '[Circular]' for a cyclic value.
function tryStringify(arg) {
  try {
    return JSONStringify(arg);
  } catch (err) {
    if (!circularErrorMessage) {
      try {
        const a = {};
        a.a = a;
        JSONStringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, 'inspectOptions', true);
  return formatWithOptionsInternal(inspectOptions, args);
}

function numericSeparatorOf(options) {
  const opt = options != null ? options.numericSeparator : undefined;
  return opt != null ? opt : inspectDefaultOptions.numericSeparator;
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // 's'
            const arg = args[++a];
            if (typeof arg === 'number') {
              tempStr = formatNumber(stylizeNoColor, arg, numericSeparatorOf(inspectOptions));
            } else if (typeof arg === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, arg, numericSeparatorOf(inspectOptions));
            } else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
              tempStr = String(arg);
            } else {
              tempStr = inspect(arg, { ...inspectOptions, compact: 3, colors: false, depth: 0 });
            }
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const arg = args[++a];
            if (typeof arg === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, arg, numericSeparatorOf(inspectOptions));
            } else if (typeof arg === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, Number(arg), numericSeparatorOf(inspectOptions));
            }
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 105: { // 'i'
            const arg = args[++a];
            if (typeof arg === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, arg, numericSeparatorOf(inspectOptions));
            } else if (typeof arg === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, NumberParseInt(arg), numericSeparatorOf(inspectOptions));
            }
            break;
          }
          case 102: { // 'f'
            const arg = args[++a];
            if (typeof arg === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, NumberParseFloat(arg), numericSeparatorOf(inspectOptions));
            }
            break;
          }
          case 99: // 'c': CSS has no meaning in a terminal.
            a += 1;
            tempStr = '';
            break;
          case 37: // '%%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default: // not a placeholder: left as written
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}
