'use strict';
// Records node's view of the error table for the Go tests:
//   node --expose-internals internal/nodeerr/testdata/gen.js
// writes messages.expected.json (each case of messages.js built by node),
// codes.expected.json (every code's class and alternates) and
// errno.expected.json (libuv's errno map and real fs errors).
const fs = require('fs');
const path = require('path');
const { codes } = require('internal/errors');
const util = require('util');

const cases = require('./messages.js');
const out = cases.map(([code, args]) => {
  const err = new codes[code](...args);
  const extra = {};
  for (const k of Object.keys(err)) {
    if (k !== 'code') extra[k] = typeof err[k] === 'object' && err[k] !== null ? util.format('%o', err[k]) : String(err[k]);
  }
  return {
    code, name: err.name, message: err.message, string: String(err),
    stack: err.stack.split('\n')[0], keys: Object.keys(err), extra,
  };
});
fs.writeFileSync(path.join(__dirname, 'messages.expected.json'), JSON.stringify(out, null, 1) + '\n');

const classes = {};
for (const code of Object.keys(codes).sort()) {
  const cls = codes[code];
  const base = Object.getPrototypeOf(cls).name === 'SystemError' ? 'SystemError' :
    [TypeError, RangeError, SyntaxError, URIError, Error].find((b) => cls.prototype instanceof b).name;
  const alts = ['TypeError', 'RangeError', 'Error'].filter((n) => typeof cls[n] === 'function');
  classes[code] = [base, alts];
}
fs.writeFileSync(path.join(__dirname, 'codes.expected.json'), JSON.stringify(classes, null, 1) + '\n');

const errmap = [...util.getSystemErrorMap()].map(([errno, [name, msg]]) => [errno, name, msg]);
function attempt(fn) {
  try {
    fn();
  } catch (e) {
    return { message: e.message, code: e.code, errno: e.errno, syscall: e.syscall, path: e.path, dest: e.dest, keys: Object.keys(e) };
  }
  throw new Error('expected a failure');
}
const fsErrors = {
  open: attempt(() => fs.openSync('/nonexistent-gorun/x', 'r')),
  mkdir: attempt(() => fs.mkdirSync('/')),
  rename: attempt(() => fs.renameSync('/nonexistent-gorun/a', '/nonexistent-gorun/b')),
  openDirForWrite: attempt(() => fs.openSync('/', 'w')),
  scandir: attempt(() => fs.readdirSync('/proc/self/status')),
  symlink: attempt(() => fs.symlinkSync('/tmp', '/')),
};
fs.writeFileSync(path.join(__dirname, 'errno.expected.json'),
                 JSON.stringify({ errmap, fs: fsErrors }, null, 1) + '\n');
const inspectCases = require('./inspect.js');
fs.writeFileSync(path.join(__dirname, 'inspect.expected.json'),
                 JSON.stringify(inspectCases.map((v) => [util.inspect(v), util.inspect(v, { depth: -1 })]), null, 1) + '\n');

console.log(`${out.length} messages, ${Object.keys(classes).length} codes, ${errmap.length} errnos`);
