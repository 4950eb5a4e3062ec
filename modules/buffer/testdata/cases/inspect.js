'use strict';
const util = require('util');
const buffer = require('buffer');
console.log(Buffer.alloc(0), Buffer.from('abc'), [Buffer.from('x')], { b: Buffer.alloc(2) });
console.log(Buffer.alloc(51), Buffer.alloc(52));
const b = Buffer.from('hi');
b.foo = 1;
b[Symbol('s')] = 2;
console.log(b, util.inspect(b, { showHidden: true }));
Object.defineProperty(b, 'hidden', { value: 3, enumerable: false });
console.log(util.inspect(b, { showHidden: true }), util.inspect(b));
const e = Buffer.alloc(0);
e.x = 'y';
console.log(e);
buffer.INSPECT_MAX_BYTES = 2;
console.log(Buffer.from('abcd'), buffer.INSPECT_MAX_BYTES);
try { buffer.INSPECT_MAX_BYTES = -1; } catch (err) { console.log(err.code, err.message); }
buffer.INSPECT_MAX_BYTES = 50;
class Sub extends Buffer {}
console.log(util.inspect(Object.setPrototypeOf(Buffer.from('a'), Sub.prototype)));
console.log(b.inspect(), typeof b[util.inspect.custom]);
console.log(JSON.stringify(Buffer.from([1, 2, 3])), JSON.stringify(Buffer.alloc(0)), Buffer.from('ab').toJSON());
console.log(JSON.stringify({ data: Buffer.from('hi') }), Buffer.from(JSON.parse(JSON.stringify(Buffer.from('round')))).toString());
console.log(util.format('%s|%o', Buffer.from('ab'), Buffer.from('c')));
console.log([...Buffer.from('ab').entries()], [...Buffer.from('ab').keys()], [...Buffer.from('ab')]);
console.log(Buffer.from('abc').toLocaleString(), Buffer.from('x').reverse(), Buffer.from('abc').reverse());
console.log(util.inspect(new Uint8Array(3)), util.types.isUint8Array(Buffer.alloc(1)), util.isBuffer(Buffer.alloc(1)), util.isBuffer(new Uint8Array(1)));
console.log(Object.prototype.toString.call(Buffer.alloc(1)), Buffer.alloc(1)[Symbol.toStringTag]);
