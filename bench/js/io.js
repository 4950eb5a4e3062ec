// I/O benchmarks for `make bench` (issue 5): prints the milliseconds the
// measured part took. Usage: io.js <readfile|writefile|copy|gzip|gunzip|spawn>
// Input files are made once in the temp dir and shared by both runtimes;
// making them is not measured.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const MiB = 1024 * 1024;
const dir = path.join(os.tmpdir(), 'gorun-bench');
fs.mkdirSync(dir, { recursive: true });

// input returns the path of a file of size bytes: random bytes (raw), or
// text that compresses like logs do (text).
function input(name, size, text) {
  const file = path.join(dir, name);
  try {
    if (fs.statSync(file).size === size) return file;
  } catch {}
  const chunk = Buffer.alloc(MiB);
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 8;
  const words = ['GET', 'POST', '/api/users', '/index.html', '200', '404', 'ms', 'user', 'agent', 'Mozilla/5.0'];
  const fd = fs.openSync(file + '.tmp', 'w');
  for (let done = 0; done < size; done += MiB) {
    if (text) {
      let s = '';
      while (s.length < MiB) s += `${rand() % 100000} ${words[rand() % words.length]} ${words[rand() % words.length]} ${rand() % 1000}\n`;
      chunk.write(s.slice(0, MiB), 'latin1');
    } else {
      for (let i = 0; i < MiB; i += 4) chunk.writeUInt32LE(rand() * 7 >>> 0, i);
    }
    fs.writeSync(fd, chunk, 0, Math.min(MiB, size - done));
  }
  fs.closeSync(fd);
  fs.renameSync(file + '.tmp', file);
  return file;
}

const mode = process.argv[2];
let start;
const done = () => console.log((Number(process.hrtime.bigint() - start) / 1e6).toFixed(3));

switch (mode) {
  case 'readfile': {
    const file = input('256m.bin', 256 * MiB, false);
    start = process.hrtime.bigint();
    fs.readFile(file, (err, buf) => {
      if (err || buf.length !== 256 * MiB) throw err || new Error('short read');
      done();
    });
    break;
  }
  case 'writefile': {
    const data = Buffer.alloc(256 * MiB, 'gorun');
    const out = path.join(dir, `out-${process.pid}.bin`);
    start = process.hrtime.bigint();
    fs.writeFile(out, data, (err) => {
      if (err) throw err;
      done();
      fs.unlinkSync(out);
    });
    break;
  }
  case 'copy': {
    const file = input('256m.bin', 256 * MiB, false);
    const out = path.join(dir, `copy-${process.pid}.bin`);
    start = process.hrtime.bigint();
    fs.createReadStream(file).pipe(fs.createWriteStream(out)).on('finish', () => {
      done();
      if (fs.statSync(out).size !== 256 * MiB) throw new Error('short copy');
      fs.unlinkSync(out);
    });
    break;
  }
  case 'gzip':
  case 'gunzip': {
    const zlib = require('zlib');
    const text = fs.readFileSync(input('64m.txt', 64 * MiB, true));
    if (mode === 'gzip') {
      start = process.hrtime.bigint();
      zlib.gzip(text, (err) => {
        if (err) throw err;
        done();
      });
    } else {
      const gz = zlib.gzipSync(text);
      start = process.hrtime.bigint();
      zlib.gunzip(gz, (err, out) => {
        if (err || out.length !== text.length) throw err || new Error('bad gunzip');
        done();
      });
    }
    break;
  }
  case 'spawn': {
    const { spawn } = require('child_process');
    let left = 200;
    start = process.hrtime.bigint();
    (function next() {
      if (left-- === 0) return done();
      spawn('/bin/true').on('exit', next);
    })();
    break;
  }
  default:
    console.error(`io.js: unknown mode ${mode}`);
    process.exit(2);
}
