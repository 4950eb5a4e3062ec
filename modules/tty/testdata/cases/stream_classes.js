// tty streams are stream classes: a WriteStream on the stdout pipe is a
// Writable (callbacks, end, 'finish', piping into it), a ReadStream on
// the stdin pipe reads it to 'end'.
'use strict';
const tty = require('tty');
const { Readable, Writable, PassThrough } = require('stream');

const out = new tty.WriteStream(1);
console.log(out instanceof Writable, out instanceof tty.WriteStream, out.writable, out.writableLength, out._type);
out.write('via write\n', () => console.log('write cb', out.writableLength));
const src = new PassThrough();
src.pipe(out, { end: false });
src.end('piped in\n');
src.on('end', () => {
  const input = tty.ReadStream(0);
  console.log(input instanceof Readable, input.readableHighWaterMark, input.isTTY);
  let got = '';
  input.setEncoding('utf8');
  input.on('data', (d) => { got += d; });
  input.on('end', () => {
    console.log('stdin end', JSON.stringify(got));
    out.on('finish', () => console.error('finish'));
    out.end('bye\n', () => console.error('end cb'));
  });
});
