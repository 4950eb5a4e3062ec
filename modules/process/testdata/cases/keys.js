// process's own enumerable keys, in node's order. loadEnvFile is newer
// than v20.11; mainModule is set by the module loader.
const skip = new Set(['loadEnvFile', 'mainModule']);
console.log(Object.keys(process).filter((k) => !skip.has(k)).join('\n'));
console.log(Object.prototype.toString.call(process));
const d = Object.getOwnPropertyDescriptor(process, 'config');
console.log(d.writable, d.enumerable, d.configurable, Object.isFrozen(process.config));
console.log(typeof process.noDeprecation, typeof process.throwDeprecation);
console.log(Object.getOwnPropertyDescriptor(process, Symbol.toStringTag));
