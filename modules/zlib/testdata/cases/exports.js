// The module's surface: names, constants, codes, legacy constants, crc32.
'use strict';
const zlib = require('zlib');
console.log(Object.keys(zlib).join(' '));
console.log(Object.keys(zlib.constants).length, Object.getPrototypeOf(zlib.constants), Object.isFrozen(zlib.constants));
console.log(JSON.stringify(zlib.constants));
console.log(zlib.codes);
console.log(Object.getOwnPropertyDescriptor(zlib, 'Z_OK'), zlib.Z_FINISH, zlib.Z_DEFAULT_CHUNK, zlib.BROTLI_DECODE, zlib.DEFLATE);
console.log(Object.getOwnPropertyDescriptor(zlib, 'constants').writable, Object.getOwnPropertyDescriptor(zlib, 'codes').configurable);
console.log(zlib.crc32('hello'), zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32(Buffer.from('hello world')),
  zlib.crc32(new Uint16Array([1, 2, 3])), zlib.crc32(''), zlib.crc32('✓'));
console.log(require('node:zlib') === zlib);
