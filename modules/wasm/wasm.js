'use strict';
// The WebAssembly namespace (https://webassembly.github.io/spec/js-api/)
// with V8's messages; binding (wasm.go) compiles, links and runs.

const handles = new WeakMap(); // JS object -> Go handle
const kinds = new WeakMap(); // JS object -> class name

const { defineProperty, setPrototypeOf } = Object;

function method(obj, name, fn, length) {
  defineProperty(fn, 'name', { value: name, configurable: true });
  if (length !== undefined) defineProperty(fn, 'length', { value: length, configurable: true });
  defineProperty(obj, name, { value: fn, writable: true, enumerable: true, configurable: true });
}

function getter(obj, name, get, set) {
  defineProperty(get, 'name', { value: 'get ' + name, configurable: true });
  const desc = { get, enumerable: true, configurable: true };
  if (set) {
    defineProperty(set, 'name', { value: 'set ' + name, configurable: true });
    desc.set = set;
  }
  defineProperty(obj, name, desc);
}

function tag(proto, name) {
  defineProperty(proto, Symbol.toStringTag, { value: name, configurable: true });
}

function receiver(obj, kind, api) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function') || kinds.get(obj) !== kind) {
    throw new TypeError(`${api}: Receiver is not a WebAssembly.${kind}`);
  }
  return handles.get(obj);
}

function wrap(kind, proto, h) {
  const obj = Object.create(proto);
  handles.set(obj, h);
  kinds.set(obj, kind);
  return obj;
}

// bufferSource returns [ArrayBuffer, offset, length] for a BufferSource.
function bufferSource(v, api, what) {
  if (v instanceof ArrayBuffer) return [v, 0, v.byteLength];
  if (ArrayBuffer.isView(v)) return [v.buffer, v.byteOffset, v.byteLength];
  throw new TypeError(`${api}: Argument 0 must be ${what || 'a buffer source'}`);
}

function errorClass(name) {
  const C = function (message, options) {
    if (!new.target) return new C(message, options);
    const e = options === undefined ? new Error(message) : new Error(message, options);
    setPrototypeOf(e, new.target.prototype);
    if (message === undefined) delete e.message;
    hideInternalFrames(e);
    return e;
  };
  defineProperty(C, 'name', { value: name, configurable: true });
  setPrototypeOf(C, Error);
  C.prototype = Object.create(Error.prototype, {
    constructor: { value: C, writable: true, configurable: true },
    name: { value: name, writable: true, configurable: true },
    message: { value: '', writable: true, configurable: true },
  });
  defineProperty(C, 'prototype', { writable: false, enumerable: false, configurable: false });
  return C;
}

// hideInternalFrames drops this shim's frames from e.stack: in node the
// API is built in and its frames never show.
function hideInternalFrames(e) {
  const stack = e.stack;
  if (typeof stack !== 'string') return;
  const lines = stack.split('\n');
  const kept = lines.filter((l) => !l.includes('(node:internal/webassembly:'));
  if (kept.length !== lines.length) {
    defineProperty(e, 'stack', { value: kept.join('\n'), writable: true, configurable: true, enumerable: false });
  }
}

const CompileError = errorClass('CompileError');
const LinkError = errorClass('LinkError');
const RuntimeError = errorClass('RuntimeError');

function constructor(name, fn, length) {
  defineProperty(fn, 'name', { value: name, configurable: true });
  defineProperty(fn, 'length', { value: length, configurable: true });
  tag(fn.prototype, 'WebAssembly.' + name);
  defineProperty(fn, 'prototype', { writable: false });
  return fn;
}

function requireNew(target, name) {
  if (!target) throw new TypeError(`WebAssembly.${name}(): WebAssembly.${name} must be invoked with 'new'`);
}

// Module
const Module = constructor('Module', function Module(bytes) {
  requireNew(new.target, 'Module');
  const api = 'WebAssembly.Module()';
  const [buf, off, n] = bufferSource(bytes, api);
  const h = binding.compile(buf, off, n, api);
  const obj = Object.create(new.target.prototype);
  handles.set(obj, h);
  kinds.set(obj, 'Module');
  return obj;
}, 1);

function moduleHandle(m, api) {
  if (m === null || typeof m !== 'object' || kinds.get(m) !== 'Module') {
    throw new TypeError(`${api}: Argument 0 must be a WebAssembly.Module`);
  }
  return handles.get(m);
}

method(Module, 'imports', function imports(m) {
  return binding.imports(moduleHandle(m, 'WebAssembly.Module.imports()'));
});
method(Module, 'exports', function exports(m) {
  return binding.exports(moduleHandle(m, 'WebAssembly.Module.exports()'));
});
method(Module, 'customSections', function customSections(m, name) {
  const h = moduleHandle(m, 'WebAssembly.Module.customSections()');
  if (arguments.length < 2) throw new TypeError('WebAssembly.Module.customSections(): Argument 1 is required');
  const s = `${name}`;
  // A name with a lone surrogate is no UTF-8 string: it names nothing.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return [];
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return [];
    }
  }
  return binding.customSections(h, s);
});

// Instance
function checkImports(h, imports, api) {
  if (imports !== undefined && (imports === null || (typeof imports !== 'object' && typeof imports !== 'function'))) {
    throw new TypeError(`${api}: Argument 1 must be an object`);
  }
  if (imports === undefined && binding.imports(h).length > 0) {
    throw new TypeError(`${api}: Imports argument must be present and must be an object`);
  }
  return imports === undefined ? {} : imports;
}

const Instance = constructor('Instance', function Instance(module, imports) {
  requireNew(new.target, 'Instance');
  const api = 'WebAssembly.Instance()';
  const h = moduleHandle(module, api);
  const exports = binding.instantiate(h, checkImports(h, imports, api), api);
  return instanceObject(exports, new.target.prototype);
}, 1);

function instanceObject(exports, proto) {
  const obj = Object.create(proto);
  handles.set(obj, exports);
  kinds.set(obj, 'Instance');
  return obj;
}

getter(Instance.prototype, 'exports', function () {
  return receiver(this, 'Instance', 'WebAssembly.Instance.exports()');
});

// Descriptors (Memory, Table)
function descriptorInt(desc, prop, api, required, upper) {
  const v = desc[prop];
  if (v === undefined) {
    if (required) throw new TypeError(`${api}: Property '${prop}' is required`);
    return undefined;
  }
  const n = Number(v);
  if (!Number.isFinite(n)) throw new TypeError(`${api}: Property '${prop}' must be convertible to a valid number`);
  const i = Math.trunc(n);
  if (i < 0) throw new TypeError(`${api}: Property '${prop}' must be non-negative`);
  if (i > 0xffffffff) throw new TypeError(`${api}: Property '${prop}' must be in the unsigned long range`);
  if (i > upper) throw new RangeError(`${api}: Property '${prop}': value ${i} is above the upper bound ${upper}`);
  return i;
}

function limitsOf(desc, api, what, upper) {
  if (desc === null || typeof desc !== 'object') throw new TypeError(`${api}: Argument 0 must be a ${what} descriptor`);
  const initial = descriptorInt(desc, 'initial', api, false, upper);
  const maximum = descriptorInt(desc, 'maximum', api, false, upper);
  if (initial === undefined) throw new TypeError(`${api}: Property 'initial' is required`);
  if (maximum !== undefined && maximum < initial) {
    throw new RangeError(`${api}: Property 'maximum': value ${maximum} is below the lower bound ${initial}`);
  }
  return [initial, maximum];
}

function countArg(v, api) {
  const n = Number(v);
  if (v === undefined || !Number.isFinite(n)) throw new TypeError(`${api}: Argument 0 must be convertible to a valid number`);
  const i = Math.trunc(n);
  if (i < 0) throw new TypeError(`${api}: Argument 0 must be non-negative`);
  if (i > 0xffffffff) throw new TypeError(`${api}: Argument 0 must be in the unsigned long range`);
  return i;
}

// Memory
const Memory = constructor('Memory', function Memory(descriptor) {
  requireNew(new.target, 'Memory');
  const api = 'WebAssembly.Memory()';
  const [initial, maximum] = limitsOf(descriptor, api, 'memory', 65536);
  const shared = !!descriptor.shared;
  if (shared && maximum === undefined) {
    throw new TypeError(`${api}: If shared is true, maximum property should be defined.`);
  }
  const obj = Object.create(new.target.prototype);
  const h = binding.newMemory(obj, initial, maximum === undefined ? 0 : maximum, maximum !== undefined, shared);
  handles.set(obj, h);
  kinds.set(obj, 'Memory');
  return obj;
}, 1);

method(Memory.prototype, 'grow', function grow(delta) {
  const h = receiver(this, 'Memory', 'WebAssembly.Memory.grow()');
  return binding.memoryGrow(h, countArg(delta, 'WebAssembly.Memory.grow()'));
}, 1);
getter(Memory.prototype, 'buffer', function () {
  return binding.memoryBuffer(receiver(this, 'Memory', 'WebAssembly.Memory.buffer'));
});

// Table
const Table = constructor('Table', function Table(descriptor, value) {
  requireNew(new.target, 'Table');
  const api = 'WebAssembly.Table()';
  if (descriptor === null || typeof descriptor !== 'object') {
    throw new TypeError(`${api}: Argument 0 must be a table descriptor`);
  }
  const element = `${descriptor.element}`;
  if (element !== 'anyfunc' && element !== 'funcref' && element !== 'externref') {
    throw new TypeError(`${api}: Descriptor property 'element' must be a WebAssembly reference type`);
  }
  const [initial, maximum] = limitsOf(descriptor, api, 'table', 10000000);
  const h = binding.newTable(element, initial, maximum === undefined ? 0 : maximum, maximum !== undefined,
    arguments.length > 1 ? value : undefined);
  return wrap('Table', new.target.prototype, h);
}, 1);

getter(Table.prototype, 'length', function () {
  return binding.tableLength(receiver(this, 'Table', 'WebAssembly.Table.length'));
});
method(Table.prototype, 'grow', function grow(delta, value) {
  const h = receiver(this, 'Table', 'WebAssembly.Table.grow()');
  return binding.tableGrow(h, countArg(delta, 'WebAssembly.Table.grow()'), value, arguments.length > 1);
}, 1);
method(Table.prototype, 'set', function set(index, value) {
  const h = receiver(this, 'Table', 'WebAssembly.Table.set()');
  binding.tableSet(h, countArg(index, 'WebAssembly.Table.set()'), value, arguments.length > 1);
}, 1);
method(Table.prototype, 'get', function get(index) {
  const h = receiver(this, 'Table', 'WebAssembly.Table.get()');
  return binding.tableGet(h, countArg(index, 'WebAssembly.Table.get()'));
}, 1);

// Global
const Global = constructor('Global', function Global(descriptor, value) {
  requireNew(new.target, 'Global');
  const api = 'WebAssembly.Global()';
  if (descriptor === null || typeof descriptor !== 'object') {
    throw new TypeError(`${api}: Argument 0 must be a global descriptor`);
  }
  const mutable = !!descriptor.mutable;
  const type = `${descriptor.value}`;
  const obj = Object.create(new.target.prototype);
  const h = binding.newGlobal(obj, type, mutable, value, api);
  handles.set(obj, h);
  kinds.set(obj, 'Global');
  return obj;
}, 1);

method(Global.prototype, 'valueOf', function valueOf() {
  return binding.globalGet(receiver(this, 'Global', 'WebAssembly.Global.valueOf()'));
}, 0);
getter(Global.prototype, 'value', function () {
  return binding.globalGet(receiver(this, 'Global', 'get WebAssembly.Global.value'));
}, function (v) {
  const h = receiver(this, 'Global', 'set WebAssembly.Global.value');
  if (arguments.length < 1) throw new TypeError('set WebAssembly.Global.value: Argument 0 is required');
  binding.globalSet(h, v);
});

// Exception handling (Tag, Exception) needs wazero's experimental
// exceptions, which cannot cross into JS: the classes exist, as in node,
// and say so.
const Tag = constructor('Tag', function Tag() {
  requireNew(new.target, 'Tag');
  binding.notImplemented('WebAssembly.Tag');
}, 1);
const Exception = constructor('Exception', function Exception() {
  requireNew(new.target, 'Exception');
  binding.notImplemented('WebAssembly.Exception');
}, 1);

// Namespace functions
const WebAssembly = {};
tag(WebAssembly, 'WebAssembly');

method(WebAssembly, 'compile', function compile(bytes) {
  const api = 'WebAssembly.compile()';
  return new Promise((resolve, reject) => {
    const [buf, off, n] = bufferSource(bytes, api);
    binding.compileAsync(buf, off, n, api, (err, h) => {
      if (err) reject(err);
      else resolve(wrap('Module', Module.prototype, h));
    });
  });
});

method(WebAssembly, 'validate', function validate(bytes) {
  const [buf, off, n] = bufferSource(bytes, 'WebAssembly.validate()');
  return binding.validate(buf, off, n);
});

method(WebAssembly, 'instantiate', function instantiate(source, importObject) {
  const imports = importObject;
  const api = 'WebAssembly.instantiate()';
  return new Promise((resolve, reject) => {
    if (source !== null && typeof source === 'object' && kinds.get(source) === 'Module') {
      const h = handles.get(source);
      // The imports are read now, the module instantiated in a later
      // task, as the spec says.
      const finish = binding.prepare(h, checkImports(h, imports, api), api);
      setImmediateLike(() => {
        try {
          resolve(instanceObject(finish(), Instance.prototype));
        } catch (e) {
          reject(e);
        }
      });
      return;
    }
    const [buf, off, n] = bufferSource(source, api, 'a buffer source or a WebAssembly.Module object');
    if (imports !== undefined && (imports === null || (typeof imports !== 'object' && typeof imports !== 'function'))) {
      throw new TypeError(`${api}: Argument 1 must be an object`);
    }
    binding.compileAsync(buf, off, n, api, (err, h) => {
      if (err) return reject(err);
      const module = wrap('Module', Module.prototype, h);
      try {
        const im = checkImports(h, imports, api);
        const instance = instanceObject(binding.instantiate(h, im, api), Instance.prototype);
        resolve({ module, instance });
      } catch (e) {
        reject(e);
      }
    });
  });
});

defineProperty(WebAssembly.instantiate, 'length', { value: 1, configurable: true });

// setImmediateLike runs fn in a later macrotask without keeping a timer
// object around: a resolved promise would run it too early.
function setImmediateLike(fn) {
  binding.later(fn);
}

// compileAsync compiles buf, settling with a Module; api names the caller
// in CompileError messages.
function compileBuffer(buf, api) {
  return new Promise((resolve, reject) => {
    binding.compileAsync(buf, 0, buf.byteLength, api, (err, h) => {
      if (err) reject(err);
      else resolve(wrap('Module', Module.prototype, h));
    });
  });
}

// The streaming forms take a fetch Response (or a promise of one) and
// check it as node's lib/internal/wasm_web_api.js does.
function streaming(name, instantiate) {
  const api = `WebAssembly.${name}()`;
  method(WebAssembly, name, function (source, importObject) {
    if (instantiate && importObject !== undefined &&
        (importObject === null || (typeof importObject !== 'object' && typeof importObject !== 'function'))) {
      return Promise.reject(new TypeError(`${api}: Argument 1 must be an object`));
    }
    return Promise.resolve(source).then((response) => {
      const R = globalThis.Response;
      if (typeof R !== 'function' || !(response instanceof R)) binding.streamingSource(response);
      const type = response.headers.get('Content-Type');
      if (type !== 'application/wasm') binding.badResponse(`has unsupported MIME type '${type}'`);
      if (!response.ok) binding.badResponse(`has status code ${response.status}`);
      if (response.bodyUsed !== false) binding.badResponse('body has already been used');
      return response.arrayBuffer();
    }).then((buf) => compileBuffer(buf, api)).then((module) => {
      if (!instantiate) return module;
      const h = handles.get(module);
      const exports = binding.instantiate(h, checkImports(h, importObject, api), api);
      return { module, instance: instanceObject(exports, Instance.prototype) };
    });
  }, 1);
}
streaming('compileStreaming', false);
streaming('instantiateStreaming', true);

for (const [name, value] of Object.entries({ Module, Instance, Table, Memory, Global, Tag, Exception, CompileError, LinkError, RuntimeError })) {
  defineProperty(WebAssembly, name, { value, writable: true, enumerable: false, configurable: true });
}

binding.init({
  CompileError, LinkError, RuntimeError,
  wrapMemory: (h) => wrap('Memory', Memory.prototype, h),
  wrapTable: (h) => wrap('Table', Table.prototype, h),
  wrapGlobal: (h) => wrap('Global', Global.prototype, h),
  handleOf: (v) => (v !== null && (typeof v === 'object' || typeof v === 'function') && kinds.has(v) ? handles.get(v) : undefined),
  toBigInt64: (v) => BigInt.asIntN(64, v),
  toNumber: (v) => +v,
  iterToArray: (v) => Array.from(v),
});

return WebAssembly;
