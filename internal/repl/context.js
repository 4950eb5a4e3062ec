// The REPL's additions to the global scope, as node's standalone REPL has
// them (it evaluates in the main context, useGlobal): `require` and
// `module` for a module named "repl" in the working directory, and every
// public built-in module as a lazily loaded global that the user may
// reassign (`fs`, `path`, `util`…).
(function (global, require, Module, replFile) {
  'use strict';
  const own = (name) => Object.prototype.hasOwnProperty.call(global, name);
  const hidden = (value) => ({ configurable: true, writable: true, enumerable: false, value });

  if (!own('require')) Object.defineProperty(global, 'require', hidden(require));
  if (typeof Module === 'function' && !own('module')) {
    try {
      const mod = new Module('<repl>');
      if (typeof Module._nodeModulePaths === 'function') {
        mod.paths = Module._nodeModulePaths(replFile).concat(Module.globalPaths || []);
      }
      Object.defineProperty(global, 'module', hidden(mod));
    } catch {
      // A partial module system: the REPL works without `module`.
    }
  }

  const names = Module && Array.isArray(Module.builtinModules) ? Module.builtinModules : [];
  for (const name of names) {
    // Like node: no `_stream_*` compatibility names, no subpaths
    // (`fs/promises`), and nothing that would shadow an existing global.
    if (name.startsWith('_') || name.includes('/') || own(name)) continue;
    // Assigning the name replaces the lazy accessor with a plain property,
    // so `fs = 1` works as if there had been no such global.
    const assign = (value) => {
      delete global[name];
      global[name] = value;
    };
    Object.defineProperty(global, name, {
      configurable: true,
      enumerable: false,
      get() {
        const exports = require(name);
        try {
          Object.defineProperty(global, name, {
            configurable: true, enumerable: false, get: () => exports, set: assign,
          });
        } catch {
          // Made non-configurable meanwhile: keep serving it lazily.
        }
        return exports;
      },
      set: assign,
    });
  }
})
