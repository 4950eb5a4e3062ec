'use strict';
// child_process (https://nodejs.org/docs/latest-v20.x/api/child_process.html).
// The Go binding starts processes and moves bytes; this shim is Node's
// surface: argument normalisation with Node's errors, the ChildProcess
// class and its stdio streams, exec's buffering, the sync forms and fork's
// IPC channel (newline-delimited JSON, Node's "json" serialization).

const EventEmitter = require('events');
const {
  codes: {
    ERR_CHILD_PROCESS_IPC_REQUIRED,
    ERR_CHILD_PROCESS_STDIO_MAXBUFFER,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_SYNC_FORK_INPUT,
    ERR_IPC_ONE_PIPE,
    ERR_IPC_SYNC_FORK,
    ERR_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_SIGNAL,
  },
  AbortError,
  ErrnoException,
  genericNodeError,
  getSystemErrorName,
  inspect,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateBoolean,
  validateFunction,
  isInt32,
  validateObject,
  validateOneOf,
  validateString,
} = require('internal/validators');

const MAX_BUFFER = 1024 * 1024;
const UV_ESRCH = -3;
const UV_EINVAL = -22;
const UV_ENOSYS = -38;
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const signals = binding.signals;
let signalNames;

// The stdio streams come from `stream`, loaded on the first spawn.
let streamModule;
function streams() {
  return (streamModule ??= require('stream'));
}

function convertToValidSignal(signal) {
  if (typeof signal === 'number') {
    signalNames ??= Object.fromEntries(Object.entries(signals).map(([k, v]) => [v, k]));
    if (signalNames[signal]) return signal;
  }
  if (typeof signal === 'string') {
    const num = signals[signal.toUpperCase()];
    if (num) return num;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return convertToValidSignal(killSignal);
  if (killSignal != null) throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function validateArgumentNullCheck(arg, propName) {
  if (typeof arg === 'string' && arg.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(propName, arg, 'must be a string without null bytes');
  }
}

function validateArgumentsNullCheck(args, propName) {
  for (let i = 0; i < args.length; ++i) validateArgumentNullCheck(args[i], `${propName}[${i}]`);
}

function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string' &&
    v.auth === undefined && v.path === undefined;
}

function validateCwd(cwd) {
  if (isURL(cwd)) return require('url').fileURLToPath(cwd);
  if (typeof cwd !== 'string' && !(cwd instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'Buffer', 'URL'], cwd);
  }
  cwd = String(cwd);
  validateArgumentNullCheck(cwd, 'options.cwd');
  return cwd;
}

// normalizeSpawnArguments is Node's: it resolves the overloads, applies
// `shell`, puts argv0 in front of the arguments and flattens env.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateArgumentNullCheck(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  validateArgumentsNullCheck(args, 'args');
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  // Own properties only: a polluted Object.prototype (cwd, uid, shell…)
  // must not reach the child, as in node.
  options = { __proto__: null, ...options };

  let cwd = options.cwd;
  if (cwd != null) cwd = validateCwd(cwd);
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && !isInt32(options.uid)) throw new ERR_INVALID_ARG_TYPE('options.uid', 'int32', options.uid);
  if (options.gid != null && !isInt32(options.gid)) throw new ERR_INVALID_ARG_TYPE('options.gid', 'int32', options.gid);
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }
  if (options.shell) {
    validateArgumentNullCheck(options.shell, 'options.shell');
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  if (typeof options.argv0 === 'string') args.unshift(options.argv0);
  else args.unshift(file);

  const env = options.env || process.env;
  const envPairs = [];
  // for-in on purpose: node passes inherited env entries too.
  for (const key in env) {
    const value = env[key];
    if (value !== undefined) {
      validateArgumentNullCheck(key, `options.env['${key}']`);
      validateArgumentNullCheck(value, `options.env['${key}']`);
      envPairs.push(`${key}=${value}`);
    }
  }
  return {
    __proto__: null,
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  };
}

function stdioStringToArray(stdio, channel) {
  const options = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe':
      options.push(stdio, stdio, stdio);
      break;
    case 'inherit':
      options.push(0, 1, 2);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

// getValidStdio turns the stdio option into one entry per descriptor:
// {type: 'pipe'|'overlapped'|'ignore'|'inherit'|'fd'|'ipc', fd}.
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') stdio = stdioStringToArray(stdio);
  else if (!Array.isArray(stdio)) throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);
  stdio = stdio.map((s, i) => {
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') return { type: 'ignore' };
    if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0)) {
      return { type: s === 'overlapped' ? 'overlapped' : 'pipe', readable: i === 0, writable: i !== 0 };
    }
    if (s === 'ipc') {
      if (sync || ipc !== undefined) {
        if (!sync) throw new ERR_IPC_ONE_PIPE();
        throw new ERR_IPC_SYNC_FORK();
      }
      ipc = true;
      ipcFd = i;
      return { type: 'ipc' };
    }
    if (s === 'inherit') return { type: 'inherit', fd: i };
    // Another child's pipe, shared (`ps | grep`): the other child gets a
    // copy; a stream that reads stays paused here until resumed, as in node.
    if (!sync && typeof s === 'object' && typeof s[kTakePipe] === 'function') {
      const file = s[kTakePipe]();
      if (file !== null) {
        if (typeof s.pause === 'function') s.pause();
        return { type: 'file', file };
      }
      // Already reading: what it reads is forwarded through a pipe.
      if (i === 0) return { type: 'pipe', readable: true, writable: false, source: s };
    }
    if (typeof s === 'number' || typeof s.fd === 'number') {
      return { type: 'fd', fd: typeof s === 'number' ? s : s.fd };
    }
    if (ArrayBuffer.isView(s) || typeof s === 'string') {
      if (!sync) throw new ERR_INVALID_SYNC_FORK_INPUT(inspect(s));
      return { type: 'pipe', readable: i === 0, writable: i !== 0, input: s };
    }
    throw new ERR_INVALID_ARG_VALUE('stdio', s);
  });
  return { stdio, ipc, ipcFd };
}

function makeReadable(child, i) {
  const { Readable } = streams();
  // The pipe outlives the process handle (_handle is dropped at exit):
  // output still in the pipe is read after the child is gone.
  const handle = child._handle;
  const r = new Readable({
    read() {
      r[kReadStarted] = true;
      handle?.readStart(i);
    },
    destroy(err, cb) {
      handle?.destroy(i);
      // Node closes a pipe's handle asynchronously: 'close' comes in the
      // loop's close phase, newest first (libuv's order), after an 'exit'
      // delivered with the end of output.
      if (!ended) return cb(err);
      const pending = child[kPendingCloses];
      pending.push(() => cb(err));
      if (pending.length === 1) {
        setImmediate(() => {
          const fns = pending.splice(0);
          for (let j = fns.length - 1; j >= 0; j--) fns[j]();
        });
      }
    },
  });
  let ended = false;
  r[kMarkEnded] = () => { ended = true; };
  // The Go reader waits (see startReading) so that the pipe can still be
  // handed to another child; take returns it, or null once reading began.
  r[kStartReading] = () => {
    if (r[kReadStarted] || r[kShared] || r.destroyed) return;
    r[kReadStarted] = true;
    handle?.readStart(i);
  };
  r[kTakePipe] = () => {
    if (r[kReadStarted] || r.destroyed) return null;
    const file = handle?.take(i) ?? null;
    // Shared: this end stays paused until read (startReading skips it).
    if (file !== null) r[kShared] = true;
    return file;
  };
  return r;
}

// startReading lets the output pipes nobody handed over start reading,
// once the code that spawned the child has run: node's pipes read from
// the loop's next poll phase.
function startReading(child) {
  const stdio = child.stdio;
  for (let i = 1; i < stdio.length; i++) stdio[i]?.[kStartReading]?.();
}

function makeWritable(child, i) {
  const { Writable } = streams();
  const w = new Writable({
    write(chunk, encoding, cb) {
      const h = child._handle;
      if (!h) return cb(new ErrnoException(-32, 'write'));
      if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding);
      h.write(i, chunk, (err) => cb(err ? new ErrnoException(err, 'write') : null));
    },
    final(cb) {
      const h = child._handle;
      if (!h) return cb();
      h.end(i, () => cb());
    },
    destroy(err, cb) {
      child._handle?.destroy(i);
      cb(err);
    },
  });
  // node's pipe is a net.Socket opened write-only: readable is false.
  w.readable = false;
  // Given as another child's output (`(a; b) | c`), the pipe is shared:
  // that child gets a copy of the write end and this one keeps writing.
  w[kTakePipe] = () => (w.destroyed ? null : child._handle?.share(i) ?? null);
  return w;
}

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

// flushStdio resumes output nobody reads, so that it ends and 'close'
// can follow 'exit', as Node does.
function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream.listenerCount('data') > 0 || stream.readableFlowing === false) continue;
    stream.resume();
  }
}

const kSetup = Symbol('kSetup');
const kPendingCloses = Symbol('kPendingCloses');
const kMarkEnded = Symbol('kMarkEnded');
const kTakePipe = Symbol('kTakePipe');
const kReadStarted = Symbol('kReadStarted');
const kShared = Symbol('kShared');
const kStartReading = Symbol('kStartReading');

/** ChildProcess is Node's class: an EventEmitter per spawned process. */
class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
    this[kPendingCloses] = [];
  }

  spawn(options) {
    validateObject(options, 'options');
    const { stdio, ipc, ipcFd } = getValidStdio(options.stdio || 'pipe', false);
    const serialization = options.serialization || 'json';
    validateOneOf(options.serialization, 'options.serialization', [undefined, 'json', 'advanced']);
    if (ipc !== undefined) {
      if (serialization === 'advanced') throw new ERR_NOT_IMPLEMENTED("serialization: 'advanced'");
      if (options.envPairs === undefined) options.envPairs = [];
      else validateArray(options.envPairs, 'options.envPairs');
      options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`);
      options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
    }
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (Array.isArray(options.args)) this.spawnargs = options.args;
    else validateArray(options.args, 'options.args');

    const self = this;
    const res = binding.spawn({
      file: options.file,
      args: options.args,
      cwd: options.cwd == null ? binding.cwd() : options.cwd,
      envPairs: options.envPairs || [],
      detached: options.detached,
      uid: options.uid,
      gid: options.gid,
      stdio,
      onexit(code, signal) {
        self._onexit(code, signal);
      },
      ondata(i, ab) {
        const s = self.stdio[i];
        if (s && !s.destroyed && !s.push(Buffer.from(ab))) self._handle?.readStop(i);
      },
      onend(i) {
        const s = self.stdio[i];
        if (s && !s.destroyed) {
          s[kMarkEnded]();
          s.push(null);
        }
      },
      onmessage(line) {
        self[kSetup]?.onLine(line);
      },
      onipcclose() {
        self[kSetup]?.onClose();
      },
    });
    let err = 0;
    if (res.error !== undefined) {
      err = res.error;
      this._handle = null;
      const fatal = [-13, -11, -24, -23, -2]; // EACCES EAGAIN EMFILE ENFILE ENOENT
      if (!fatal.includes(err)) throw new ErrnoException(err, 'spawn');
      process.nextTick(() => this._onexit(err, null));
    } else {
      this._handle = res;
      this.pid = res.pid;
      process.nextTick(() => this.emit('spawn'));
    }
    // Node's object has the key even when the spawn failed.
    if (this.pid === undefined) this.pid = undefined;

    const streams = stdio.map((s, i) => {
      if (s.type !== 'pipe' && s.type !== 'overlapped') return null;
      const stream = i === 0 ? makeWritable(this, i) : makeReadable(this, i);
      if (i > 0) {
        this._closesNeeded++;
        stream.on('close', () => maybeClose(this));
        // A child that never started writes nothing: its output ends.
        if (res.error !== undefined) stream.push(null);
      }
      return stream;
    });
    if (res.error === undefined) setImmediate(startReading, this);
    if (stdio[0]?.source !== undefined && streams[0] !== null) {
      stdio[0].source.pipe(streams[0]);
      streams[0] = null;
    }
    this.stdin = streams[0] ?? null;
    this.stdout = streams[1] ?? null;
    this.stderr = streams[2] ?? null;
    this.stdio = streams;
    if (ipc !== undefined && res.ipc) setupChannel(this, res.ipc);
    return err;
  }

  _onexit(exitCode, signalCode) {
    if (signalCode) this.signalCode = signalCode;
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    this._handle = null;
    if (exitCode < 0) {
      const syscall = this.spawnfile ? 'spawn ' + this.spawnfile : 'spawn';
      const err = new ErrnoException(exitCode, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(flushStdio, this);
    maybeClose(this);
  }

  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === UV_ESRCH) {
        // Already dead.
      } else if (err === UV_EINVAL || err === UV_ENOSYS) {
        throw new ErrnoException(err, 'kill');
      } else {
        this.emit('error', new ErrnoException(err, 'kill'));
      }
    }
    return false;
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    this._handle?.ref();
  }

  unref() {
    this._handle?.unref();
  }
}

// setupChannel gives target (a ChildProcess) Node's IPC methods over ch,
// the binding's channel: send(line, cb), close(), ref(), unref().
function setupChannel(target, ch) {
  const hooks = (target[kSetup] = {});
  require('internal/child_process/ipc').attach(target, ch, hooks);
}

function abortChildProcess(child, killSignal, reason) {
  if (!child) return;
  try {
    if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: reason }));
  } catch (err) {
    child.emit('error', err);
  }
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);
  if (options.timeout > 0) {
    let timeoutId = setTimeout(() => {
      if (timeoutId) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timeoutId = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }
  if (options.signal) {
    const signal = options.signal;
    const onAbortListener = () => abortChildProcess(child, killSignal, signal.reason);
    if (signal.aborted) {
      process.nextTick(onAbortListener);
    } else {
      signal.addEventListener('abort', onAbortListener, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbortListener));
    }
  }
  return child;
}

function fork(modulePath, args, options) {
  if (isURL(modulePath)) modulePath = require('url').fileURLToPath(modulePath);
  else if (modulePath instanceof Uint8Array) modulePath = String(modulePath);
  if (typeof modulePath !== 'string') throw new ERR_INVALID_ARG_TYPE('modulePath', ['string', 'Buffer', 'URL'], modulePath);
  validateArgumentNullCheck(modulePath, 'modulePath');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options != null) validateObject(options, 'options');
  options = { __proto__: null, ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  validateArgumentNullCheck(options.execPath, 'options.execPath');
  let execArgv = options.execArgv || process.execArgv;
  validateArgumentsNullCheck(execArgv, 'options.execArgv');
  if (execArgv === process.execArgv && process._eval != null) {
    const index = execArgv.lastIndexOf(process._eval);
    if (index > 0) {
      execArgv = execArgv.slice(0);
      execArgv.splice(index - 1, 2);
    }
  }
  args = [...execArgv, modulePath, ...args];
  if (typeof options.stdio === 'string') {
    options.stdio = stdioStringToArray(options.stdio, 'ipc');
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = stdioStringToArray(options.silent ? 'pipe' : 'inherit', 'ipc');
  } else if (!options.stdio.includes('ipc')) {
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return spawn(options.execPath, args, options);
}

function _forkChild() {
  throw new ERR_NOT_IMPLEMENTED('child_process._forkChild');
}

module.exports = {
  _forkChild,
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
