// The contents of containers: array items, collection entries, promise
// states, and named properties. Each formatter returns the list of entry
// strings that reduceToSingleString lays out.

// Weak collections sort their (unordered) entries; the others keep order.
const kWeak = 0;
const kIterator = 1;
const kMapEntries = 2;

const numberRegExp = /^(0|[1-9][0-9]*)$/;

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = MathMin(MathMax(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!ObjectPrototypeHasOwnProperty(value, i)) {
      return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    }
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) output.push(moreItems(remaining));
  return output;
}

// formatSpecialArray continues formatArray from index i of a sparse array,
// folding each run of holes into "<n empty items>".
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!numberRegExp.test(key)) break;
      const emptyItems = tmp - index;
      output.push(ctx.stylize(`<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`, 'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(moreItems(remaining));
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = MathMin(ctx.maxArrayLength, bytes.length);
  let str = '';
  for (let i = 0; i < shown; i++) {
    const b = bytes[i];
    str += (i === 0 ? '' : ' ') + hexDigits[b >> 4].toLowerCase() + hexDigits[b & 15].toLowerCase();
  }
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatTypedArray(value, length, ctx, ignored, recurseTimes) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = new Array(maxLength);
  const elementFormatter = value.length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; ++i) {
    output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = moreItems(remaining);
  if (ctx.showHidden) {
    // All but BYTES_PER_ELEMENT are prototype getters; buffer goes last.
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

// set is the Set, or for a null-prototype Set an iterator over it; the
// iterator has no size, so then every entry is shown, as in Node.
function formatSet(set, ctx, ignored, recurseTimes) {
  const length = set.size;
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of set) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(moreItems(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(map, ctx, ignored, recurseTimes) {
  const length = map.size;
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const { 0: k, 1: v } of map) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (remaining > 0) output.push(moreItems(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatSetIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  const maxLength = MathMin(maxArrayLength, entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    output[i] = formatValue(ctx, entries[i], recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (state === kWeak && !ctx.sorted) output.sort();
  const remaining = entries.length - maxLength;
  if (remaining > 0) output.push(moreItems(remaining));
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  // entries is flat: key1, value1, key2, value2, ...
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = MathMin(maxArrayLength, len);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  if (state === kWeak) {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      output[i] = `${formatValue(ctx, entries[pos], recurseTimes)} => ${formatValue(ctx, entries[pos + 1], recurseTimes)}`;
    }
    if (!ctx.sorted) output.sort();
  } else {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      const res = [
        formatValue(ctx, entries[pos], recurseTimes),
        formatValue(ctx, entries[pos + 1], recurseTimes),
      ];
      output[i] = reduceToSingleString(ctx, res, '', ['[', ']'], kArrayExtrasType, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) output.push(moreItems(remaining));
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  const entries = binding.previewEntries(value);
  if (entries === undefined) return formatWeakCollection(ctx);
  return formatSetIterInner(ctx, recurseTimes, entries, kWeak);
}

function formatWeakMap(ctx, value, recurseTimes) {
  const entries = binding.previewEntries(value);
  if (entries === undefined) return formatWeakCollection(ctx);
  return formatMapIterInner(ctx, recurseTimes, entries, kWeak);
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const preview = binding.previewEntries(value);
  if (preview === undefined) return [];
  const { 0: entries, 1: isKeyValue } = preview;
  if (isKeyValue) {
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries, kMapEntries);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, kIterator);
}

function formatPromise(ctx, value, recurseTimes) {
  const { 0: state, 1: result } = binding.promiseDetails(value);
  if (state === binding.promiseStates.pending) {
    return [ctx.stylize('<pending>', 'special')];
  }
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === binding.promiseStates.rejected ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

// goja has no module namespace objects: the ESM loader builds them from
// accessors (live bindings) and marks them here, so that they print, and
// answer util.types.isModuleNamespaceObject, as V8's would.
const namespaceObjects = new WeakSet();
function markModuleNamespace(obj) {
  namespaceObjects.add(obj);
  return obj;
}

// formatNamespaceObject prints a module namespace; a binding still in its
// temporal dead zone reads as <uninitialized>. Bindings are shown by value
// even when they are accessors: they are read-only views of variables.
function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      const desc = ObjectGetOwnPropertyDescriptor(value, keys[i]);
      const binding = desc !== undefined && desc.get !== undefined ?
        { value: value[keys[i]], enumerable: true } : desc;
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType, binding);
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      const placeholder = formatProperty(ctx, { [keys[i]]: '' }, recurseTimes, keys[i], kObjectType);
      const pos = placeholder.lastIndexOf(' ');
      output[i] = placeholder.slice(0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  return output;
}

// formatKey writes a property name as inspect shows it.
function formatKey(ctx, key, desc) {
  if (typeof key === 'symbol') {
    return `[${ctx.stylize(escapeText(SymbolPrototypeToString(key), 39), 'symbol')}]`;
  }
  if (key === '__proto__') return "['__proto__']";
  if (desc.enumerable === false) return `[${escapeText(key, 39)}]`;
  if (keyStrRegExp.test(key)) return ctx.stylize(key, 'name');
  return ctx.stylize(strEscape(key), 'string');
}

// formatProperty prints one property of value (array items without their
// key). desc and original are given for properties found on prototypes.
function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let str;
  let extra = ' ';
  desc = desc || ObjectGetOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = FunctionPrototypeCall.call(desc.get, original);
        ctx.indentationLvl += 2;
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          str = `${s(`[${label}:`, sp)} ${formatPrimitive(s, tmp, ctx)}${s(']', sp)}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = `${s(`[${label}:`, sp)} <Inspection threw (${err.message})>${s(']', sp)}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  return `${formatKey(ctx, key, desc)}:${extra}${str}`;
}
