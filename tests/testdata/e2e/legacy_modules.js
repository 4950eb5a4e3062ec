// The deprecated alias modules: constants (frozen merge of os, fs and
// crypto constants) and sys (util, with DEP0025 on first require).
const c = require('constants');
const crypto = require('crypto');
console.log(Object.keys(c).length, Object.isFrozen(c), c.O_RDONLY, c.SIGINT, c.ENOENT, c.RTLD_LAZY, 'defaultCipherList' in c,
  c.defaultCoreCipherList === crypto.constants.defaultCoreCipherList);
// The default printer names the binary (node/gorun); print the warning here.
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
console.log(require('sys') === require('util'));
require('sys');
