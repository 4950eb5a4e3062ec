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

  function cjsNamespace(exports) {
    if (exports === null || (typeof exports !== 'object' && typeof exports !== 'function')) {
      return { __proto__: null, __esModule: true, default: exports };
    }
    let ns = namespaces.get(exports);
    if (ns !== undefined) return ns;
    ns = { __proto__: null };
    ObjectDefineProperty(ns, '__esModule', { __proto__: null, value: true });
    ObjectDefineProperty(ns, 'default', { __proto__: null, value: exports, enumerable: true });
    // Node finds named exports with cjs-module-lexer, statically; the own
    // enumerable keys at import time are the approximation here. They
    // stay live, as the lexer's are.
    const keys = ObjectKeys(exports);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'default' || key === '__esModule') continue;
      ObjectDefineProperty(ns, key, { __proto__: null, enumerable: true, get() { return exports[key]; } });
    }
    namespaces.set(exports, ns);
    return ns;
  }

  // importFrom is `import`/`import()` of specifier in module parent: what
  // the transformed code's `require` does.
  function importFrom(specifier, parent) {
    specifier = StringCtor(specifier);
    const resolved = binding.esmResolve(specifier, parent.filename);
    if (resolved.startsWith('node:')) {
      return cjsNamespace(binding.requireBuiltin(resolved.slice(5)));
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
    return cjsNamespace(exports);
  }

  // dynamicImport is import(): the namespace, once the graph it belongs
  // to has finished evaluating.
  function dynamicImport(thunk) {
    return PromiseResolve().then(() => {
      const ns = thunk();
      const rec = recordOfNamespace.get(ns);
      if (rec !== undefined && rec.promise !== undefined) return rec.promise.then(() => ns);
      return ns;
    });
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
    const rec = {
      module, filename, url, fn: t.fn, deps: t.deps, resolved: [], tla: t.async,
      asyncGraph: false, status: 'new', promise: undefined,
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
      if (resolved.startsWith('node:') || Module._cache[resolved] !== undefined) continue;
      let format = binding.moduleFormat(resolved);
      let source;
      if (format === '' && resolved.endsWith('.js')) {
        // A .js file in an untyped scope may be detected as ESM.
        source = binding.readFile(resolved);
        if (binding.detectModule(source, resolved)) format = 'esm';
      }
      if (format !== 'esm' && format !== 'ts') continue;
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
    let ok = false;
    try {
      const result = loadESM(module, filename, binding.moduleFormat(filename));
      ok = true;
      return result;
    } finally {
      if (!ok) delete Module._cache[filename];
    }
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

  return { load, runMain, runSource, loadSource };
}
