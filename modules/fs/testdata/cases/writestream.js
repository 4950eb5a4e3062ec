// fs.createWriteStream: writes, strings and encodings, flags and start, events order, bytesWritten, close/destroy, writev, flush, fd, custom fs, errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ws-'));
process.chdir(dir);

function track(name, s, done) {
  const ev = [];
  for (const e of ['open', 'ready', 'finish', 'close', 'drain']) s.on(e, (a) => ev.push(e + (e === 'open' ? ':' + typeof a : '')));
  s.on('error', (e) => ev.push('error:' + e.code + ':' + e.syscall + ':' + e.message));
  s.on('close', () => {
    let content;
    try { content = JSON.stringify(fs.readFileSync(s.path || 'fd.txt', 'latin1')); } catch (e) { content = e.code; }
    console.log(name, content, ev.join(' '), 'bytesWritten=' + s.bytesWritten, 'pending=' + s.pending);
    done && done();
  });
}

const steps = [
  (next) => {
    const s = fs.createWriteStream('a.txt');
    console.log('pending', s.pending, s.path, s.fd, s.flags, s.mode, s.start, s.writableHighWaterMark, s.autoClose, s.flush);
    track('basic', s, next);
    console.log('write ret', s.write('hello '), s.write(Buffer.from('world')), s.write(new Uint8Array([33])));
    s.end('\n', () => console.log('end cb'));
  },
  (next) => {
    const s = fs.createWriteStream('a.txt', { flags: 'a', encoding: 'hex' });
    track('append-hex', s, next);
    s.write('414243');
    s.write('foo', 'utf8');
    s.end();
  },
  (next) => {
    const s = fs.createWriteStream('a.txt', { flags: 'r+', start: 2 });
    track('start', s, next);
    s.end('XY');
  },
  (next) => {
    const s = fs.createWriteStream('b.txt', { highWaterMark: 4 });
    track('hwm', s, next);
    console.log('over hwm', s.write('12345'), s.writableLength, s.writableNeedDrain);
    s.once('drain', () => { s.write('6'); s.end(); });
  },
  (next) => {
    const s = fs.createWriteStream('c.txt');
    track('cork', s, next);
    s.cork();
    s.write('a'); s.write('b'); s.write('c');
    process.nextTick(() => { s.uncork(); s.end('d'); });
  },
  (next) => {
    const s = fs.createWriteStream('d.txt', { flush: true });
    track('flush', s, next);
    s.end('flushed');
  },
  (next) => {
    const s = fs.createWriteStream('nodir/x.txt');
    track('enoent', s, next);
    s.write('x', (err) => console.log('write cb err', err && err.code));
  },
  (next) => {
    const s = fs.createWriteStream('.');
    track('eisdir', s, next);
  },
  (next) => {
    const s = fs.createWriteStream('e.txt', { flags: 'wx' });
    s.end('first', () => {
      const s2 = fs.createWriteStream('e.txt', { flags: 'wx' });
      track('eexist', s2, next);
    });
  },
  (next) => {
    const fd = fs.openSync('fd.txt', 'w');
    const s = fs.createWriteStream(null, { fd });
    console.log('fd pending', s.pending, s.path, s.fd === fd);
    track('fd', s, () => { try { fs.fstatSync(fd); console.log('fd open'); } catch (e) { console.log('fd closed', e.code); } next(); });
    s.end('via fd');
  },
  (next) => {
    const fd = fs.openSync('fd.txt', 'w');
    const s = fs.createWriteStream(null, { fd, autoClose: false });
    s.end('noauto', () => setTimeout(() => {
      console.log('noauto', s.destroyed, fs.fstatSync(fd).size, fs.readFileSync('fd.txt', 'utf8'));
      fs.closeSync(fd);
      next();
    }, 10));
  },
  (next) => {
    const calls = [];
    const myfs = {
      open(p, f, m, cb) { calls.push('open:' + f); fs.open(p, f, m, cb); },
      write(fd, buf, off, len, pos, cb) { calls.push('write:' + len + ':' + pos); fs.write(fd, buf, off, len, pos, cb); },
      close(fd, cb) { calls.push('close'); fs.close(fd, cb); },
    };
    const s = fs.createWriteStream('f.txt', { fs: myfs });
    track('customfs', s, () => { console.log(calls.join(' ')); next(); });
    s.write('ab');
    s.end('cd');
  },
  (next) => {
    const calls = [];
    const myfs = {
      open: fs.open,
      writev(fd, bufs, pos, cb) { calls.push('writev:' + bufs.length + ':' + pos); fs.writev(fd, bufs, pos, cb); },
      close: fs.close,
    };
    const s = fs.createWriteStream('g.txt', { fs: myfs, start: 0, flags: 'w' });
    track('customwritev', s, () => { console.log(calls.join(' ')); next(); });
    s.write('x');
    s.write('y');
    s.end('z');
  },
  (next) => {
    const s = fs.WriteStream('h.txt');
    console.log('no new', s instanceof fs.WriteStream, s instanceof require('stream').Writable);
    s.write('data');
    s.close((err) => { console.log('close cb', err, fs.readFileSync('h.txt', 'utf8'), s.closed); s.close(() => { console.log('second close cb'); next(); }); });
  },
  (next) => {
    const s = fs.createWriteStream('i.txt');
    s.on('open', () => {
      s.destroy();
      s.on('close', () => { console.log('destroyed', s.destroyed, s.fd); next(); });
    });
  },
  (next) => {
    const s = fs.createWriteStream('j.txt');
    s.destroySoon('soon');
    s.on('close', () => { console.log('destroySoon', fs.readFileSync('j.txt', 'utf8')); next(); });
  },
  (next) => {
    for (const o of [{ start: -1 }, { start: 'x' }, { fd: {} }, { fs: { open: fs.open, write: 1 } }, { fs: { open: fs.open } }, { flush: 'yes' }, { flags: 'q' }]) {
      try { const s = fs.createWriteStream('k.txt', o); console.log('no throw'); s.on('error', (e) => console.log('async', e.code)); } catch (e) { console.log(e.name, e.code, e.message); }
    }
    setTimeout(next, 20);
  },
  (next) => { fs.rmSync(dir, { recursive: true }); next(); },
];
let i = 0;
const run = () => { if (i < steps.length) steps[i++](run); };
run();
