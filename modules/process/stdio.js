// internal/process/stdio: process.stdin, process.stdout and
// process.stderr, made on first access as node makes them
// (lib/internal/bootstrap/switches/is_main_thread.js): a tty.WriteStream
// or tty.ReadStream on a terminal, a SyncWriteStream for files (and, until
// net.Socket exists, for pipes), a Readable over the descriptor for input.
// Writes are synchronous; reads run on a goroutine one chunk at a time,
// holding the loop only while the stream wants data.
'use strict';

let errors;
function lazyErrors() {
  errors ??= require('internal/errors');
  return errors;
}

// streamError is the error of a failed read or write on a pipe or
// terminal, worded as net's: `write EPIPE`.
function streamError(errno, syscall) {
  return new (lazyErrors().ErrnoException)(errno, syscall);
}

// readFromFd makes stream (a Readable) read fd: _read asks the binding for
// one chunk; a stream paused by pause() lets the program exit although a
// read is pending (libuv's readStop).
function readFromFd(stream, fd) {
  const { Buffer } = require('buffer');
  function onRead(errno, ab) {
    if (errno !== 0) {
      stream.destroy(streamError(errno, 'read'));
      return;
    }
    if (ab === null) {
      stream.push(null);
      return;
    }
    if (ab.byteLength === 0) {
      binding.read(fd, onRead);
      return;
    }
    stream.push(Buffer.from(ab));
  }
  // paused: pause() was called and nothing asked for data since. A read
  // the stream makes on its own then (read-ahead) holds no ref; one for a
  // 'readable' listener does.
  let paused = false;
  stream._read = function _read() {
    binding.setReading(fd, !paused || stream.listenerCount('readable') > 0);
    binding.read(fd, onRead);
  };
  // Node stops reading one tick after 'pause' unless the stream flows
  // again by then.
  stream.on('pause', () => {
    paused = true;
    process.nextTick(() => {
      if (!stream.readableFlowing) binding.setReading(fd, false);
    });
  });
  stream.on('resume', () => {
    paused = false;
    binding.setReading(fd, true);
  });
}

// A Writable's _destroy for stdout and stderr: destroying them reports
// the error and emits 'close' but never closes fds 1 and 2, and the
// stream stays usable.
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (this[kShut]) this._writableState.writable = false;
  if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
}

function createWritableStdioStream(fd) {
  let stream;
  switch (binding.handleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stream = new tty.WriteStream(fd);
      stream._type = 'tty';
      break;
    }
    case 'FILE': {
      const SyncWriteStream = require('internal/fs/sync_write_stream');
      stream = new SyncWriteStream(fd, { autoClose: false });
      stream._type = 'fs';
      break;
    }
    case 'PIPE': {
      // Node's is a net.Socket; writes to pipes are synchronous there too,
      // and failures read as net's (`write EPIPE`).
      const SyncWriteStream = require('internal/fs/sync_write_stream');
      stream = new SyncWriteStream(fd, { autoClose: false });
      stream._write = pipeWrite;
      stream._final = pipeShutdown;
      stream._type = 'pipe';
      break;
    }
    default: {
      // No usable descriptor: a black hole, as node's.
      const Writable = require('internal/streams/writable');
      stream = new Writable({ write(buf, enc, cb) { cb(); } });
    }
  }
  stream.fd = fd;
  stream._isStdio = true;
  // Strings go to the descriptor as they are: no Buffer per write.
  if (stream._writableState) stream._writableState.decodeStrings = false;
  stream.destroySoon = stream.destroy;
  stream._destroy = dummyDestroy;
  return stream;
}

// A pipe's end() shuts its write side, as net.Socket's does: later
// writes fail with EPIPE and the stream stays unwritable.
const kShut = Symbol('kShut');
function pipeShutdown(cb) {
  this[kShut] = true;
  cb();
}

function pipeWrite(chunk, encoding, cb) {
  if (this[kShut]) {
    cb(streamError(require('os').constants.errno.EPIPE * -1, 'write'));
    return false;
  }
  if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') {
    chunk = require('buffer').Buffer.from(chunk, encoding);
  }
  const errno = binding.write(this.fd, chunk);
  if (errno !== 0) {
    cb(streamError(errno, 'write'));
    return false;
  }
  cb();
  return true;
}

let stdout;
let stderr;
let stdin;

function getStdout() {
  if (stdout) return stdout;
  binding.claim(1);
  stdout = createWritableStdioStream(1);
  if (stdout.isTTY) process.on('SIGWINCH', () => stdout._refreshSize());
  return stdout;
}

function getStderr() {
  if (stderr) return stderr;
  binding.claim(2);
  stderr = createWritableStdioStream(2);
  if (stderr.isTTY) process.on('SIGWINCH', () => stderr._refreshSize());
  return stderr;
}

function getStdin() {
  if (stdin) return stdin;
  binding.claim(0);
  const type = binding.handleType(0);
  if (type === 'TTY') {
    const tty = require('tty');
    stdin = new tty.ReadStream(0);
  } else {
    const Readable = require('internal/streams/readable');
    if (type === 'UNKNOWN') {
      // Nothing to read: an empty stream, as node's.
      stdin = new Readable({ read() {} });
      stdin.push(null);
    } else {
      // A file is node's fs.ReadStream with autoClose: false, which never
      // destroys itself (no 'close' after 'end').
      const file = type === 'FILE';
      stdin = new Readable({ highWaterMark: file ? 64 * 1024 : undefined, autoDestroy: !file });
      readFromFd(stdin, 0);
    }
  }
  stdin.fd = 0;
  return stdin;
}

module.exports = {
  binding,
  getStderr,
  getStdin,
  getStdout,
  readFromFd,
  streamError,
};
