// Node's CommonJS Module class for one runtime, after
// lib/internal/modules/cjs/loader.js. Resolution and file access live in Go
// (the `binding` argument); everything user code can see or monkey-patch
// (Module._load, Module._resolveFilename, Module._extensions,
// Module.prototype.require/_compile, Module.wrap) lives here, so patches
// take effect on the same calls as in Node.
//
// The file is the body of `function (binding) { ... }`; it returns the
// internal handle the Go Loader keeps.

// Primordials: user code may replace these globals later.
const ObjectKeys = Object.keys;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectPrototype = Object.prototype;
const ObjectPrototypeHasOwnProperty = Object.prototype.hasOwnProperty;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ArrayIsArray = Array.isArray;
const ReflectApply = Reflect.apply;
const ReflectGet = Reflect.get;
const ReflectSet = Reflect.set;
const ReflectDefineProperty = Reflect.defineProperty;
const JSONParse = JSON.parse;
const SafeWeakMap = WeakMap;
const SafeMap = Map;
const SafeSet = Set;
const ArrayFrom = Array.from;
const SymbolToStringTag = Symbol.toStringTag;
const SymbolFor = Symbol.for;
const ObjectPreventExtensions = Object.preventExtensions;
const SafeProxy = Proxy;
const ErrorCtor = Error;
const TypeErrorCtor = TypeError;
const StringCtor = String;

// ---- errors (Node's lib/internal/errors.js, the few this file throws) ----

function makeError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

function inspect(value) {
  try {
    const util = binding.requireBuiltin('util');
    if (util && typeof util.inspect === 'function') return util.inspect(value);
  } catch {
    // No util module yet: fall back to the minimal rendering below.
  }
  switch (typeof value) {
    case 'string': {
      const quote = !value.includes("'") ? "'" : !value.includes('"') ? '"' : '`';
      return quote + value.replace(/\n/g, '\\n') + quote;
    }
    case 'number': return Object.is(value, -0) ? '-0' : StringCtor(value);
    case 'bigint': return `${value}n`;
    case 'symbol': return value.toString();
    case 'function': return value.name ? `[Function: ${value.name}]` : '[Function (anonymous)]';
    case 'object': {
      if (value === null) return 'null';
      if (ArrayIsArray(value)) return `[ ${value.map(inspect).join(', ')} ]`;
      const keys = ObjectKeys(value);
      if (keys.length === 0) return '{}';
      return `{ ${keys.map((k) => `${k}: ${inspect(value[k])}`).join(', ')} }`;
    }
    default: return StringCtor(value);
  }
}

function receivedType(value) {
  if (value == null) return '' + value;
  if (typeof value === 'function' && value.name) return `function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return `an instance of ${value.constructor.name}`;
    return inspect(value);
  }
  let inspected = inspect(value);
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return `type ${typeof value} (${inspected})`;
}

function errInvalidArgType(name, expected, actual) {
  const kind = name.includes('.') ? 'property' : 'argument';
  return makeError(TypeErrorCtor, 'ERR_INVALID_ARG_TYPE',
    `The "${name}" ${kind} must be of type ${expected}. Received ${receivedType(actual)}`);
}

function errInvalidArgValue(name, value, reason = 'is invalid') {
  const kind = name.includes('.') ? 'property' : 'argument';
  let inspected = inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  return makeError(TypeErrorCtor, 'ERR_INVALID_ARG_VALUE', `The ${kind} '${name}' ${reason}. Received ${inspected}`);
}

function errNotImplemented(what) {
  return makeError(ErrorCtor, 'ERR_NOT_IMPLEMENTED', `${what} is not implemented in gorun`);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw errInvalidArgType(name, 'string', value);
}

// ---- paths (path.posix semantics) ----

function dirname(p) {
  return binding.dirname(p);
}

function basenameOf(p) {
  const i = p.lastIndexOf('/');
  return i === -1 ? p : p.slice(i + 1);
}

function isAbsolute(p) {
  return p.length > 0 && p[0] === '/';
}

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

// ---- state ----

// ES modules and TypeScript (esm.js), compiled and set up on first use:
// a CommonJS program never pays for it. Only files whose format is ESM,
// TypeScript or .cts reach esm.load's work.
let esmImpl;
function esmModule() {
  if (esmImpl === undefined) {
    const initESM = binding.initESM(binding, {
      ArrayFrom, Module, ObjectDefineProperty, ObjectKeys, ObjectPreventExtensions,
      ObjectPrototypeHasOwnProperty, ReflectApply, SafeMap, SafeSet, SafeWeakMap, StringCtor,
      SymbolFor, SymbolToStringTag, dirname, inspect, makeRequireFunction, moduleParentCache,
    });
    esmImpl = initESM();
  }
  return esmImpl;
}
const esm = {
  load(module, filename) {
    const format = binding.moduleFormat(filename);
    if (format !== 'esm' && format !== 'ts' && format !== 'cts') return false;
    return esmModule().load(module, filename);
  },
  loadSource(module, filename, content) { return esmModule().loadSource(module, filename, content); },
  runMain(filename) { return esmModule().runMain(filename); },
  runSource(filename, source) { return esmModule().runSource(filename, source); },
};

let mainModule;
let isPreloading = false;
// The parent a module was first required from. module.parent reads it, and
// the require stack in MODULE_NOT_FOUND follows it even when user code
// reassigns module.parent.
const moduleParentCache = new SafeWeakMap();
// parent.path + '\0' + request -> filename: skips resolution for repeated
// requires from the same directory.
const relativeResolveCache = { __proto__: null };

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

function setOwnProperty(obj, key, value) {
  ObjectDefineProperty(obj, key, { __proto__: null, configurable: true, enumerable: true, value, writable: true });
}

// ---- Module ----

function Module(id = '', parent) {
  this.id = id;
  this.path = dirname(id);
  setOwnProperty(this, 'exports', {});
  moduleParentCache.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

Module._cache = { __proto__: null };
// Module._pathCache is a view of the resolver's cache. Assigning a new
// object (tests and reloaders do `Module._pathCache = { __proto__: null }`)
// empties the resolver's cache, which is the one resolution reads.
ObjectDefineProperty(Module, '_pathCache', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return binding.pathCache; },
  set(value) { binding.clearPathCache(); },
});
Module._extensions = { __proto__: null };
Module.globalPaths = binding.globalPaths();
Module.builtinModules = binding.builtinNames();
Module.Module = Module;

ObjectDefineProperty(Module.prototype, 'isPreloading', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return isPreloading; },
});

// module.parent is a pending deprecation (DEP0144): with
// --pending-deprecation (or NODE_PENDING_DEPRECATION=1) the first read or
// write warns.
let parentDeprecationChecked = false;
function deprecateParent() {
  if (parentDeprecationChecked) return;
  parentDeprecationChecked = true;
  const proc = globalThis.process;
  if (proc === undefined) return;
  if (proc.execArgv.includes('--pending-deprecation') || proc.env.NODE_PENDING_DEPRECATION === '1') {
    binding.emitWarning('module.parent is deprecated due to accuracy issues. Please use ' +
      'require.main to find program entry point instead.', 'DeprecationWarning', 'DEP0144');
  }
}

ObjectDefineProperty(Module.prototype, 'parent', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() {
    deprecateParent();
    return moduleParentCache.get(this);
  },
  set(value) {
    deprecateParent();
    moduleParentCache.set(this, value);
  },
});

// Module.wrap and Module.wrapper are accessors so that replacing either
// switches compilation to the user's wrapper, as in Node (rewire and
// friends depend on it).
let wrapperPatched = false;
const wrapperParts = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];
let wrapperProxy = new SafeProxy(wrapperParts, {
  __proto__: null,
  set(target, property, value, receiver) {
    wrapperPatched = true;
    return ReflectSet(target, property, value, receiver);
  },
  defineProperty(target, property, descriptor) {
    wrapperPatched = true;
    return ReflectDefineProperty(target, property, descriptor);
  },
});
let wrap = function wrap(script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};
ObjectDefineProperty(Module, 'wrap', {
  __proto__: null,
  configurable: false,
  enumerable: false,
  get() { return wrap; },
  set(value) { wrapperPatched = true; wrap = value; },
});
ObjectDefineProperty(Module, 'wrapper', {
  __proto__: null,
  configurable: false,
  enumerable: false,
  get() { return wrapperProxy; },
  set(value) { wrapperPatched = true; wrapperProxy = value; },
});

// While a module is still loading, a require() cycle hands out its partial
// exports. Node puts this proxy under them to warn about reads of
// properties that are not there (yet).
const CircularRequirePrototypeWarningProxy = new SafeProxy({}, {
  __proto__: null,
  get(target, prop) {
    // __esModule is probed by transpiled `import` code; it is not a bug.
    if (prop in target || prop === '__esModule') return ReflectGet(target, prop);
    emitCircularRequireWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (ObjectPrototypeHasOwnProperty.call(target, prop) || prop === '__esModule') {
      return ObjectGetOwnPropertyDescriptor(target, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
});

function emitCircularRequireWarning(prop) {
  binding.emitWarning(`Accessing non-existent property '${StringCtor(prop)}' of module exports inside circular dependency`);
}

function getExportsForCircularRequire(module) {
  const exports = module.exports;
  if (exports && ObjectGetPrototypeOf(exports) === ObjectPrototype && !exports.__esModule) {
    ObjectSetPrototypeOf(exports, CircularRequirePrototypeWarningProxy);
  }
  return exports;
}

Module._load = function(request, parent, isMain) {
  let relResolveCacheIdentifier;
  if (parent) {
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relResolveCacheIdentifier];
    if (filename !== undefined) {
      const cachedModule = Module._cache[filename];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule, true);
        if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
        return requireValue(cachedModule);
      }
      delete relativeResolveCache[relResolveCacheIdentifier];
    }
  }

  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!binding.canBeRequiredByUsers(id)) {
      throw makeError(ErrorCtor, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${request}`);
    }
    return binding.requireBuiltin(id);
  }

  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
    return requireValue(cachedModule);
  }

  if (binding.canBeRequiredWithoutScheme(filename)) {
    return binding.requireBuiltin(filename);
  }

  const module = new Module(filename, parent);
  if (isMain) {
    mainModule = module;
    setOwnProperty(module.require, 'main', mainModule);
    module.id = '.';
  }

  Module._cache[filename] = module;
  if (relResolveCacheIdentifier !== undefined) {
    relativeResolveCache[relResolveCacheIdentifier] = filename;
  }

  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (relResolveCacheIdentifier !== undefined) {
        delete relativeResolveCache[relResolveCacheIdentifier];
        const children = parent && parent.children;
        if (ArrayIsArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    } else if (module.exports && ObjectGetPrototypeOf(module.exports) === CircularRequirePrototypeWarningProxy) {
      ObjectSetPrototypeOf(module.exports, ObjectPrototype);
    }
  }
  return requireValue(module);
};

// requireValue is what require() returns for a loaded module: its exports,
// or for an ES module that exports the string name "module.exports", that
// export's value (node 20.19+: how an ES module picks what require(esm)
// returns). Only a runtime that has loaded an ES module looks.
function requireValue(module) {
  const exports = module.exports;
  if (esmImpl !== undefined && typeof exports === 'object' && exports !== null &&
      esmImpl.isNamespace(exports) && ObjectPrototypeHasOwnProperty.call(exports, 'module.exports')) {
    return exports['module.exports'];
  }
  return exports;
}

function requireStackOf(parent) {
  const stack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    stack.push(cursor.filename || cursor.id);
  }
  return stack;
}

Module._resolveFilename = function(request, parent, isMain, options) {
  let paths;
  if (typeof options === 'object' && options !== null) {
    if (ArrayIsArray(options.paths)) {
      paths = options.paths.map((p) => StringCtor(p));
    } else if (options.paths !== undefined) {
      throw errInvalidArgValue('options.paths', options.paths);
    }
  }
  const filename = binding.resolveFilename(request, parent, !!isMain, paths, ObjectKeys(Module._extensions));
  if (filename !== null) return filename;
  throw binding.notFoundError(request, requireStackOf(parent));
};

Module._resolveLookupPaths = function(request, parent) {
  return binding.lookupPaths(request, parent);
};

Module._findPath = function(request, paths, isMain) {
  return binding.findPath(request, paths, !!isMain, ObjectKeys(Module._extensions));
};

Module._nodeModulePaths = function(from) {
  return binding.nodeModulePaths(from);
};

Module._initPaths = function() {
  Module.globalPaths = binding.initPaths();
};

Module._stat = function(filename) {
  return binding.stat(StringCtor(filename));
};

Module._preloadModules = function(requests) {
  if (!ArrayIsArray(requests)) return;
  isPreloading = true;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(binding.cwd());
    for (let n = 0; n < requests.length; n++) parent.require(requests[n]);
  } finally {
    isPreloading = false;
  }
};

let debugWarned = false;
Module._debug = function() {
  if (!debugWarned) {
    debugWarned = true;
    binding.emitWarning('Module._debug is deprecated.', 'DeprecationWarning', 'DEP0077');
  }
};

function findLongestRegisteredExtension(filename) {
  const name = basenameOf(filename);
  let index = 0;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue; // Skip dotfiles like .gitignore
    const currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

Module.prototype.load = function(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(dirname(filename));
  if (esm.load(this, filename)) {
    this.loaded = true;
    return;
  }
  const extension = findLongestRegisteredExtension(filename);
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function(id) {
  validateString(id, 'id');
  if (id === '') throw errInvalidArgValue('id', id, 'must be a non-empty string');
  return Module._load(id, this, /* isMain */ false);
};

function wrapSafe(filename, content) {
  if (wrapperPatched) {
    return binding.runScript(Module.wrap(content), filename);
  }
  return binding.compileFunction(content, filename);
}

Module.prototype._compile = function(content, filename) {
  const compiledWrapper = wrapSafe(filename, content);
  const dirname_ = dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  const thisValue = exports;
  const module = this;
  const result = ReflectApply(compiledWrapper, thisValue, [exports, require, module, filename, dirname_]);
  return result;
};

Module._extensions['.js'] = function(module, filename) {
  const content = binding.readFile(filename);
  // Node 20.19+ detects ES module syntax in .js files of untyped scopes.
  if (filename.endsWith('.js') && binding.detectModule(content, filename)) {
    esm.loadSource(module, filename, content);
    return;
  }
  module._compile(content, filename);
};

Module._extensions['.json'] = function(module, filename) {
  const content = stripBOM(binding.readFile(filename));
  try {
    setOwnProperty(module, 'exports', JSONParse(content));
  } catch (err) {
    const v8Message = binding.jsonErrorMessage(content);
    err.message = filename + ': ' + (v8Message || err.message);
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  throw errNotImplemented(`Loading native addon ${filename} (process.dlopen)`);
};

function makeRequireFunction(mod) {
  // Node uses the module's own constructor, so a Module subclass resolves
  // through its own statics.
  const ModuleCtor = mod.constructor;
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return ModuleCtor._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validateString(request, 'request');
    return ModuleCtor._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  setOwnProperty(require, 'main', mainModule);
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

// ---- the `module` built-in's functions ----

const createRequireError = 'must be a file URL object, file URL string, or absolute path string';

function isURL(value) {
  return Boolean(value && value.href && value.protocol && value.auth === undefined && value.path === undefined);
}

function createRequireFromPath(filename) {
  // A directory may be passed with a trailing slash.
  const proxyPath = filename.endsWith('/') ? filename + 'noop.js' : filename;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
}

function createRequire(filename) {
  let filepath;
  if (isURL(filename) || (typeof filename === 'string' && !isAbsolute(filename))) {
    filepath = binding.fileURLToPath(isURL(filename) ? StringCtor(filename.href) : filename);
    if (filepath === undefined) throw errInvalidArgValue('filename', filename, createRequireError);
  } else if (typeof filename !== 'string') {
    throw errInvalidArgValue('filename', filename, createRequireError);
  } else {
    filepath = filename;
  }
  return createRequireFromPath(filepath);
}

function isBuiltin(moduleName) {
  if (typeof moduleName !== 'string') return false;
  return binding.canBeRequiredWithoutScheme(moduleName) ||
    (moduleName.startsWith('node:') && binding.canBeRequiredByUsers(moduleName.slice(5)));
}

// There are no ES modules yet, so no ESM namespace can be out of date with
// its built-in's CommonJS exports: a no-op is exactly right.
function syncBuiltinESMExports() {}

function findSourceMap(path) {
  throw errNotImplemented('module.findSourceMap()');
}

class SourceMap {
  constructor(payload) {
    throw errNotImplemented('module.SourceMap');
  }
}

function register(specifier, parentURL, options) {
  throw errNotImplemented('module.register()');
}

// Node's executeUserEntryPoint, reached through Module.runMain so that a
// preloaded script can replace it, as in Node.
function executeUserEntryPoint(main) {
  const resolvedMain = binding.resolveMain(main, ObjectKeys(Module._extensions));
  if (resolvedMain !== undefined && binding.moduleFormat(resolvedMain) !== '' &&
      binding.moduleFormat(resolvedMain) !== 'cts') {
    esm.runMain(resolvedMain);
    return;
  }
  Module._load(main, null, true);
}

Module.createRequire = createRequire;
Module.isBuiltin = isBuiltin;
Module.syncBuiltinESMExports = syncBuiltinESMExports;
Module.findSourceMap = findSourceMap;
Module.SourceMap = SourceMap;
Module.register = register;
Module.runMain = executeUserEntryPoint;

return {
  Module,
  createRequire,
  runModuleSource: esm.runSource,
  ensureESM() { esmModule(); },
  mainModule() { return mainModule; },
};
