// Node's vm module: https://nodejs.org/api/vm.html. See vm.go for how a
// context is emulated inside goja's single realm and what that costs.
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_NOT_IMPLEMENTED,
  },
  validateArray,
  validateBoolean,
  validateInt32,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
  kValidateObjectAllowArray,
} = require('internal/errors');

// contexts maps a contextified object to its scope state.
const contexts = new WeakMap();

// Names the sandbox runner uses for itself; the context never sees them.
const hiddenNames = new Set(['__gorunVmSandbox__', '__gorunVmCode__']);
// A new V8 context holds the language's globals (and a console) but none
// of node's: these names read through to the main realm, others do not.
const intrinsicNames = new Set([
  'Infinity', 'NaN', 'undefined', 'eval', 'isFinite', 'isNaN', 'parseFloat', 'parseInt',
  'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape', 'unescape',
  'AggregateError', 'Array', 'ArrayBuffer', 'Atomics', 'BigInt', 'BigInt64Array',
  'BigUint64Array', 'Boolean', 'DataView', 'Date', 'Error', 'EvalError',
  'FinalizationRegistry', 'Float32Array', 'Float64Array', 'Function', 'Int8Array',
  'Int16Array', 'Int32Array', 'Intl', 'Iterator', 'JSON', 'Map', 'Math', 'Number', 'Object',
  'Promise', 'Proxy', 'RangeError', 'ReferenceError', 'Reflect', 'RegExp', 'Set',
  'SharedArrayBuffer', 'String', 'Symbol', 'SyntaxError', 'TypeError', 'Uint8Array',
  'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'URIError', 'WeakMap', 'WeakRef',
  'WeakSet', 'WebAssembly', 'console',
]);
const typeofRE = /\btypeof\s*\(?\s*([A-Za-z_$][\w$]*)/g;

// makeScope returns the Proxy that stands in front of the global scope
// while code runs in a context. Every string name "exists" on it, so
// writes and declarations go to the context object (the last target);
// reads fall back to the main realm's globals (in a created context only
// to the language's own, intrinsicNames), and an unknown name throws
// ReferenceError unless the code only ever uses it under typeof.
function makeScope(targets, state, isolated) {
  const last = targets[targets.length - 1];
  return new Proxy(last, {
    has(_, key) {
      return typeof key === 'string' && !hiddenNames.has(key);
    },
    get(_, key) {
      if (key === Symbol.unscopables) return undefined;
      for (let i = 0; i < targets.length; i++) {
        if (key in targets[i]) return targets[i][key];
      }
      if (isolated && key === 'globalThis') return last;
      if (key in globalThis && (!isolated || intrinsicNames.has(key))) return globalThis[key];
      if (typeof key === 'string' && !state.typeofNames.has(key)) {
        throw new ReferenceError(`${key} is not defined`);
      }
      return undefined;
    },
    set(_, key, value) {
      for (let i = 0; i < targets.length; i++) {
        if (key in targets[i]) {
          targets[i][key] = value;
          return true;
        }
      }
      last[key] = value;
      return true;
    },
    defineProperty(_, key, desc) {
      return Reflect.defineProperty(last, key, desc);
    },
    deleteProperty(_, key) {
      return Reflect.deleteProperty(last, key);
    },
  });
}

function noteTypeofNames(state, code) {
  typeofRE.lastIndex = 0;
  let m;
  while ((m = typeofRE.exec(code)) !== null) state.typeofNames.add(m[1]);
}

function isContext(object) {
  validateObject(object, 'object', kValidateObjectAllowArray);
  return contexts.has(object);
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

function createContext(contextObject = {}, options = {}) {
  if (isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  const { name, origin, codeGeneration, microtaskMode } = options;
  if (name !== undefined) validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    const { strings, wasm } = codeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.codeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  const state = { typeofNames: new Set(), scope: null };
  state.scope = makeScope([contextObject], state, true);
  contexts.set(contextObject, state);
  return contextObject;
}

// runOptions validates the options of the run* methods and returns the
// timeout (-1 for none) and displayErrors.
function runOptions(options = {}) {
  validateObject(options, 'options');
  const { timeout, displayErrors = true, breakOnSigint = false } = options;
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return { timeout: timeout === undefined ? -1 : timeout, displayErrors };
}

const kDecorated = Symbol('kDecorated');
// Frames of code run in a context come from the sandbox runner's direct
// eval; errors leaving the script get them renamed after its filename.
const evalFrameRegExp = /eval at [^()]*\(node:vm\/context:\d+:\d+\), <anonymous>:(\d+):(\d+)/g;
const evalTopFrameRegExp = /eval \((eval at [^()]*\(node:vm\/context:\d+:\d+\), <anonymous>:\d+:\d+)\)/g;

// run calls fn and, for an error thrown out of the script, points its
// frames at the script's filename and, with displayErrors, prefixes the
// stack with the "file:line / source / caret" block node prints.
function run(timeout, fn, script, displayErrors) {
  try {
    return timeout === -1 ? fn() : binding.withTimeout(timeout, fn);
  } catch (err) {
    if (script !== undefined && err !== null && typeof err === 'object' && !err[kDecorated]) {
      decorate(err, script, displayErrors);
    }
    throw err;
  }
}

function decorate(err, script, displayErrors) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    return;
  }
  if (typeof stack !== 'string') return;
  const { filename, code, lineOffset, columnOffset } = script;
  stack = stack.replace(evalTopFrameRegExp, '$1')
    .replace(evalFrameRegExp, (_, line, col) => `${filename}:${line}:${col}`);
  const firstFrame = /\n {4}at (?:[^\n]*\()?([^\n()]*):(\d+):(\d+)\)?(?:\n|$)/.exec(stack);
  if (displayErrors && firstFrame !== null && firstFrame[1] === filename) {
    const line = +firstFrame[2];
    const col = +firstFrame[3];
    const lines = code.split(/\r?\n/);
    const src = lines[line - 1 - Math.max(lineOffset, 0)];
    if (src !== undefined) {
      let caretCol = Math.max(0, col - 1 - (line - 1 === lineOffset ? Math.max(columnOffset, 0) : 0));
      // V8 points at the throw statement, not at the error's creation.
      const thrown = /throw\s+$/.exec(src.slice(0, caretCol));
      if (thrown !== null) caretCol = thrown.index;
      stack = `${filename}:${line}\n${src}\n${' '.repeat(caretCol)}^\n\n${stack}`;
    }
  }
  try {
    Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true });
    Object.defineProperty(err, kDecorated, { value: true });
  } catch {
    // A frozen error keeps its stack.
  }
}

class Script {
  #code;
  #run;
  #lineOffset;
  #columnOffset;
  #info;

  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined && !ArrayBuffer.isView(cachedData)) {
      throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
    }
    validateBoolean(produceCachedData, 'options.produceCachedData');
    void importModuleDynamically;
    // Compiling here throws a SyntaxError at construction, as V8 does.
    this.#run = binding.compile(code, filename, lineOffset, columnOffset);
    this.#code = code;
    this.#lineOffset = lineOffset;
    this.#columnOffset = columnOffset;
    this.#info = { filename, code, lineOffset, columnOffset };
    if (cachedData !== undefined) this.cachedDataRejected = true;
    if (produceCachedData) this.cachedDataProduced = false;
  }

  runInThisContext(options) {
    const { timeout, displayErrors } = runOptions(options);
    return run(timeout, this.#run, this.#info, displayErrors);
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    const { timeout, displayErrors } = runOptions(options);
    const state = contexts.get(contextifiedObject);
    noteTypeofNames(state, this.#code);
    const code = binding.pad(this.#code, this.#lineOffset, this.#columnOffset);
    return run(timeout, () => binding.sandboxRunner.call(contextifiedObject, state.scope, code),
               this.#info, displayErrors);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, contextOptions(options));
    return this.runInContext(context, options);
  }

  createCachedData() {
    throw new ERR_NOT_IMPLEMENTED('vm.Script.prototype.createCachedData');
  }
}

// contextOptions maps the run* options that configure a new context to
// createContext's, validated under their run* names as node does.
function contextOptions(options) {
  if (!options) return {};
  const o = {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: undefined,
    microtaskMode: options.microtaskMode,
  };
  if (o.name !== undefined) validateString(o.name, 'options.contextName');
  if (o.origin !== undefined) validateString(o.origin, 'options.contextOrigin');
  if (options.contextCodeGeneration !== undefined) {
    validateObject(options.contextCodeGeneration, 'options.contextCodeGeneration');
    const { strings, wasm } = options.contextCodeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.contextCodeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.contextCodeGeneration.wasm');
    o.codeGeneration = { strings, wasm };
  }
  if (o.microtaskMode !== undefined) validateString(o.microtaskMode, 'options.microtaskMode');
  return o;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, contextOptions(options));
  return createScript(code, options).runInContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  if (params !== undefined) {
    validateArray(params, 'params');
    for (let i = 0; i < params.length; i++) validateString(params[i], `params[${i}]`);
  } else {
    params = [];
  }
  validateObject(options, 'options');
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData = undefined,
    produceCachedData = false,
    parsingContext = undefined,
    contextExtensions = [],
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  if (cachedData !== undefined && !ArrayBuffer.isView(cachedData)) {
    throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined) {
    if (typeof parsingContext !== 'object' || parsingContext === null || !contexts.has(parsingContext)) {
      throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  for (let i = 0; i < contextExtensions.length; i++) {
    const ext = contextExtensions[i];
    if (typeof ext !== 'object' || ext === null) {
      throw new ERR_INVALID_ARG_TYPE(`options.contextExtensions[${i}]`, 'object', ext);
    }
  }
  if (parsingContext === undefined && contextExtensions.length === 0) {
    return binding.compileFunction(code, params.join(', '), filename, lineOffset, columnOffset);
  }
  // Check the syntax with the real filename first, then build the
  // function inside the scope so its free names resolve there.
  binding.compileFunction(code, params.join(', '), filename, lineOffset, columnOffset);
  const base = parsingContext !== undefined ? parsingContext : globalThis;
  const state = parsingContext !== undefined ?
    contexts.get(parsingContext) : { typeofNames: new Set() };
  noteTypeofNames(state, code);
  const scope = makeScope([...contextExtensions, base], state, parsingContext !== undefined);
  return binding.sandboxRunner.call(base, scope, `(function (${params.join(', ')}) {\n${code}\n})`);
}

function measureMemory(options = {}) {
  validateObject(options, 'options');
  return Promise.reject(new ERR_NOT_IMPLEMENTED('vm.measureMemory'));
}

const constants = Object.freeze(Object.setPrototypeOf({
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
}, null));

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
