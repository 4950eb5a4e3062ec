'use strict';
// The per-chunk paths of ReadStream and WriteStream: chunk sizes across
// ranges, short and EAGAIN writes through a custom fs (the retry path),
// synchronous custom callbacks, positional writes, destroy during a write,
// and async errors carrying no JS frames.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorun-hot-'));
const file = (n) => path.join(dir, n);
const big = Buffer.alloc(200 * 1024);
for (let i = 0; i < big.length; i++) big[i] = (i * 7) & 255;
fs.writeFileSync(file('src'), big);

const steps = [
  (next) => {
    const sizes = [];
    fs.createReadStream(file('src'), { start: 1000, end: 150000 })
      .on('data', (c) => sizes.push(c.length))
      .on('end', () => { console.log('range sizes', sizes.join(' ')); next(); });
  },
  (next) => {
    const sizes = [];
    const r = fs.createReadStream(file('src'), { highWaterMark: 70000 });
    r.on('data', (c) => sizes.push(c.length)).on('close', () => {
      console.log('hwm sizes', sizes.join(' '), r.bytesRead); next();
    });
  },
  (next) => {
    // At most 3 bytes per write, and one EAGAIN: the stream retries.
    const calls = [];
    let again = true;
    const myfs = {
      open: fs.open,
      close: fs.close,
      write(fd, buf, off, len, pos, cb) {
        if (again && calls.length === 2) {
          again = false;
          calls.push('EAGAIN');
          const e = new Error('try again');
          e.code = 'EAGAIN';
          return setImmediate(() => cb(e, 0, buf));
        }
        const n = Math.min(3, len);
        calls.push(`${len}@${pos}`);
        fs.write(fd, buf, off, n, pos, cb);
      },
    };
    const s = fs.createWriteStream(file('short'), { fs: myfs, start: 0 });
    s.write('hello ');
    s.write(Buffer.from('world'));
    s.end('!', () => {
      console.log('short writes', calls.join(' '), s.bytesWritten, JSON.stringify(fs.readFileSync(file('short'), 'utf8')));
      next();
    });
  },
  (next) => {
    // A custom write that calls back synchronously.
    const myfs = {
      open: fs.open,
      close: fs.close,
      write(fd, buf, off, len, pos, cb) { cb(null, fs.writeSync(fd, buf, off, len, pos), buf); },
    };
    const s = fs.createWriteStream(file('sync'), { fs: myfs });
    const order = [];
    for (let i = 0; i < 4; i++) order.push('w' + i + ':' + s.write('x' + i, () => order.push('cb' + i)));
    s.on('drain', () => order.push('drain'));
    s.end(() => {
      console.log('sync fs', order.join(' '), fs.readFileSync(file('sync'), 'utf8'));
      next();
    });
  },
  (next) => {
    // Positional: the second stream overwrites the middle of the file.
    fs.writeFileSync(file('pos'), 'abcdefghij');
    const s = fs.createWriteStream(file('pos'), { flags: 'r+', start: 3 });
    s.write('XY');
    s.write('Z');
    s.end(() => { console.log('positional', fs.readFileSync(file('pos'), 'utf8'), s.bytesWritten, s.pos); next(); });
  },
  (next) => {
    // Destroyed while a write is in flight: the descriptor closes after it.
    const s = fs.createWriteStream(file('destroyed'));
    s.on('open', () => {
      s.write(big, (err) => console.log('write cb', err && err.code));
      s.destroy();
      s.on('close', () => { console.log('closed after write', s.destroyed, s.writableFinished); next(); });
    });
  },
  (next) => {
    // A copy through pipe, as the benchmark makes it.
    fs.createReadStream(file('src')).pipe(fs.createWriteStream(file('copy'))).on('finish', () => {
      console.log('copy equal', fs.readFileSync(file('copy')).equals(big));
      next();
    });
  },
  (next) => {
    fs.open(file('missing'), 'r', (err) => {
      console.log('async error stack', JSON.stringify(err.stack.split(dir).join('<tmp>')));
      fs.createReadStream(file('missing')).on('error', (e) => {
        console.log('stream error stack', JSON.stringify(e.stack.split(dir).join('<tmp>')));
        next();
      });
    });
  },
  (next) => { fs.rmSync(dir, { recursive: true }); next(); },
];
let i = 0;
const run = () => { if (i < steps.length) steps[i++](run); };
run();
