// Node's tty module: https://nodejs.org/api/tty.html
//
// ReadStream and WriteStream are functions callable with or without
// `new`, as Node's are. Until net.Socket exists they sit on Readable and
// Writable: WriteStream writes synchronously to its fd, ReadStream reads
// it on a goroutine while it wants data and switches raw mode.
'use strict';

const { Buffer } = require('buffer');

// The fd lives under a symbol: Node's tty streams (net.Socket) have no
// `fd` property of their own.
const kFd = Symbol('fd');

let errors;
function lazyErrors() {
  if (errors === undefined) errors = require('internal/errors');
  return errors;
}
function codes() {
  return lazyErrors().codes;
}

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.isatty(fd);
}

// openFd validates fd and checks that a TTY handle could wrap it.
function openFd(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new (codes().ERR_INVALID_FD)(fd);
  const ctx = {};
  if (!binding.init(fd, ctx)) throw new (codes().ERR_TTY_INIT_FAILED)(ctx);
}

// -------------------------------------------------------------- colors

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

// TERM values with known depth (from dircolors, as Node's table).
const termDepths = {
  __proto__: null,
  eterm: COLORS_16,
  cons25: COLORS_16,
  console: COLORS_16,
  cygwin: COLORS_16,
  dtterm: COLORS_16,
  gnome: COLORS_16,
  hurd: COLORS_16,
  jfbterm: COLORS_16,
  konsole: COLORS_16,
  kterm: COLORS_16,
  mlterm: COLORS_16,
  mosh: COLORS_16m,
  putty: COLORS_16,
  st: COLORS_16,
  'rxvt-unicode-24bit': COLORS_16m,
  terminator: COLORS_16m,
};
const term16 = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/];
const ciNames = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];
const forced = { __proto__: null, '': COLORS_16, 1: COLORS_16, true: COLORS_16, 2: COLORS_256, 3: COLORS_16m };

let warnedForced = false;
// warnIgnored tells once that FORCE_COLOR overrides the variables that
// turn colors off.
function warnIgnored(env) {
  if (warnedForced) return;
  const names = [];
  if (env.NODE_DISABLE_COLORS !== undefined) names.push('NODE_DISABLE_COLORS');
  if (env.NO_COLOR !== undefined) names.push('NO_COLOR');
  if (names.length === 0) return;
  process.emitWarning(`The '${names.join("' and '")}' env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
  warnedForced = true;
}

// colorDepth guesses the terminal's color support from env, by Node's
// rules (which follow chalk's supports-color).
function colorDepth(env) {
  if (env.FORCE_COLOR !== undefined) {
    const depth = forced[env.FORCE_COLOR];
    if (depth === undefined) return COLORS_2;
    warnIgnored(env);
    return depth;
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return COLORS_2;
  if (process.platform === 'win32') {
    const [major, , build] = require('os').release().split('.');
    if (+major >= 10) {
      if (+build >= 14931) return COLORS_16m;
      if (+build >= 10586) return COLORS_256;
    }
    return COLORS_16;
  }
  if (env.TMUX) return COLORS_256;
  if (env.CI) {
    return ciNames.some((name) => name in env) || env.CI_NAME === 'codeship' ? COLORS_256 : COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? COLORS_256 : COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const name = env.TERM.toLowerCase();
    if (termDepths[name]) return termDepths[name];
    if (term16.some((re) => re.test(name))) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

// ------------------------------------------------------------- cursor

// The control sequences readline writes (ECMA-48 CSI).
const CSI = '\x1b[';

function validateCallback(cb) {
  if (cb !== undefined && typeof cb !== 'function') lazyErrors().validateFunction(cb, 'callback');
}
function nothingToWrite(cb) {
  if (typeof cb === 'function') process.nextTick(cb, null);
  return true;
}

// ---------------------------------------------------------- WriteStream

// Node's tty streams are net.Sockets; here WriteStream is a Writable and
// ReadStream a Readable over the same descriptor primitives as
// process.stdio (internal/process/stdio). Writes are synchronous, as
// libuv makes them on terminals.
const Writable = require('internal/streams/writable');
const Readable = require('internal/streams/readable');
const stdio = require('internal/process/stdio');

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  openFd(fd);
  Writable.call(this, { decodeStrings: false });
  this[kFd] = fd;
  const size = binding.windowSize(fd);
  if (size !== undefined) {
    this.columns = size[0];
    this.rows = size[1];
  }
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

WriteStream.prototype._write = function _write(chunk, encoding, cb) {
  if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') {
    chunk = Buffer.from(chunk, encoding);
  }
  const errno = stdio.binding.write(this[kFd], chunk);
  if (errno !== 0) {
    cb(stdio.streamError(errno, 'write'));
    return;
  }
  cb();
};

WriteStream.prototype.isTTY = true;

WriteStream.prototype.getColorDepth = function getColorDepth(env = process.env) {
  return colorDepth(env);
};

WriteStream.prototype.hasColors = function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    lazyErrors().validateInteger(count, 'count', 2);
  }
  return count <= 2 ** colorDepth(env === undefined ? process.env : env);
};

// _refreshSize re-reads the window size and emits 'resize' on a change.
WriteStream.prototype._refreshSize = function _refreshSize() {
  const size = binding.windowSize(this[kFd]);
  if (size === undefined) return;
  const [columns, rows] = size;
  if (this.columns !== columns || this.rows !== rows) {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
};

WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

WriteStream.prototype.cursorTo = function cursorTo(x, y, cb) {
  validateCallback(cb);
  if (typeof y === 'function') {
    cb = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new (codes().ERR_INVALID_ARG_VALUE)('x', x);
  if (Number.isNaN(y)) throw new (codes().ERR_INVALID_ARG_VALUE)('y', y);
  if (typeof x !== 'number' && typeof y !== 'number') return nothingToWrite(cb);
  if (typeof x !== 'number') throw new (codes().ERR_INVALID_CURSOR_POS)();
  return this.write(typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`, cb);
};

WriteStream.prototype.moveCursor = function moveCursor(dx, dy, cb) {
  validateCallback(cb);
  if (!(dx || dy)) return nothingToWrite(cb);
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return this.write(data, cb);
};

WriteStream.prototype.clearLine = function clearLine(dir, cb) {
  validateCallback(cb);
  let data = `${CSI}2K`;
  if (dir < 0) data = `${CSI}1K`;
  else if (dir > 0) data = `${CSI}0K`;
  return this.write(data, cb);
};

WriteStream.prototype.clearScreenDown = function clearScreenDown(cb) {
  validateCallback(cb);
  return this.write(`${CSI}0J`, cb);
};

// ----------------------------------------------------------- ReadStream

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  openFd(fd);
  // A terminal is read only when someone wants data (no read-ahead).
  Readable.call(this, { highWaterMark: 0, ...options });
  this[kFd] = fd;
  this.isRaw = false;
  this.isTTY = true;
  stdio.readFromFd(this, fd);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

// Streams in raw mode; node resets the terminal at exit (libuv's
// uv_tty_reset_mode), which gorun does from process 'exit' while any is
// raw: the runtime has no exit hook for modules yet.
const rawStreams = new Set();
function restoreAtExit() {
  for (const stream of rawStreams) binding.setRawMode(stream[kFd], false);
  rawStreams.clear();
}

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = !!flag;
  const err = binding.setRawMode(this[kFd], flag);
  if (err !== undefined) {
    this.emit('error', err);
    return this;
  }
  this.isRaw = flag;
  if (flag && !rawStreams.has(this)) {
    if (rawStreams.size === 0) process.on('exit', restoreAtExit);
    rawStreams.add(this);
  } else if (!flag && rawStreams.delete(this) && rawStreams.size === 0) {
    process.removeListener('exit', restoreAtExit);
  }
  return this;
};

module.exports = { isatty, ReadStream, WriteStream };
