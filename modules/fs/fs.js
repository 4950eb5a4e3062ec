// node:fs — the callback and *Sync forms. Every function normalises its
// arguments as node does and calls one binding function, passing either
// undefined (synchronous: the binding throws node's error) or a callback
// (the work runs on the worker pool). See binding.go.
'use strict';

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_FS_INVALID_SYMLINK_TYPE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  validateBoolean, validateEncoding, validateFunction, validateInteger, validateObject, validateString,
  parseFileMode,
} = require('internal/validators');
const u = require('internal/fs/utils');
const {
  getValidatedPath: vpath, getValidatedFd: vfd, getOptions, makeCallback, stringToFlags,
  getStats, readdirResult, toData, toUnixTimestamp, encode, checkAborted,
  checkBuffer, checkOffsetLengthRead, checkOffsetLengthWrite, checkPosition, warnRmdirRecursive,
} = u;

const constants = u.constants;
const { F_OK } = constants;

// run calls binding[name] synchronously (cb undefined) or with a
// callback that receives map(value).
function run(name, args, cb, map) {
  if (cb === undefined) {
    const v = binding[name](...args, undefined);
    return map ? map(v) : v;
  }
  binding[name](...args, map ? (err, v) => (err ? cb(err) : cb(null, map(v))) : cb);
}

// lastCallback peels node's optional-arguments-then-callback convention.
function optsAndCb(options, cb) {
  if (typeof options === 'function') return [undefined, options];
  return [options, makeCallback(cb)];
}

function isFd(v) { return typeof v === 'number'; }

// ---- open / close / read / write ----

function openArgs(path, flags, mode) {
  return [vpath(path), stringToFlags(flags), parseFileMode(mode, 'mode', 0o666)];
}
function open(path, flags, mode, cb) {
  if (typeof flags === 'function') { cb = flags; flags = undefined; mode = undefined; } else if (typeof mode === 'function') { cb = mode; mode = undefined; }
  const args = openArgs(path, flags, mode);
  run('open', args, makeCallback(cb));
}
function openSync(path, flags, mode) { return run('open', openArgs(path, flags, mode)); }

function close(fd, cb = () => {}) {
  vfd(fd);
  if (cb !== undefined) validateFunction(cb, 'cb');
  run('close', [fd], cb);
}
function closeSync(fd) { run('close', [vfd(fd)]); }

// readTail finishes read/readSync's checks in node's order (lib/fs.js):
// a zero length short-circuits before the buffer and range checks.
// It returns null for "nothing to read", else the binding's arguments.
function readTail(fd, buffer, offset, length, position) {
  length |= 0;
  if (length === 0) return null;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  checkOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  position = checkPosition(position, 'position');
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return [fd, bytes, offset, length, position];
}

function read(fd, buffer, offsetOrOptions, length, position, cb) {
  vfd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // read(fd, buffer, options, cb)
      validateObject(offsetOrOptions, 'options', { nullable: true });
      cb = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // read(fd, bufferOrParams, cb)
      if (!ArrayBuffer.isView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? {});
      }
      cb = offsetOrOptions;
    } else {
      cb = buffer;
      buffer = Buffer.alloc(16384);
    }
    if (params !== undefined) validateObject(params, 'options', { nullable: true });
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? {});
  }
  checkBuffer(buffer);
  validateFunction(cb, 'cb');
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  const a = readTail(fd, buffer, offset, length, position);
  if (a === null) return process.nextTick(cb, null, 0, buffer);
  run('read', a, (err, n) => (err ? cb(err) : cb(null, n, buffer)));
}
function readSync(fd, buffer, offsetOrOptions, length, position) {
  vfd(fd);
  checkBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', { nullable: true });
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  const a = readTail(fd, buffer, offset, length, position);
  if (a === null) return 0;
  return run('read', a);
}

// bufferWriteArgs resolves write/writeSync's buffer overloads the way
// node does: non-number length and position fall back to their defaults.
function bufferWriteArgs(fd, data, offset, length, position) {
  if (typeof offset === 'object') {
    ({ offset = 0, length = data.byteLength - offset, position = null } = offset ?? {});
  }
  if (offset == null || typeof offset === 'function') {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  if (typeof length !== 'number') length = data.byteLength - offset;
  if (typeof position !== 'number') position = -1;
  checkOffsetLengthWrite(offset, length, data.byteLength);
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return [fd, bytes, offset, length, position];
}

function stringBytes(data, encoding) {
  if (typeof data !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  validateEncoding(data, encoding);
  return Buffer.from(data, typeof encoding === 'string' ? encoding : 'utf8');
}

function write(fd, data, offset, length, position, cb) {
  vfd(fd);
  if (ArrayBuffer.isView(data)) {
    cb = makeCallback(cb || position || length || offset);
    const a = bufferWriteArgs(fd, data, offset, length, position);
    run('write', a, (err, n) => cb(err, n || 0, data));
    return;
  }
  // write(fd, string[, position[, encoding]], cb)
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const bytes = stringBytes(data, length);
  cb = makeCallback(position);
  const pos = typeof offset === 'number' ? offset : -1;
  run('write', [fd, bytes, 0, bytes.length, pos], (err, n) => cb(err, n || 0, data));
}
function writeSync(fd, data, offset, length, position) {
  vfd(fd);
  if (ArrayBuffer.isView(data)) {
    return run('write', bufferWriteArgs(fd, data, offset, length, position));
  }
  const bytes = stringBytes(data, length);
  const pos = typeof offset === 'number' ? offset : -1;
  return run('write', [fd, bytes, 0, bytes.length, pos]);
}

// vecArgs checks readv/writev's buffers and position.
function vecArgs(fd, buffers, position) {
  vfd(fd);
  if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
    throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
  const views = buffers.map((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
  return [fd, views, typeof position === 'number' ? position : -1];
}
function vecFn(name) {
  const fn = function (fd, buffers, position, cb) {
    if (typeof position === 'function') { cb = position; position = null; }
    const a = vecArgs(fd, buffers, position);
    cb = makeCallback(cb);
    run(name, a, (err, n) => (err ? cb(err) : cb(null, n, buffers)));
  };
  Object.defineProperty(fn, Symbol.for('gorun.util.promisify.customArgs'), {
    value: [name === 'readv' ? 'bytesRead' : 'bytesWritten', 'buffers'],
  });
  const sync = (fd, buffers, position) => run(name, vecArgs(fd, buffers, position));
  return [fn, sync];
}
const [readv, readvSync] = vecFn('readv');
const [writev, writevSync] = vecFn('writev');

// ---- whole files ----

function readFileArgs(path, options) {
  const o = getOptions(options, { flag: 'r' });
  const fd = isFd(path);
  return [[fd ? String(vfd(path)) : vpath(path), fd, stringToFlags(o.flag)], o];
}
function decodeFile(ab, o) {
  const buf = Buffer.from(ab);
  return o.encoding && o.encoding !== 'buffer' ? buf.toString(o.encoding) : buf;
}
function readFile(path, options, cb) {
  [options, cb] = optsAndCb(options, cb);
  const [a, o] = readFileArgs(path, options);
  if (o.signal && o.signal.aborted) {
    try { checkAborted(o.signal); } catch (e) { return process.nextTick(cb, e); }
  }
  run('readFile', a, (err, ab) => {
    if (err) return cb(err);
    if (o.signal && o.signal.aborted) {
      try { checkAborted(o.signal); } catch (e) { return cb(e); }
    }
    cb(null, decodeFile(ab, o));
  });
}
function readFileSync(path, options) {
  const [a, o] = readFileArgs(path, options);
  return decodeFile(run('readFile', a), o);
}

function writeFileArgs(path, data, options, flag) {
  const o = getOptions(options, { encoding: 'utf8', mode: 0o666, flag });
  const fd = isFd(path);
  o.flush ??= false;
  validateBoolean(o.flush, 'options.flush');
  const bytes = toData(data, o.encoding);
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [[fd ? String(vfd(path)) : vpath(path), fd, view, stringToFlags(o.flag || flag), parseFileMode(o.mode, 'mode', 0o666)], o];
}
function writeFileWith(flag) {
  return function (path, data, options, cb) {
    [options, cb] = optsAndCb(options, cb);
    const [a, o] = writeFileArgs(path, data, options, flag);
    try { checkAborted(o.signal); } catch (e) { return process.nextTick(cb, e); }
    if (!o.signal && !o.flush) return run('writeFile', a, (err) => cb(err || null));
    // With a signal or flush, node opens the file and checks the signal
    // before each write (an abort closes the file and reports an
    // AbortError), then calls fs.fsync when asked to flush.
    const [p, fd, view, flags, mode] = a;
    if (fd) return writeAll(+p, true, view, o, cb);
    run('open', [p, flags, mode], (err, f) => (err ? cb(err) : writeAll(f, false, view, o, cb)));
  };
}
function writeAll(fd, isUserFd, view, { signal, flush }, cb) {
  let off = 0;
  const finish = (err) => {
    if (isUserFd) return cb(err);
    run('close', [fd], (closeErr) => cb(err || closeErr || null));
  };
  const done = () => {
    if (!flush) return finish(null);
    // Through the exports object, as node does, so a patched fs.fsync is seen.
    module.exports.fsync(fd, (err) => finish(err || null));
  };
  const step = () => {
    try { checkAborted(signal); } catch (e) { return finish(e); }
    if (off >= view.byteLength) return done();
    run('write', [fd, view, off, view.byteLength - off, -1], (err, n) => {
      if (err) return finish(err);
      off += n;
      if (off >= view.byteLength) return done();
      step();
    });
  };
  step();
}
function writeFileSyncWith(path, data, options, flag) {
  const [a, o] = writeFileArgs(path, data, options, flag);
  if (!o.flush) return run('writeFile', a);
  const [p, isUserFd, view, flags, mode] = a;
  const fd = isUserFd ? +p : run('open', [p, flags, mode]);
  try {
    run('writeFile', [String(fd), true, view, flags, mode]);
    module.exports.fsyncSync(fd);
  } finally {
    if (!isUserFd) run('close', [fd]);
  }
}
const writeFile = writeFileWith('w');
const appendFile = writeFileWith('a');
function writeFileSync(path, data, options) { writeFileSyncWith(path, data, options, 'w'); }
function appendFileSync(path, data, options) { writeFileSyncWith(path, data, options, 'a'); }

// ---- stat ----

function statOptions(options) {
  return options == null ? { bigint: false, throwIfNoEntry: true } : { bigint: false, throwIfNoEntry: true, ...options };
}
function statFn(name) {
  return function (path, options, cb) {
    [options, cb] = optsAndCb(options, cb);
    const o = statOptions(options);
    run(name, [name === 'fstat' ? vfd(path) : vpath(path)], cb, (a) => getStats(a, o.bigint));
  };
}
function statSyncFn(name) {
  return function (path, options) {
    const o = statOptions(options);
    const arg = name === 'fstat' ? vfd(path) : vpath(path);
    try {
      return getStats(run(name, [arg]), o.bigint);
    } catch (e) {
      if (!o.throwIfNoEntry && e && e.code === 'ENOENT') return undefined;
      throw e;
    }
  };
}
function statfs(path, options, cb) {
  [options, cb] = optsAndCb(options, cb);
  const big = !!(options && options.bigint);
  run('statfs', [vpath(path)], cb, (a) => u.getStatFs(a, big));
}
function statfsSync(path, options) {
  return u.getStatFs(run('statfs', [vpath(path)]), !!(options && options.bigint));
}

// ---- directories ----

function readdirArgs(path, options) {
  const o = getOptions(options, { encoding: 'utf8', withFileTypes: false, recursive: false });
  validateBoolean(o.recursive, 'options.recursive');
  return [[vpath(path), !!o.recursive], o];
}
function readdir(path, options, cb) {
  [options, cb] = optsAndCb(options, cb);
  const [a, o] = readdirArgs(path, options);
  run('readdir', a, cb, (r) => readdirResult(r, o));
}
function readdirSync(path, options) {
  const [a, o] = readdirArgs(path, options);
  return readdirResult(run('readdir', a), o);
}

function mkdir(path, options, cb) {
  [options, cb] = optsAndCb(options, cb);
  const { mode, recursive } = u.getMkdirOptions(options);
  run('mkdir', [vpath(path), mode, recursive], cb);
}
function mkdirSync(path, options) {
  const { mode, recursive } = u.getMkdirOptions(options);
  return run('mkdir', [vpath(path), mode, recursive]);
}

function mkdtemp(prefix, options, cb) {
  [options, cb] = optsAndCb(options, cb);
  const o = getOptions(options);
  const p = vpath(prefix, 'prefix');
  u.warnOnNonPortableTemplate(p);
  run('mkdtemp', [p], cb, (d) => encode(d, o.encoding));
}
function mkdtempSync(prefix, options) {
  const o = getOptions(options);
  const p = vpath(prefix, 'prefix');
  u.warnOnNonPortableTemplate(p);
  return encode(run('mkdtemp', [p]), o.encoding);
}

function rm(path, options, cb) {
  [options, cb] = optsAndCb(options, cb);
  const o = u.getRmOptions(options);
  run('rm', [vpath(path), o.recursive, o.force], cb);
}
function rmSync(path, options) {
  const o = u.getRmOptions(options);
  run('rm', [vpath(path), o.recursive, o.force]);
}

// rmdir with the deprecated `recursive` goes through rm, as node's does.
function isRecursive(options) {
  if (options !== undefined) validateObject(options, 'options');
  return !!(options && options.recursive);
}
// A recursive rmdir only recurses into a directory: on anything else it
// is a plain rmdir, so a file fails with ENOTDIR and a missing path with
// lstat's ENOENT, as in node.
function rmdir(path, options, cb) {
  [options, cb] = optsAndCb(options, cb);
  const p = vpath(path);
  if (!isRecursive(options)) return run('rmdir', [p], cb);
  warnRmdirRecursive();
  run('lstat', [p], (err, a) => {
    if (err) return cb(err);
    if (!getStats(a, false).isDirectory()) return run('rmdir', [p], cb);
    run('rm', [p, true, false], cb);
  });
}
function rmdirSync(path, options) {
  const p = vpath(path);
  if (isRecursive(options)) {
    warnRmdirRecursive();
    if (getStats(run('lstat', [p]), false).isDirectory()) return run('rm', [p, true, false]);
  }
  run('rmdir', [p]);
}

// ---- simple path operations ----

// pathFn builds the callback and sync forms of a one-call operation.
// argsFirst follows node's order for the functions that validate their
// arguments before the callback (the fd ones and chmod); the others
// check the callback first.
// The callback is positional (after argsOf.length arguments), as in node,
// so a missing callback never shifts an argument into its place.
function pathFn(name, argsOf, argsFirst = false) {
  const n = argsOf.length;
  const fn = function (...args) {
    const last = args[n];
    args.length = n;
    if (argsFirst) {
      const a = argsOf(...args);
      run(name, a, makeCallback(last));
      return;
    }
    const cb = makeCallback(last);
    run(name, argsOf(...args), cb);
  };
  const sync = (...args) => run(name, argsOf(...args));
  return [fn, sync];
}

const [unlink, unlinkSync] = pathFn('unlink', (p) => [vpath(p)]);
const [rename, renameSync] = pathFn('rename', (a, b) => [vpath(a, 'oldPath'), vpath(b, 'newPath')]);
const [link, linkSync] = pathFn('link', (a, b) => [vpath(a, 'existingPath'), vpath(b, 'newPath')]);
const [chmod, chmodSync] = pathFn('chmod', (p, m) => [vpath(p), parseFileMode(m, 'mode')], true);
const [fchmod, fchmodSync] = pathFn('fchmod', (fd, m) => [vfd(fd), parseFileMode(m, 'mode')], true);
function ids(uid, gid) {
  validateInteger(uid, 'uid', -1, 4294967295);
  validateInteger(gid, 'gid', -1, 4294967295);
  return [uid, gid];
}
const [chown, chownSync] = pathFn('chown', (p, uid, gid) => [vpath(p), ...ids(uid, gid)]);
const [lchown, lchownSync] = pathFn('lchown', (p, uid, gid) => [vpath(p), ...ids(uid, gid)]);
const [fchown, fchownSync] = pathFn('fchown', (fd, uid, gid) => [vfd(fd), ...ids(uid, gid)], true);
const times = (a, m) => [toUnixTimestamp(a, 'atime'), toUnixTimestamp(m, 'mtime')];
const [utimes, utimesSync] = pathFn('utimes', (p, a, m) => [vpath(p), ...times(a, m)]);
const [lutimes, lutimesSync] = pathFn('lutimes', (p, a, m) => [vpath(p), ...times(a, m)]);
const [futimes, futimesSync] = pathFn('futimes', (fd, a, m) => [vfd(fd), ...times(a, m)], true);
const [fsync, fsyncSync] = pathFn('fsync', (fd) => [vfd(fd)], true);
const [fdatasync, fdatasyncSync] = pathFn('fdatasync', (fd) => [vfd(fd)], true);

function lenArg(len) {
  if (len === undefined) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}
let truncateFdWarned = false;
function warnTruncateFd() {
  if (truncateFdWarned) return;
  truncateFdWarned = true;
  process.emitWarning('Using fs.truncate with a file descriptor is deprecated.' +
    ' Please use fs.ftruncate with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
}
function truncate(path, len, cb) {
  if (typeof len === 'function') { cb = len; len = 0; }
  if (isFd(path)) {
    warnTruncateFd();
    return ftruncate(path, len, cb);
  }
  const a = [vpath(path), lenArg(len)];
  run('truncate', a, makeCallback(cb));
}
function truncateSync(path, len) {
  if (isFd(path)) {
    warnTruncateFd();
    return ftruncateSync(path, len);
  }
  run('truncate', [vpath(path), lenArg(len)]);
}
function ftruncate(fd, len, cb) {
  if (typeof len === 'function') { cb = len; len = 0; }
  const a = [vfd(fd), lenArg(len)];
  run('ftruncate', a, makeCallback(cb));
}
function ftruncateSync(fd, len) { run('ftruncate', [vfd(fd), lenArg(len)]); }

function copyArgs(src, dest, mode) {
  return [vpath(src, 'src'), vpath(dest, 'dest'), mode == null ? 0 : (validateInteger(mode, 'mode', 0, 7), mode)];
}
function copyFile(src, dest, mode, cb) {
  if (typeof mode === 'function') { cb = mode; mode = 0; }
  const a = copyArgs(src, dest, mode);
  run('copyFile', a, makeCallback(cb));
}
function copyFileSync(src, dest, mode) { run('copyFile', copyArgs(src, dest, mode)); }

function symlinkArgs(target, path, type) {
  if (type != null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
  return [vpath(target, 'target'), vpath(path)];
}
function symlink(target, path, type, cb) {
  if (typeof type === 'function') { cb = type; type = undefined; }
  const a = symlinkArgs(target, path, type);
  run('symlink', a, makeCallback(cb));
}
function symlinkSync(target, path, type) { run('symlink', symlinkArgs(target, path, type)); }

function readlink(path, options, cb) {
  [options, cb] = optsAndCb(options, cb);
  const o = getOptions(options);
  run('readlink', [vpath(path)], cb, (s) => encode(s, o.encoding));
}
function readlinkSync(path, options) {
  const o = getOptions(options);
  return encode(run('readlink', [vpath(path)]), o.encoding);
}

function realpathFn(native) {
  return function realpath(path, options, cb) {
    [options, cb] = optsAndCb(options, cb);
    const o = getOptions(options);
    run('realpath', [vpath(path), native], cb, (s) => encode(s, o.encoding));
  };
}
function realpathSyncFn(native) {
  return function realpathSync(path, options) {
    const o = getOptions(options);
    return encode(run('realpath', [vpath(path), native]), o.encoding);
  };
}
const realpath = realpathFn(false);
realpath.native = realpathFn(true);
const realpathSync = realpathSyncFn(false);
realpathSync.native = realpathSyncFn(true);

function accessArgs(path, mode) {
  if (mode == null) mode = F_OK;
  validateInteger(mode, 'mode', 0, 7);
  return [vpath(path), mode];
}
function access(path, mode, cb) {
  if (typeof mode === 'function') { cb = mode; mode = F_OK; }
  const a = accessArgs(path, mode);
  run('access', a, makeCallback(cb));
}
function accessSync(path, mode) { run('access', accessArgs(path, mode)); }

function exists(path, cb) {
  validateFunction(cb, 'cb');
  let p;
  try { p = vpath(path); } catch { return process.nextTick(cb, false); }
  binding.access(p, F_OK, (err) => cb(!err));
}
function existsSync(path) {
  try {
    binding.access(vpath(path), F_OK, undefined);
    return true;
  } catch {
    return false;
  }
}

// ---- streams, watchers, blobs ----

// streamClasses holds ReadStream/WriteStream once stream is loaded; user
// code may replace them (fs.ReadStream = …), as node allows.
let streamClasses = null;
function lazyStreams() {
  if (streamClasses === null) streamClasses = { ...require('internal/fs/streams') };
  return streamClasses;
}
function createReadStream(path, options) { return new (lazyStreams().ReadStream)(path, options); }
function createWriteStream(path, options) { return new (lazyStreams().WriteStream)(path, options); }

const watchers = () => require('internal/fs/watchers');
function watch(filename, options, listener) { return watchers().watch(filename, options, listener); }
function watchFile(filename, options, listener) { return watchers().watchFile(filename, options, listener); }
function unwatchFile(filename, listener) { return watchers().unwatchFile(filename, listener); }

// openAsBlob reads the file into a Blob; node's is file-backed, and the
// difference shows only if the file changes before the Blob is read.
function openAsBlob(path, options = {}) {
  validateObject(options, 'options');
  const { type = '' } = options;
  validateString(type, 'options.type');
  const p = vpath(path);
  const { Blob } = require('buffer');
  if (typeof Blob !== 'function') throw new ERR_NOT_IMPLEMENTED('fs.openAsBlob');
  try {
    binding.access(p, constants.R_OK, undefined);
  } catch {
    // node throws this from C++ (THROW_ERR_INVALID_ARG_VALUE) with its own
    // message, not the table's.
    const err = new TypeError('Unable to open file as blob');
    err.code = new ERR_INVALID_ARG_VALUE('path', p).code;
    throw err;
  }
  return new Promise((resolve, reject) => {
    binding.readFile(p, false, constants.O_RDONLY, (err, ab) => {
      if (err) reject(err);
      else resolve(new Blob([new Uint8Array(ab)], { type }));
    });
  });
}

// util.promisify resolves read and write with named values, and exists
// with its single boolean, as node's do.
const kCustomPromisifyArgs = Symbol.for('gorun.util.promisify.customArgs');
Object.defineProperty(read, kCustomPromisifyArgs, { value: ['bytesRead', 'buffer'] });
Object.defineProperty(write, kCustomPromisifyArgs, { value: ['bytesWritten', 'buffer'] });
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  // Named `exists`, as node's (util.promisify(fs.exists).name).
  value: { exists: (path) => new Promise((resolve) => exists(path, resolve)) }.exists,
});

module.exports = {
  appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync,
  close, closeSync, copyFile, copyFileSync,
  get cp() { return require('internal/fs/cp').cp; },
  get cpSync() { return require('internal/fs/cp').cpSync; },
  createReadStream, createWriteStream,
  exists, existsSync, fchown, fchownSync, fchmod, fchmodSync, fdatasync, fdatasyncSync,
  fstat: statFn('fstat'), fstatSync: statSyncFn('fstat'), fsync, fsyncSync,
  ftruncate, ftruncateSync, futimes, futimesSync,
  // lchmod exists only where O_SYMLINK does (macOS); node 20 still lists
  // the keys, undefined.
  lchmod: undefined, lchmodSync: undefined,
  lchown, lchownSync, link, linkSync,
  lstat: statFn('lstat'), lstatSync: statSyncFn('lstat'),
  lutimes, lutimesSync, mkdir, mkdirSync, mkdtemp, mkdtempSync,
  open, openSync,
  openAsBlob,
  get opendir() { return require('internal/fs/dir').opendir; },
  get opendirSync() { return require('internal/fs/dir').opendirSync; },
  readdir, readdirSync, read, readSync,
  readv, readvSync,
  readFile, readFileSync, readlink, readlinkSync, realpath, realpathSync,
  rename, renameSync, rm, rmSync, rmdir, rmdirSync,
  stat: statFn('stat'), statfs, statSync: statSyncFn('stat'), statfsSync,
  symlink, symlinkSync, truncate, truncateSync,
  unwatchFile, unlink, unlinkSync, utimes, utimesSync,
  watch, watchFile,
  writeFile, writeFileSync, write, writeSync,
  writev, writevSync,
  get Dir() { return require('internal/fs/dir').Dir; },
  Dirent: u.Dirent,
  Stats: u.Stats,
  // Lazy, and assignable, as in node: loading them loads stream.
  get ReadStream() { return lazyStreams().ReadStream; },
  set ReadStream(v) { streamClasses.ReadStream = v; },
  get WriteStream() { return lazyStreams().WriteStream; },
  set WriteStream(v) { streamClasses.WriteStream = v; },
  get FileReadStream() { return lazyStreams().ReadStream; },
  set FileReadStream(v) { streamClasses.ReadStream = v; },
  get FileWriteStream() { return lazyStreams().WriteStream; },
  set FileWriteStream(v) { streamClasses.WriteStream = v; },
  _toUnixTimestamp: toUnixTimestamp,
  F_OK, R_OK: constants.R_OK, W_OK: constants.W_OK, X_OK: constants.X_OK,
  constants,
  get promises() { return require('fs/promises'); },
};
