// process.stdout/stderr/stdin as streams on pipes: synchronous writes,
// callbacks, writableLength, end() shutting the pipe's write side (later
// writes fail with EPIPE), stdin reaching 'end' on an empty pipe.
'use strict';
const { Writable, Readable } = require('stream');
const out = process.stdout;
const err = process.stderr;
console.log(out instanceof Writable, err instanceof Writable, process.stdin instanceof Readable);
console.log(out.fd, err.fd, process.stdin.fd, out._isStdio, err._isStdio, out._type, out.isTTY, process.stdin.isTTY);
console.log(out.writable, out.writableLength, out.writableHighWaterMark, typeof out.destroySoon, out === process.stdout);
console.log(out.write('sync\n', () => console.log('write cb', out.writableLength)), out.writableLength);
out.write(Buffer.from('bytes\n'));
out.write(new Uint8Array([0x75, 0x38, 0x0a]));
out.write('bGF0aW4x\n', 'base64');
try { out.write(42); } catch (e) { console.log(e.code); }
out.cork();
out.write('corked\n');
console.log('corked length', out.writableLength);
out.uncork();
err.write('to stderr\n', () => err.write('stderr cb\n'));

const stdin = process.stdin;
stdin.setEncoding('utf8');
let got = '';
stdin.on('data', (d) => { got += d; });
stdin.on('end', () => {
  console.log('stdin end', JSON.stringify(got), stdin.readableEnded);
  out.on('finish', () => err.write('stdout finish\n'));
  out.end('last\n', () => {
    err.write(`end cb ${out.writable} ${out.destroyed}\n`);
    out.on('error', (e) => err.write(`stdout error ${e.code} ${e.syscall} ${e.message}\n`));
    out.write('after end\n', (e) => err.write(`after end cb ${e && e.code}\n`));
  });
});
