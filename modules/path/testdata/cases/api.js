// The module's shape, its cross-links, argument errors and the cwd that
// resolve reads at call time.
'use strict';
const path = require('path');
const os = require('path');

console.log(Object.keys(path).join(','));
console.log(path === os, path.posix === path, path.win32.posix === path);
console.log(require('path/posix') === path.posix, require('node:path/win32') === path.win32);
console.log(path.sep, path.delimiter, path.win32.sep, path.win32.delimiter);
console.log(path._makeLong === path.toNamespacedPath, path.win32._makeLong === path.win32.toNamespacedPath);

function show(fn) {
  try {
    console.log(fn());
  } catch (e) {
    console.log(`${e.name} ${e.code}: ${e.message}`);
  }
}
show(() => path.join('a', 1));
show(() => path.resolve('a', null));
show(() => path.relative('a', {}));
show(() => path.basename('a', 5));
show(() => path.format(null));
show(() => path.win32.format('x'));
show(() => path.win32.toNamespacedPath(7));
show(() => path.format({ root: '/', dir: '/x', name: 'f', ext: 'txt' }));
show(() => path.win32.format({ root: 'C:\\', name: 'f', ext: '.txt' }));

const start = process.cwd();
process.chdir('..');
console.log(path.relative(start, path.resolve('x')));
console.log(path.resolve() === process.cwd(), path.win32.resolve('y').endsWith('\\y'));
process.chdir(start);
console.log(path.resolve('') === start);

// Lone surrogates pass through untouched (the scans work on UTF-16 units).
const units = (s) => Array.from(s, (c) => c.charCodeAt(0).toString(16)).join(' ');
console.log(units(path.join('\ud800', 'x\udc00')), units(path.win32.parse('C:\\\ud83d.\ude00').ext));
console.log(units(path.resolve('/\udfff/../\ud800')), units(path.basename('a/\ud800\ud800', '\ud800')));
