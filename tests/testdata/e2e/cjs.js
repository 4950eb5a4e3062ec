// CommonJS as node runs it: relative files, directories, JSON, node_modules,
// cycles, the cache, require.main and the module built-in.
const a = require('./lib/a');
console.log('a.value', a.value, 'b saw partial a:', a.bSawA);
console.log(require('./lib/data.json'), require('./lib').fromIndex);
console.log(require('./lib/user').dep);
console.log(require.main === module, module.id, typeof module.paths[0], __filename.endsWith('cjs.js'));
const resolved = require.resolve('./lib/a');
delete require.cache[resolved];
console.log('reloaded', require('./lib/a') !== a);
const { builtinModules, isBuiltin, createRequire } = require('module');
console.log(builtinModules.includes('events'), isBuiltin('node:timers'), isBuiltin('nope'));
console.log(createRequire(__filename)('./lib/data.json').name);
try { require('./lib/missing'); } catch (e) { console.log(e.code, e.message.split('\n')[0], e.requireStack.length); }
console.log(require('node:events') === require('events'));
