// ES modules and TypeScript for the loader in loader.js (this file is
// appended to its body). esbuild turns an ES module into a CommonJS-shaped
// function (transform.go); what Node does differently from CommonJS lives
// here: ESM resolution for `import`, linking a graph before running any of
// it, namespaces for CommonJS and built-in targets (default =
// module.exports), import.meta, top-level await.
//
// ES modules share Module._cache with CommonJS, as require(esm) does in
// Node 22: a module imported and required is evaluated once.
//
// A graph without top-level await runs synchronously, each module's body
// requiring its imports in order (so a cycle sees hoisted functions as in
// Node). A graph with it runs as the spec's async evaluation: a module's
// dependencies start in order, and the module runs once the asynchronous
// ones have finished.

// extname is path.extname for the absolute paths the loader handles.
function extname(filename) {
  const slash = filename.lastIndexOf('/');
  const dot = filename.lastIndexOf('.');
  return dot > slash + 1 ? filename.slice(dot) : '';
}

function initESM() {
  // Module -> its record: { module, filename, fn, deps, resolved, tla,
  // asyncGraph, status, promise, url }.
  const records = new SafeWeakMap();
  // module.exports (an object) -> the namespace importers see.
  const namespaces = new SafeWeakMap();
  // An ES namespace -> its record, for import() to wait on.
  const recordOfNamespace = new SafeWeakMap();
  // Set while importFrom loads, so that load() knows it is not require().
  let importing = false;

  // Namespaces print as V8's do ([Module: null prototype] { … }): util
  // keeps the set of objects it treats as namespaces. Loading util costs
  // ~10 ms of start-up, so until some namespace is first inspected (util
  // is loaded by then) each carries a util.inspect.custom hook that marks
  // them all, drops the hooks and prints the namespace again.
  let markNamespace; // util's marker, once util is known to be loaded
  let pendingNamespaces = [];
  const inspectCustom = SymbolFor('nodejs.util.inspect.custom');
  function markPending() {
    if (markNamespace === undefined) {
      markNamespace = null;
      try {
        const inspect = binding.requireBuiltin('internal/util/inspect');
        if (typeof inspect.markModuleNamespace === 'function') markNamespace = inspect.markModuleNamespace;
      } catch {
        // No util in this runtime: namespaces print as plain objects.
      }
    }
    const pending = pendingNamespaces;
    pendingNamespaces = [];
    for (let i = 0; i < pending.length; i++) {
      delete pending[i][inspectCustom];
      if (markNamespace !== null) markNamespace(pending[i]);
    }
  }
  function inspectNamespace(depth, options, inspect) {
    markPending();
    return inspect(this, { __proto__: null, ...options, depth });
  }
  function newNamespace() {
    const ns = { __proto__: null };
    ObjectDefineProperty(ns, SymbolToStringTag, { __proto__: null, value: 'Module' });
    if (markNamespace === undefined) {
      ObjectDefineProperty(ns, inspectCustom, { __proto__: null, value: inspectNamespace, configurable: true });
      pendingNamespaces.push(ns);
    } else if (markNamespace !== null) {
      markNamespace(ns);
    }
    return ns;
  }

  // Node's cjsPreparseModuleExports: the names a CommonJS file offers to
  // importers are what cjs-module-lexer finds in its source, plus those of
  // the CommonJS files it re-exports (resolved as require() would), with
  // 'default' first. Cached per file, and set before recursing for cycles.
  const exportNamesOf = new SafeMap();
  function cjsExportNames(filename, source) {
    let names = exportNamesOf.get(filename);
    if (names !== undefined) return names;
    if (source === undefined) {
      try {
        source = binding.readFile(filename);
      } catch {
        source = '';
      }
    }
    const lexed = binding.cjsLex(source);
    names = new SafeSet(['default']);
    for (let i = 0; i < lexed.exports.length; i++) names.add(lexed.exports[i]);
    exportNamesOf.set(filename, names);
    if (lexed.reexports.length > 0) {
      const parent = new Module(filename, null);
      parent.filename = filename;
      parent.paths = Module._nodeModulePaths(dirname(filename));
      for (let i = 0; i < lexed.reexports.length; i++) {
        let resolved;
        try {
          resolved = Module._resolveFilename(lexed.reexports[i], parent);
        } catch {
          continue;
        }
        const ext = extname(resolved);
        if ((ext === '.js' || ext === '.cjs' || Module._extensions[ext] === undefined) && resolved[0] === '/') {
          for (const name of cjsExportNames(resolved)) names.add(name);
        }
      }
    }
    return names;
  }

  // namespaceNames says which names the namespace of a non-ES module
  // target has: the lexer's for CommonJS JavaScript, only 'default' for
  // JSON, and the own keys (at first import) for built-ins and formats
  // the lexer cannot read (.node, TypeScript as CommonJS).
  function namespaceNames(filename, exports) {
    if (filename !== undefined) {
      if (extname(filename) === '.json') return ['default'];
      if (lexable(filename)) return ArrayFrom(cjsExportNames(filename));
    }
    const keys = exports !== null && (typeof exports === 'object' || typeof exports === 'function') ? ObjectKeys(exports) : [];
    keys.push('default');
    return keys;
  }

  // lexable says whether filename's source is CommonJS JavaScript: not
  // JSON, a native addon or TypeScript/JSX compiled to CommonJS (whose
  // names are the keys of its exports once it ran).
  function lexable(filename) {
    const ext = extname(filename);
    switch (ext) {
      case '.js': case '.cjs': return true;
      case '.ts': case '.cts': case '.mts': case '.tsx': case '.jsx': return false;
    }
    return Module._extensions[ext] === undefined;
  }

  // cjsNamespace is the namespace of a CommonJS, JSON or built-in module:
  // 'default' is module.exports, and each other name takes its value once,
  // when the namespace is made (after the module ran), as in Node; a name
  // the lexer found but module.exports lacks is undefined. Built-ins stay
  // live (module.syncBuiltinESMExports is implied).
  function cjsNamespace(exports, filename, builtin) {
    const object = exports !== null && (typeof exports === 'object' || typeof exports === 'function');
    let ns = object ? namespaces.get(exports) : undefined;
    if (ns !== undefined) return ns;
    ns = newNamespace();
    const names = namespaceNames(filename, exports).sort();
    for (let i = 0; i < names.length; i++) {
      const key = names[i];
      if (key === 'default') {
        ObjectDefineProperty(ns, key, { __proto__: null, value: exports, enumerable: true });
      } else if (builtin) {
        ObjectDefineProperty(ns, key, { __proto__: null, enumerable: true, get() { return exports[key]; } });
      } else {
        let value;
        if (object && ObjectPrototypeHasOwnProperty.call(exports, key)) {
          try {
            value = exports[key];
          } catch {
            // A throwing getter leaves the binding undefined, as in Node.
          }
        }
        ObjectDefineProperty(ns, key, { __proto__: null, value, enumerable: true });
      }
    }
    ObjectPreventExtensions(ns);
    if (object) namespaces.set(exports, ns);
    return ns;
  }

  // esmExportNames is the set of names an ES module provides: its own
  // exports and, except 'default', those of the modules it star-exports.
  function esmExportNames(rec, seen) {
    const names = new SafeSet(rec.exportNames);
    if (seen.has(rec)) return names;
    seen.set(rec, true);
    for (let i = 0; i < rec.stars.length; i++) {
      const idx = rec.deps.indexOf(rec.stars[i]);
      const resolved = idx >= 0 ? rec.resolved[idx] : undefined;
      if (resolved === undefined) continue;
      let more;
      if (resolved.startsWith('node:')) {
        more = namespaceNames(undefined, binding.requireBuiltin(resolved.slice(5)));
      } else {
        const m = Module._cache[resolved];
        const child = m !== undefined ? records.get(m) : undefined;
        more = child !== undefined ? esmExportNames(child, seen) : namespaceNames(resolved);
      }
      for (const name of more) if (name !== 'default') names.add(name);
    }
    return names;
  }

  // checkGraph checks, once the whole graph is linked, the names each of
  // its JavaScript modules imports from ES modules: Node's SyntaxError
  // "does not provide an export named" before anything runs.
  function checkGraph(rec) {
    if (rec.checked) return;
    rec.checked = true;
    // Post-order, as V8 links: a module's dependencies first.
    for (let i = 0; i < rec.resolved.length; i++) {
      const child = esmRecordOf(rec.resolved[i]);
      if (child !== undefined) checkGraph(child);
    }
    if (rec.imports === undefined) return;
    for (let i = 0; i < rec.imports.length; i++) {
      const imp = rec.imports[i];
      const idx = rec.deps.indexOf(imp[0]);
      const child = idx >= 0 ? esmRecordOf(rec.resolved[idx]) : undefined;
      if (child === undefined) continue;
      if (!esmExportNames(child, new SafeWeakMap()).has(imp[1])) {
        throw binding.linkError(`The requested module '${imp[0]}' does not provide an export named '${imp[1]}'`,
          rec.url === undefined ? binding.pathToFileURL(rec.filename) : rec.url, imp[2], imp[3], imp[4], imp[5]);
      }
    }
  }

  function esmRecordOf(resolved) {
    if (resolved === undefined || resolved.startsWith('node:')) return undefined;
    const m = Module._cache[resolved];
    const rec = m !== undefined ? records.get(m) : undefined;
    return rec !== undefined && rec.status !== 'errored' ? rec : undefined;
  }

  // validateAttributes is Node's check of a static import's attributes
  // against its target's format (lib/internal/modules/esm/assert.js):
  // JSON needs `type: 'json'`, and nothing else may claim it.
  function validateAttributes(rec, specifier, resolved) {
    const list = rec.attributes;
    for (let i = 0; i < list.length; i++) {
      if (list[i][0] !== specifier) continue;
      const pairs = list[i][1];
      let type;
      for (let j = 0; j < pairs.length; j++) {
        if (pairs[j][0] !== 'type') throw binding.nodeError('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', pairs[j][0], pairs[j][1]);
        type = pairs[j][1];
      }
      const builtin = resolved.startsWith('node:');
      const url = builtin ? resolved : binding.pathToFileURL(resolved);
      if (!builtin && extname(resolved) === '.json') {
        if (type === undefined) throw binding.nodeError('ERR_IMPORT_ASSERTION_TYPE_MISSING', url, 'json');
        if (type === 'json') continue;
      } else if (type === undefined) {
        continue;
      }
      if (type !== 'json') throw binding.nodeError('ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', type);
      throw binding.nodeError('ERR_IMPORT_ASSERTION_TYPE_FAILED', url, type);
    }
  }

  // checkImports is the link-time check of the names rec imports from a
  // module that is not an ES module (ES module targets are not checked):
  // Node's SyntaxError for a name it does not provide.
  function checkImports(rec, specifier, resolved) {
    const imports = rec.imports;
    let names;
    let builtin = false;
    for (let i = 0; i < imports.length; i++) {
      const imp = imports[i];
      if (imp[0] !== specifier) continue;
      if (names === undefined) {
        if (resolved.startsWith('node:')) {
          builtin = true;
          const exports = binding.requireBuiltin(resolved.slice(5));
          names = new SafeSet(namespaceNames(undefined, exports));
        } else if (!lexable(resolved) && extname(resolved) !== '.json') {
          return; // known only once it has run
        } else {
          names = new SafeSet(namespaceNames(resolved));
        }
      }
      const name = imp[1];
      if (names.has(name)) continue;
      let message = `The requested module '${specifier}' does not provide an export named '${name}'`;
      if (!builtin && !resolved.endsWith('.json')) {
        const braces = /{.*}/.exec(imp[2]);
        message = `Named export '${name}' not found. The requested module '${specifier}' is a CommonJS module, ` +
          'which may not support all module.exports as named exports.\nCommonJS modules can always be imported ' +
          `via the default export, for example using:\n\nimport pkg from '${specifier}';\n` +
          (braces !== null ? `const ${braces[0].replace(/\s+as\s+/g, ': ')} = pkg;\n` : '');
      }
      throw binding.linkError(message, rec.url === undefined ? binding.pathToFileURL(rec.filename) : rec.url,
        imp[2], imp[3], imp[4], imp[5]);
    }
  }

  // importFrom is `import`/`import()` of specifier in module parent: what
  // the transformed code's `require` does.
  function importFrom(specifier, parent) {
    specifier = StringCtor(specifier);
    const resolved = binding.esmResolve(specifier, parent.filename);
    if (resolved.startsWith('node:')) {
      return cjsNamespace(binding.requireBuiltin(resolved.slice(5)), undefined, true);
    }
    const cached = Module._cache[resolved];
    const rec = cached !== undefined ? records.get(cached) : undefined;
    if (rec !== undefined) {
      // Linked with its importer's graph: run it now, on first import.
      if (rec.status === 'linked') evaluate(rec);
      return cached.exports;
    }
    const saved = importing;
    importing = true;
    let exports;
    try {
      exports = Module._load(resolved, parent, false);
    } finally {
      importing = saved;
    }
    const mod = Module._cache[resolved];
    if (mod !== undefined && records.has(mod)) return mod.exports;
    return cjsNamespace(exports, resolved);
  }

  // dynamicImport is import(): the namespace, once the graph it belongs
  // to has finished evaluating.
  function dynamicImport(thunk) {
    return PromiseResolve().then(() => {
      const ns = thunk();
      const rec = recordOfNamespace.get(ns);
      if (rec !== undefined && rec.promise !== undefined) return rec.promise.then(() => ns);
      return ns;
    }).then(undefined, (err) => {
      throw decorateError(err, undefined);
    });
  }

  // decorateError is what Node's ModuleJob.run adds to a ReferenceError
  // for a CommonJS global escaping a module's evaluation. (esbuild's
  // Define renames user references to require, so its message names the
  // stand-in.)
  const cjsGlobalNotDefined = /^(require_is_not_defined_in_ES_module_scope|require|module|exports|__filename|__dirname) is not defined$/;
  function decorateError(err, filename) {
    if (err === null || typeof err !== 'object' || err.name !== 'ReferenceError') return err;
    const message = err.message;
    const m = typeof message === 'string' ? cjsGlobalNotDefined.exec(message) : null;
    if (m === null) return err;
    const name = m[1] === 'require_is_not_defined_in_ES_module_scope' ? 'require' : m[1];
    let decorated = `${name} is not defined in ES module scope`;
    if (name === 'require') decorated += ', you can use import instead';
    if (filename !== undefined && filename.endsWith('.js')) {
      const pjson = binding.esmScope(filename);
      if (pjson !== undefined) {
        decorated += '\nThis file is being treated as an ES module because it has a ' +
          `'.js' file extension and '${pjson}' contains "type": "module". To treat it as a ` +
          "CommonJS script, rename it to use the '.cjs' file extension.";
      }
    }
    // The stack is read first: it may be formatted lazily, from the
    // message it is read with.
    const stack = err.stack;
    err.message = decorated;
    if (typeof stack === 'string') {
      const i = stack.indexOf('ReferenceError: ' + message);
      if (i >= 0) {
        err.stack = stack.slice(0, i) + 'ReferenceError: ' + decorated + stack.slice(i + 16 + message.length);
      }
    }
    return err;
  }
  const PromiseCtor = Promise;
  function PromiseResolve() { return PromiseCtor.resolve(); }

  function makeImportMeta(filename, url) {
    const meta = { __proto__: null };
    meta.dirname = dirname(filename);
    meta.filename = filename;
    meta.resolve = function resolve(specifier) {
      let resolved;
      try {
        resolved = binding.esmResolve(StringCtor(specifier), filename);
      } catch (err) {
        // A file that is not there still has a URL: Node returns it.
        if (err && err.code === 'ERR_MODULE_NOT_FOUND' && typeof err.url === 'string') return err.url;
        throw err;
      }
      return resolved.startsWith('node:') ? resolved : binding.pathToFileURL(resolved);
    };
    meta.url = url === undefined ? binding.pathToFileURL(filename) : url;
    return meta;
  }

  // instantiate transforms module's file and records it.
  function instantiate(module, filename, format, source, url) {
    const content = source === undefined ? binding.readFile(filename) : source;
    const t = binding.transformModule(content, filename, format);
    // The module's exports object is its namespace: the transformed body
    // fills it in place.
    module.exports = newNamespace();
    const rec = {
      module, filename, url, fn: t.fn, deps: t.deps, resolved: [], tla: t.async,
      asyncGraph: false, status: 'new', promise: undefined, imports: t.imports,
      exportNames: t.exportNames, stars: t.stars, checked: false, attributes: t.attributes,
    };
    records.set(module, rec);
    recordOfNamespace.set(module.exports, rec);
    return rec;
  }

  // link resolves rec's imports and instantiates the ES modules among
  // them, depth first, before anything runs: a missing module anywhere
  // in the graph fails it as a whole, as in Node. created collects the
  // modules it cached, to be dropped if linking fails.
  function link(rec, created) {
    rec.status = 'linking';
    for (let i = 0; i < rec.deps.length; i++) {
      const resolved = binding.esmResolve(rec.deps[i], rec.filename);
      rec.resolved.push(resolved);
      if (rec.attributes !== undefined) validateAttributes(rec, rec.deps[i], resolved);
      if (resolved.startsWith('node:')) {
        if (rec.imports !== undefined) checkImports(rec, rec.deps[i], resolved);
        continue;
      }
      const cached = Module._cache[resolved];
      if (cached !== undefined) {
        if (rec.imports !== undefined && !records.has(cached)) checkImports(rec, rec.deps[i], resolved);
        continue;
      }
      let format = binding.moduleFormat(resolved);
      let source;
      if (format === '' && resolved.endsWith('.js')) {
        // A .js file in an untyped scope may be detected as ESM.
        source = binding.readFile(resolved);
        if (binding.detectModule(source, resolved)) format = 'esm';
      }
      if (format !== 'esm' && format !== 'ts') {
        if (rec.imports !== undefined && format === '') checkImports(rec, rec.deps[i], resolved);
        continue;
      }
      const child = new Module(resolved, rec.module);
      child.filename = resolved;
      child.paths = Module._nodeModulePaths(dirname(resolved));
      Module._cache[resolved] = child;
      created.push(resolved);
      link(instantiate(child, resolved, format, source), created);
    }
    rec.status = 'linked';
  }

  // asyncGraph says whether rec or an ES module it imports (not yet
  // evaluated) uses top-level await.
  function markAsync(rec, seen) {
    if (seen.has(rec)) return rec.asyncGraph;
    seen.set(rec, true);
    let async = rec.tla;
    for (let i = 0; i < rec.resolved.length; i++) {
      const m = Module._cache[rec.resolved[i]];
      const child = m !== undefined ? records.get(m) : undefined;
      if (child !== undefined && child.status === 'linked' && markAsync(child, seen)) async = true;
    }
    rec.asyncGraph = async;
    return async;
  }

  function runBody(rec) {
    const module = rec.module;
    const require = function require(specifier) {
      return importFrom(specifier, module);
    };
    return ReflectApply(rec.fn, undefined,
      [module.exports, require, module, makeImportMeta(rec.filename, rec.url), dynamicImport]);
  }

  // failed forgets a module whose evaluation threw, as CommonJS does: a
  // later import evaluates it again. (Node keeps the error and rethrows
  // it; catching it here would move the throw site of uncaught errors
  // into this file.)
  function failed(rec) {
    rec.status = 'errored';
    if (Module._cache[rec.filename] === rec.module) delete Module._cache[rec.filename];
  }

  // evaluate runs a linked module: synchronously (returning undefined) or,
  // for an asynchronous graph, returning the promise of its completion.
  function evaluate(rec) {
    if (rec.status !== 'linked') return rec.promise; // running (a cycle) or done
    rec.status = 'evaluating';
    let ok = false;
    if (!rec.asyncGraph) {
      try {
        runBody(rec);
        ok = true;
      } finally {
        if (!ok) failed(rec);
      }
      rec.status = 'evaluated';
      rec.module.loaded = true;
      return undefined;
    }
    const waits = [];
    try {
      for (let i = 0; i < rec.resolved.length; i++) {
        const resolved = rec.resolved[i];
        if (resolved.startsWith('node:')) continue;
        const m = Module._cache[resolved];
        const child = m !== undefined ? records.get(m) : undefined;
        if (child !== undefined) {
          const p = evaluate(child);
          if (p !== undefined && child.status !== 'evaluated') waits.push(p);
        } else {
          const saved = importing;
          importing = true;
          try {
            Module._load(resolved, rec.module, false);
          } finally {
            importing = saved;
          }
        }
      }
      ok = true;
    } finally {
      if (!ok) failed(rec);
    }
    const run = () => runBody(rec);
    let p;
    if (waits.length === 0) {
      try {
        p = PromiseCtor.resolve(run());
      } catch (err) {
        p = PromiseCtor.reject(err);
      }
    } else {
      p = PromiseCtor.all(waits).then(run);
    }
    rec.promise = p.then(() => {
      rec.status = 'evaluated';
      rec.module.loaded = true;
    }, (err) => {
      failed(rec);
      throw err;
    });
    return rec.promise;
  }

  // loadESM runs module as the root of a graph: link, then evaluate. A
  // require() of an asynchronous graph is ERR_REQUIRE_ASYNC_MODULE before
  // anything runs.
  function loadESM(module, filename, format, source, url) {
    const requiredBy = importing ? undefined : moduleParentCache.get(module);
    const rec = instantiate(module, filename, format, source, url);
    const created = [];
    let linked = false;
    try {
      link(rec, created);
      linked = true;
    } finally {
      if (!linked) for (let i = 0; i < created.length; i++) delete Module._cache[created[i]];
    }
    let checked = false;
    try {
      checkGraph(rec);
      checked = true;
    } finally {
      if (!checked) {
        for (let i = 0; i < created.length; i++) delete Module._cache[created[i]];
        if (Module._cache[filename] === module) delete Module._cache[filename];
      }
    }
    if (markAsync(rec, new SafeWeakMap()) && requiredBy !== undefined && requiredBy !== null) {
      throw binding.requireAsyncError(filename, requiredBy.filename);
    }
    return evaluate(rec);
  }

  function loadCTS(module, filename) {
    const content = binding.readFile(filename);
    const fn = binding.transformModule(content, filename, 'cts');
    const require = makeRequireFunction(module);
    ReflectApply(fn, module.exports, [module.exports, require, module, filename, dirname(filename)]);
  }

  // load runs filename as an ES module or TypeScript when it is one, and
  // reports whether it did.
  function load(module, filename) {
    const format = binding.moduleFormat(filename);
    if (format === 'esm' || format === 'ts') {
      loadESM(module, filename, format);
      return true;
    }
    if (format === 'cts') {
      loadCTS(module, filename);
      return true;
    }
    return false;
  }

  // runMain runs an ES module entry point: it is not require.main. An
  // asynchronous graph's failure surfaces as its promise's rejection.
  function runMain(filename) {
    const module = new Module(filename, null);
    module.filename = filename;
    module.paths = Module._nodeModulePaths(dirname(filename));
    Module._cache[filename] = module;
    // A synchronous throw is not decorated: catching it here would move
    // its throw site, which the uncaught-error printer shows.
    let result;
    let ok = false;
    try {
      result = loadESM(module, filename, binding.moduleFormat(filename));
      ok = true;
    } finally {
      if (!ok) delete Module._cache[filename];
    }
    if (result === undefined) return result;
    return result.then(undefined, (err) => {
      throw decorateError(err, filename);
    });
  }

  // runSource runs source as an ES module whose imports resolve from
  // filename (--input-type=module with -e or stdin).
  function runSource(filename, source) {
    const module = new Module(filename, null);
    module.filename = filename;
    module.paths = Module._nodeModulePaths(dirname(filename));
    // Node names eval'd modules file://<cwd>/[evalN], brackets unescaped.
    return loadESM(module, filename, 'esm', source, 'file://' + filename);
  }

  // import() in CommonJS code, lowered by esbuild (compileDynamicImport
  // in esm_binding.go).
  binding.setDynamicImport(function importFromCommonJS(module, specifier) {
    return importFrom(specifier, module);
  }, dynamicImport);

  // loadSource runs a .js file detected as an ES module.
  function loadSource(module, filename, content) {
    loadESM(module, filename, 'esm', content);
  }

  const isNamespace = (obj) => recordOfNamespace.has(obj);
  return { load, runMain, runSource, loadSource, isNamespace };
}
