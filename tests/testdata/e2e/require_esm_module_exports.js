// An ES module picks what require() returns by exporting the string name
// "module.exports" (node 20.19+); import() still sees the namespace.
const v = require('./lib/esm_module_exports.mjs');
console.log(typeof v, v(), require('./lib/esm_module_exports.mjs') === v);
console.log(require('./lib/esm_plain.mjs'));
import('./lib/esm_module_exports.mjs').then((ns) => console.log(Object.keys(ns), ns.default === v, ns.other));
