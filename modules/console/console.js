'use strict';
// The console module: the Console class and the global console instance,
// following Node 20's lib/internal/console/{constructor,global}.js and the
// WHATWG console spec (https://console.spec.whatwg.org/). The global
// console is not built with `new Console`: like Node's, it is a namespace
// object whose [[Prototype]] is an empty object, carrying the prototype's
// methods bound to itself and reading its streams lazily from `process`.
//
// binding: stringWidth(str) (Node's getStringWidth), hrtime([prev]) (used
// when there is no process.hrtime), stdout/stderr (host streams used when
// there is no process.stdout/stderr; undefined when the host has none),
// error(code, ...args) (Node's coded errors, from internal/nodeerr).

let lazyUtilModule;
function lazyUtil() {
  lazyUtilModule ??= require('util');
  return lazyUtilModule;
}

// process is read at call time, not captured: the runtime may install it
// after this module, and Node's console, too, observes a patched
// process.emitWarning or process.hrtime.
function currentProcess() {
  return globalThis.process;
}

const kCounts = Symbol('counts');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kFormatForStderr = Symbol('kFormatForStderr');
const kFormatForStdout = Symbol('kFormatForStdout');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kWriteToConsole = Symbol('kWriteToConsole');
const kBindProperties = Symbol('kBindProperties');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');
// kDirect: on the global console, { 1: bool, 2: bool } — whether output
// for fd 1/2 may still go straight to the runtime's stdio through the
// binding (see writeDirect in console.go) rather than process.stdout/
// stderr, which then don't exist yet. Setting _stdout/_stderr ends it.
const kDirect = Symbol('kDirect');

const kMaxGroupIndentation = 1000;
const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

// --- the Console class ------------------------------------------------

const inspectOptionsOf = new WeakMap();

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  // Callable without new, as Node's is (a function, not a class, for that).
  if (new.target === undefined) {
    return Reflect.construct(Console, arguments);
  }

  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }

  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!stdout || typeof stdout.write !== 'function') {
    throw binding.error('ERR_CONSOLE_WRITABLE_STREAM', 'stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw binding.error('ERR_CONSOLE_WRITABLE_STREAM', 'stderr');
  }

  if (colorMode !== 'auto' && colorMode !== true && colorMode !== false) {
    throw binding.error('ERR_INVALID_ARG_VALUE', 'colorMode', colorMode,
      "must be one of: 'auto', true, false");
  }

  if (groupIndentation !== undefined) {
    if (typeof groupIndentation !== 'number') {
      throw binding.error('ERR_INVALID_ARG_TYPE', 'groupIndentation', 'number', groupIndentation);
    }
    if (!Number.isInteger(groupIndentation)) {
      throw binding.error('ERR_OUT_OF_RANGE', 'groupIndentation', 'an integer', groupIndentation);
    }
    if (groupIndentation < 0 || groupIndentation > kMaxGroupIndentation) {
      throw binding.error('ERR_OUT_OF_RANGE', 'groupIndentation',
        `>= 0 && <= ${kMaxGroupIndentation}`, groupIndentation);
    }
  }

  if (inspectOptions !== undefined) {
    if (inspectOptions === null || typeof inspectOptions !== 'object' || Array.isArray(inspectOptions)) {
      throw binding.error('ERR_INVALID_ARG_TYPE', 'options.inspectOptions', 'object', inspectOptions);
    }
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw binding.error('ERR_INCOMPATIBLE_OPTION_PAIR', 'options.inspectOptions.color', 'colorMode');
    }
    inspectOptionsOf.set(this, inspectOptions);
  }

  // Bound per instance so `const { log } = console` works; taken from
  // `this` rather than the prototype so a subclass's overrides win.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }

  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

// The global console is not an instance, yet `console instanceof
// console.Console` holds in Node.
Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance[kIsConsole];
  },
});

const hidden = { writable: true, enumerable: false, configurable: true };
const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

function noop() {}

function createWriteErrorHandler(instance, which) {
  return (err) => {
    const stream = which === kUseStdout ? instance._stdout : instance._stderr;
    // An error the stream has not emitted yet will be: keep it from
    // becoming uncaught, as the write already failed silently.
    if (err != null && !stream?._writableState?.errorEmitted &&
        typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
  };
}

// FORCE_COLOR overrides the stream, with the levels of Node's
// tty.getColorDepth(): only '', '1', 'true', '2' and '3' mean colours.
function shouldColorize(stream) {
  const force = currentProcess()?.env?.FORCE_COLOR;
  if (force !== undefined) {
    return force === '' || force === '1' || force === 'true' || force === '2' || force === '3';
  }
  return stream?.isTTY && (
    typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

Object.defineProperties(Console.prototype, {
  [kBindStreamsEager]: {
    ...hidden,
    value: function(stdout, stderr) {
      Object.defineProperties(this, {
        _stdout: { ...hidden, value: stdout },
        _stderr: { ...hidden, value: stderr },
      });
    },
  },
  [kBindStreamsLazy]: {
    ...hidden,
    // The global console must not touch process.stdout before it is
    // used: creating the stdio streams has a cost and side effects.
    value: function(source) {
      let stdout;
      let stderr;
      const direct = { 1: typeof binding.writeDirect === 'function', 2: typeof binding.writeDirect === 'function' };
      Object.defineProperties(this, {
        _stdout: {
          enumerable: false,
          configurable: true,
          get() { return stdout ||= source.stdout; },
          set(value) { stdout = value; direct[1] = false; },
        },
        _stderr: {
          enumerable: false,
          configurable: true,
          get() { return stderr ||= source.stderr; },
          set(value) { stderr = value; direct[2] = false; },
        },
        [kDirect]: { ...hidden, value: direct },
      });
    },
  },
  [kBindProperties]: {
    ...hidden,
    value: function(ignoreErrors, colorMode, groupIndentation = 2) {
      Object.defineProperties(this, {
        _stdoutErrorHandler: { ...hidden, value: createWriteErrorHandler(this, kUseStdout) },
        _stderrErrorHandler: { ...hidden, value: createWriteErrorHandler(this, kUseStderr) },
        _ignoreErrors: { ...hidden, value: Boolean(ignoreErrors) },
        _times: { ...hidden, value: new Map() },
        [kCounts]: { ...hidden, value: new Map() },
        [kColorMode]: { ...hidden, value: colorMode },
        [kIsConsole]: { ...hidden, value: true },
        [kGroupIndent]: { ...hidden, value: '' },
        [kGroupIndentationWidth]: { ...hidden, value: groupIndentation },
        [Symbol.toStringTag]: {
          writable: false, enumerable: false, configurable: true, value: 'console',
        },
      });
    },
  },
  [kWriteToConsole]: {
    ...hidden,
    value: function(which, string) {
      const groupIndent = this[kGroupIndent];
      const useStdout = which === kUseStdout;
      const fd = useStdout ? 1 : 2;
      const errorHandler = useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler;

      if (groupIndent.length !== 0) {
        if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
        string = groupIndent + string;
      }
      string += '\n';

      if (this[kDirect]?.[fd] && binding.writeDirect(fd, string)) return;
      const stream = useStdout ? this._stdout : this._stderr;
      if (this._ignoreErrors === false) return stream.write(string);

      // A write may fail synchronously (files, TTYs) or later through an
      // 'error' event (pipes, EPIPE): a debugging aid must not crash the
      // program for either. Node requires an EventEmitter here; a bare
      // { write } object is accepted too, as that is all that is written to.
      const emitter = stream != null && typeof stream.listenerCount === 'function' &&
        typeof stream.once === 'function' && typeof stream.removeListener === 'function';
      try {
        if (emitter && stream.listenerCount('error') === 0) stream.once('error', noop);
        stream.write(string, errorHandler);
      } catch {
        // Swallowed, as in Node. goja's stack overflow is uncatchable, so
        // it still propagates, as Node lets it.
      } finally {
        if (emitter) stream.removeListener('error', noop);
      }
    },
  },
  [kGetInspectOptions]: {
    ...hidden,
    value: function(stream) {
      let color = this[kColorMode];
      if (color === 'auto') color = shouldColorize(stream);
      const options = inspectOptionsOf.get(this);
      if (options) {
        // Node fills the user's object in place; kept for fidelity.
        if (options.colors === undefined) options.colors = color;
        return options;
      }
      return color ? kColorInspectOptions : kNoColorInspectOptions;
    },
  },
  [kFormatForStdout]: {
    ...hidden,
    value: function(args) {
      if (this[kDirect]?.[1]) {
        const text = formatPlain(args, () => binding.plainColors(1) === false);
        if (text !== undefined) return text;
      }
      const options = this[kGetInspectOptions](this._stdout);
      return formatPlain(args, () => options === kNoColorInspectOptions) ??
        lazyUtil().formatWithOptions(options, ...args);
    },
  },
  [kFormatForStderr]: {
    ...hidden,
    value: function(args) {
      if (this[kDirect]?.[2]) {
        const text = formatPlain(args, () => binding.plainColors(2) === false);
        if (text !== undefined) return text;
      }
      const options = this[kGetInspectOptions](this._stderr);
      return formatPlain(args, () => options === kNoColorInspectOptions) ??
        lazyUtil().formatWithOptions(options, ...args);
    },
  },
});

// formatPlain is util.formatWithOptions for the common call with
// primitives only, returning undefined when util must do the work. util
// is the largest shim there is; a program whose output is plain text
// should not pay for compiling it. Strings are never inspected (so never
// coloured); other primitives are, so they take this path only when
// plain() says inspect would not colour them; it then gives String(v)
// (and '-0'). plain is called at most once.
function formatPlain(args, plain) {
  let out = '';
  let plainOK;
  const colourless = () => (plainOK ??= plain());
  for (let i = 0; i < args.length; i++) {
    const v = args[i];
    let s;
    switch (typeof v) {
      case 'string':
        if (i === 0 && args.length > 1 && v.includes('%')) return undefined;
        s = v;
        break;
      case 'number':
        if (!colourless()) return undefined;
        s = v === 0 && 1 / v < 0 ? '-0' : `${v}`;
        break;
      case 'bigint':
        if (!colourless()) return undefined;
        s = `${v}n`;
        break;
      case 'boolean':
      case 'undefined':
        if (!colourless()) return undefined;
        s = `${v}`;
        break;
      default:
        if (v !== null || !colourless()) return undefined;
        s = 'null';
    }
    out = i === 0 ? s : `${out} ${s}`;
  }
  return out;
}

function emitWarning(self, message) {
  const proc = currentProcess();
  if (proc && typeof proc.emitWarning === 'function') {
    proc.emitWarning(message);
  } else {
    self[kWriteToConsole](kUseStderr, `Warning: ${message}`);
  }
}

function hrtime(prev) {
  const proc = currentProcess();
  if (proc && typeof proc.hrtime === 'function') return proc.hrtime(prev);
  return binding.hrtime(prev);
}

function pad2(value) {
  return `${value}`.padStart(2, '0');
}

// formatTime renders a console.time duration as Node does: "1.234ms",
// "1.500s", "1:15.123 (m:ss.mmm)", "1:02:05.500 (h:mm:ss.mmm)".
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const [whole, fraction] = seconds.toFixed(3).split('.');
    const lead = hours !== 0 ? `${hours}:${pad2(minutes)}` : minutes;
    return `${lead}:${pad2(whole)}.${fraction} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

// Reports whether the label existed.
function timeLogImpl(self, name, label, data) {
  const start = self._times.get(label);
  if (start === undefined) {
    emitWarning(self, `No such label '${label}' for console.${name}()`);
    return false;
  }
  const [sec, nsec] = hrtime(start);
  const formatted = formatTime(sec * 1000 + nsec / 1e6);
  if (data === undefined) {
    self.log('%s: %s', label, formatted);
  } else {
    self.log('%s: %s', label, formatted, ...data);
  }
  return true;
}

// traceHeaderAndFrames returns "Trace: header" and the "    at ..." lines
// of the caller of fn, without the console's own frames. Error.captureStackTrace, when the runtime
// provides it, already gives V8's format; goja's bare stack is converted.
function traceHeaderAndFrames(header, fn) {
  if (typeof Error.captureStackTrace === 'function') {
    const err = { name: 'Trace', message: header };
    Error.captureStackTrace(err, fn);
    return err.stack;
  }
  const lines = `${new Error().stack}`.split('\n').slice(1).filter((l) => l !== '');
  let start = 0;
  while (start < lines.length &&
         (lines[start].includes('node:console:') || lines[start].endsWith('(native)'))) {
    start++;
  }
  const frames = lines.slice(start)
    .map((l) => l.replace(/^\s*at /, '    at ').replace(/\(\d+\)(\)?)$/, '$1'));
  const head = header === '' ? 'Trace' : `Trace: ${header}`;
  return frames.length === 0 ? head : `${head}\n${frames.join('\n')}`;
}

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, lazyUtil().inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`; // a Symbol throws, as in Node
    if (this._times.has(label)) {
      emitWarning(this, `Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    this.error(traceHeaderAndFrames(this[kFormatForStderr](args), trace));
  },

  assert(expression, ...args) {
    if (!expression) {
      // Node 20 stringifies the first argument into the prefix (so an
      // object shows as [object Object]); warn() formats the rest.
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },

  // https://console.spec.whatwg.org/#clear: only a terminal is cleared.
  clear() {
    if (this._stdout.isTTY && currentProcess()?.env?.TERM !== 'dumb') {
      // readline's cursorTo(0, 0) and clearScreenDown().
      this._stdout.write('\x1b[1;1H');
      this._stdout.write('\x1b[0J');
    }
  },

  // https://console.spec.whatwg.org/#count
  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    const count = (counts.get(label) ?? 0) + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  // https://console.spec.whatwg.org/#countreset. Node looks the label up
  // before converting it to a string, so countReset(1) after count(1)
  // warns; kept for fidelity.
  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      emitWarning(this, `Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    const indent = this[kGroupIndent];
    this[kGroupIndent] = indent.slice(0, indent.length - this[kGroupIndentationWidth]);
  },

  // https://console.spec.whatwg.org/#table
  table(tabularData, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw binding.error('ERR_INVALID_ARG_TYPE', 'properties', 'Array', properties);
    }
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    return this.log(tableOf(this, tabularData, properties));
  },
};

for (const key of Reflect.ownKeys(consoleMethods)) {
  Console.prototype[key] = consoleMethods[key];
}
Console.prototype.debug = Console.prototype.log;
Console.prototype.info = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.error = Console.prototype.warn;
Console.prototype.groupCollapsed = Console.prototype.group;

// --- console.table ----------------------------------------------------

const kKeyHeader = 'Key';
const kValuesHeader = 'Values';
const kIndexHeader = '(index)';
const kIterationHeader = '(iteration index)';

// Brand checks: prototype chains and Symbol.toStringTag can lie.
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const mapIteratorPrototype = Object.getPrototypeOf(new Map().entries());
const setIteratorPrototype = Object.getPrototypeOf(new Set().values());

function hasBrand(getter, value) {
  try {
    getter.call(value);
    return true;
  } catch {
    return false;
  }
}

// Arrays, typed arrays and Buffers keep depth 0 in a cell: their items are
// what the reader wants to see.
function isArrayLike(value) {
  return Array.isArray(value) || typedArrayTag.call(value) !== undefined;
}

// drainIterator stands in for V8's previewEntries, which reads a Map or Set
// iterator without advancing it; goja has no such hook, so the iterator is
// consumed. Its kind (entries or not) is guessed from the items: a Map's
// entries become Key/Values rows, a Set's entries ([v, v]) are flattened
// into two rows each, as Node shows them.
function drainIterator(iterator, isMapIterator) {
  const items = [...iterator];
  const pairs = items.length > 0 &&
    items.every((item) => Array.isArray(item) && item.length === 2 &&
      (isMapIterator || Object.is(item[0], item[1])));
  if (isMapIterator) return { items, keyValue: pairs };
  return { items: pairs ? items.flat() : items, keyValue: false };
}

function tableOf(self, data, properties) {
  const { inspect } = lazyUtil();
  const options = self[kGetInspectOptions](self._stdout);
  const cell = (v) => {
    const depth = v !== null && typeof v === 'object' && !isArrayLike(v) &&
      Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...options });
  };
  const indexColumn = (length) => Array.from({ length }, (_, i) => cell(i));

  const mapIter = data !== null && Object.getPrototypeOf(data) === mapIteratorPrototype;
  const setIter = data !== null && Object.getPrototypeOf(data) === setIteratorPrototype;
  let keyValue = false;
  if (mapIter || setIter) {
    ({ items: data, keyValue } = drainIterator(data, mapIter));
  }

  if (keyValue || hasBrand(mapSize, data)) {
    const keys = [];
    const values = [];
    for (const { 0: k, 1: v } of data) {
      keys.push(cell(k));
      values.push(cell(v));
    }
    return renderTable([kIterationHeader, kKeyHeader, kValuesHeader],
      [indexColumn(keys.length), keys, values]);
  }

  if (mapIter || setIter || hasBrand(setSize, data)) {
    const values = [];
    for (const v of data) values.push(cell(v));
    return renderTable([kIterationHeader, kValuesHeader], [indexColumn(values.length), values]);
  }

  // Columns are the union of the rows' own keys (or `properties`), in
  // first-seen order; primitive rows fill a trailing Values column.
  const columns = { __proto__: null };
  let hasPrimitives = false;
  const primitiveValues = [];
  const indexKeys = Object.keys(data);
  for (let i = 0; i < indexKeys.length; i++) {
    const item = data[indexKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitiveValues[i] = cell(item);
      continue;
    }
    for (const key of properties || Object.keys(item)) {
      columns[key] ??= [];
      columns[key][i] = (primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key) ?
        '' : cell(item[key]);
    }
  }
  const head = Object.keys(columns);
  const body = Object.values(columns);
  if (hasPrimitives) {
    head.push(kValuesHeader);
    body.push(primitiveValues);
  }
  head.unshift(kIndexHeader);
  body.unshift(indexKeys);
  return renderTable(head, body);
}

// renderTable draws Node's box table (lib/internal/cli_table.js): cells
// left-aligned, widths in terminal columns, missing cells blank.
function renderTable(head, columns) {
  const width = (s) => binding.stringWidth(s);
  const widths = head.map(width);
  const rowCount = Math.max(...columns.map((c) => c.length));
  const rows = [];
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < rowCount; j++) {
      rows[j] ??= [];
      const value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      widths[i] = Math.max(widths[i] || 0, width(value));
    }
  }
  const renderRow = (row) => {
    let out = '│ ';
    for (let i = 0; i < row.length; i++) {
      out += row[i] + ' '.repeat(widths[i] - width(row[i]));
      if (i !== row.length - 1) out += ' │ ';
    }
    return `${out} │`;
  };
  const divider = widths.map((w) => '─'.repeat(w + 2));
  let out = `┌${divider.join('┬')}┐\n${renderRow(head)}\n├${divider.join('┼')}┤\n`;
  for (const row of rows) out += `${renderRow(row)}\n`;
  return `${out}└${divider.join('┴')}┘`;
}

// --- the global console -----------------------------------------------

// A namespace object, per the console spec: an empty object as prototype,
// the prototype's methods (and internal symbols) copied with `this` fixed.
const globalConsole = { __proto__: {} };
for (const prop of Reflect.ownKeys(Console.prototype)) {
  if (prop === 'constructor') continue;
  const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, prop);
  if (typeof desc.value === 'function') {
    const name = typeof prop === 'string' ? prop : desc.value.name;
    desc.value = desc.value.bind(globalConsole);
    Reflect.defineProperty(desc.value, 'name', { value: name });
    // Node's inspector wraps the public methods in zero-arity functions.
    if (typeof prop === 'string') Reflect.defineProperty(desc.value, 'length', { value: 0 });
  }
  Reflect.defineProperty(globalConsole, prop, desc);
}
globalConsole[kBindProperties](true, 'auto');
globalConsole.Console = Console;

// Methods V8's inspector adds. Without an attached inspector they have no
// visible effect in Node either: profiles, timestamps and context consoles
// report only to a debugger.
const inspectorOnly = {
  profile() {},
  profileEnd() {},
  timeStamp() {},
  context(name) {
    const contextConsole = { __proto__: {} };
    for (const key of ['dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset',
      'profile', 'profileEnd', 'timeLog', 'debug', 'error', 'info', 'log', 'warn', 'trace',
      'group', 'groupCollapsed', 'assert', 'time', 'timeEnd', 'timeStamp']) {
      contextConsole[key] = { [key]() {} }[key];
    }
    return contextConsole;
  },
  createTask() {
    const name = arguments[0];
    if (typeof name !== 'string' || name === '') {
      throw new Error('First argument must be a non-empty string.');
    }
    return {
      run() {
        const fn = arguments[0];
        if (typeof fn !== 'function') throw new Error('First argument must be a function.');
        return fn();
      },
    };
  },
};
for (const key of Object.keys(inspectorOnly)) globalConsole[key] = inspectorOnly[key];

globalConsole[kBindStreamsLazy]({
  get stdout() { return currentProcess()?.stdout ?? binding.stdout; },
  get stderr() { return currentProcess()?.stderr ?? binding.stderr; },
});

module.exports = globalConsole;
