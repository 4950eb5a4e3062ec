// The exported names of fs and fs/promises match node 20's.
const fs = require('fs');
console.log(Object.keys(fs).sort().join(' '));
console.log(Object.keys(fs.promises).sort().join(' '));
console.log(Object.getOwnPropertyNames(require('fs/promises').open.constructor.prototype).length);
