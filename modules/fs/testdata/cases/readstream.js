// fs.createReadStream: ranges, encodings, events order, bytesRead/path/pending, fd, autoClose, emitClose, custom fs, errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rs-'));
process.chdir(dir);
const data = Buffer.from('0123456789abcdefghijklmnopqrstuvwxyz€€€héllo wörld\n'.repeat(3));
fs.writeFileSync('f.txt', data);

function collect(name, s, done) {
  const ev = [];
  const chunks = [];
  for (const e of ['open', 'ready', 'end', 'close', 'pause', 'resume']) {
    s.on(e, (a) => ev.push(e + (e === 'open' ? ':' + typeof a : '')));
  }
  s.on('error', (e) => ev.push('error:' + e.code + ':' + e.syscall + ':' + e.message));
  s.on('data', (c) => { chunks.push(c); ev.push('data:' + (typeof c === 'string' ? 's' : 'b') + c.length); });
  s.on('close', () => {
    const all = chunks.length && typeof chunks[0] === 'string' ? chunks.join('') : Buffer.concat(chunks).toString('latin1');
    console.log(name, JSON.stringify(all), ev.join(' '), 'bytesRead=' + s.bytesRead);
    done && done();
  });
}

const steps = [
  (next) => {
    const s = fs.createReadStream('f.txt');
    console.log('pending', s.pending, s.path, s.fd, s.flags, s.mode, s.start, s.end, s.readableHighWaterMark, s.autoClose);
    collect('whole', s, next);
  },
  (next) => collect('range', fs.createReadStream('f.txt', { start: 3, end: 12 }), next),
  (next) => collect('start-only', fs.createReadStream('f.txt', { start: 140 }), next),
  (next) => collect('end0', fs.createReadStream('f.txt', { end: 0 }), next),
  (next) => collect('hwm', fs.createReadStream('f.txt', { highWaterMark: 7, start: 30, end: 52 }), next),
  (next) => collect('utf8-split', fs.createReadStream('f.txt', { highWaterMark: 5, encoding: 'utf8', start: 30, end: 60 }), next),
  (next) => collect('hex', fs.createReadStream('f.txt', 'hex'), next),
  (next) => collect('base64', fs.createReadStream('f.txt', { encoding: 'base64', end: 9 }), next),
  (next) => { const s = fs.createReadStream('f.txt', { end: 5 }); s.setEncoding('utf8'); collect('setEncoding', s, next); },
  (next) => collect('enoent', fs.createReadStream('nope.txt'), next),
  (next) => collect('eisdir', fs.createReadStream('.'), next),
  (next) => {
    const fd = fs.openSync('f.txt', 'r');
    const s = fs.createReadStream(null, { fd, start: 1, end: 4 });
    console.log('fd pending', s.pending, s.fd === fd, s.path);
    collect('fd', s, () => { try { fs.fstatSync(fd); console.log('fd still open'); } catch (e) { console.log('fd closed', e.code); } next(); });
  },
  (next) => {
    const fd = fs.openSync('f.txt', 'r');
    const s = fs.createReadStream('', { fd, autoClose: false, end: 2 });
    s.on('data', (c) => console.log('noauto data', c.toString()));
    s.on('end', () => {
      setTimeout(() => {
        console.log('noauto destroyed', s.destroyed, 'fd open', fs.fstatSync(fd).isFile());
        fs.closeSync(fd);
        next();
      }, 10);
    });
  },
  (next) => {
    const s = fs.createReadStream('f.txt', { emitClose: false, end: 3 });
    let closed = false;
    s.on('close', () => { closed = true; });
    s.resume();
    s.on('end', () => setTimeout(() => { console.log('emitClose false closed', closed, s.destroyed); next(); }, 20));
  },
  (next) => {
    const calls = [];
    const myfs = {
      open(p, f, m, cb) { calls.push('open:' + p + ':' + f); fs.open(p, f, m, cb); },
      read(fd, buf, off, len, pos, cb) { calls.push('read:' + len + ':' + pos); fs.read(fd, buf, off, len, pos, cb); },
      close(fd, cb) { calls.push('close'); fs.close(fd, cb); },
    };
    const s = fs.createReadStream('f.txt', { fs: myfs, start: 2, end: 5 });
    collect('customfs', s, () => { console.log(calls.join(' ')); next(); });
  },
  (next) => {
    const s = fs.ReadStream('f.txt', { end: 1 });
    console.log('no new', s instanceof fs.ReadStream, s instanceof require('stream').Readable);
    collect('nonew', s, next);
  },
  (next) => {
    const s = fs.createReadStream('f.txt');
    s.close((err) => { console.log('close cb', err && err.code, s.destroyed); next(); });
  },
  (next) => {
    const s = fs.createReadStream('f.txt', { highWaterMark: 10 });
    s.once('data', (c) => { console.log('destroy mid', c.length); s.destroy(); });
    s.on('close', () => { console.log('destroyed close', s.bytesRead); next(); });
  },
  (next) => {
    for (const o of [{ start: 'a' }, { start: -1 }, { end: -2 }, { start: 5, end: 2 }, { fd: 'x' }, { fs: { open: 1 } }, { highWaterMark: -1 }, 5, { encoding: 'nope' }]) {
      try { fs.createReadStream('f.txt', o); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
    }
    try { fs.createReadStream(123); } catch (e) { console.log(e.code, e.message); }
    next();
  },
  (next) => { fs.rmSync(dir, { recursive: true }); next(); },
];
let i = 0;
const run = () => { if (i < steps.length) steps[i++](run); };
run();
