// Node's process object: https://nodejs.org/api/process.html
const EventEmitter = require('events');
const { codes, validateFunction, validateInteger } = require('internal/errors');

function ProcessCtor() {}
Object.defineProperty(ProcessCtor, 'name', { value: 'process' });
ProcessCtor.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: ProcessCtor, writable: true, configurable: true },
});
const process = new ProcessCtor();
EventEmitter.call(process);
Object.defineProperty(process, Symbol.toStringTag, {
  value: 'process', writable: false, enumerable: false, configurable: true,
});

process.version = binding.version;
process.versions = binding.versions;
process.arch = binding.arch;
process.platform = binding.platform;
process.release = {
  name: 'node',
  lts: 'Iron',
  sourceUrl: `https://nodejs.org/download/release/${binding.version}/node-${binding.version}.tar.gz`,
  headersUrl: `https://nodejs.org/download/release/${binding.version}/node-${binding.version}-headers.tar.gz`,
};
process._rawDebug = function _rawDebug(...args) {
  binding.writeStderr(require('util').format(...args) + '\n');
};
process.moduleLoadList = [];
process.binding = function binding_(name) {
  throw new codes.ERR_NOT_IMPLEMENTED(`process.binding('${name}')`);
};
process._linkedBinding = process.binding;
process.domain = null;
process._exiting = false;

let exitCode;
Object.defineProperty(process, 'exitCode', {
  get() { return exitCode; },
  set(code) {
    if (code !== null && code !== undefined) {
      let value = code;
      if (!(typeof code === 'string' && code !== '' && Number.isInteger((value = +code)))) {
        validateInteger(value, 'code');
      }
    }
    exitCode = code;
  },
  enumerable: true,
  configurable: false,
});

process.config = { target_defaults: {}, variables: { node_shared: false, napi_build_version: '9' } };
process.dlopen = function dlopen() {
  throw new codes.ERR_NOT_IMPLEMENTED('process.dlopen (native addons)');
};
process.uptime = binding.uptime;
process._getActiveRequests = () => [];
process._getActiveHandles = () => [];
process.getActiveResourcesInfo = () => [];
process.reallyExit = function reallyExit(code) { binding.reallyExit(code | 0); };
process.cpuUsage = function cpuUsage(prev) {
  const [user, system] = binding.cpuUsage();
  if (prev) return { user: user - prev.user, system: system - prev.system };
  return { user, system };
};
process.resourceUsage = binding.resourceUsage;
function memoryUsage() { return binding.memoryUsage(); }
memoryUsage.rss = binding.rss;
process.memoryUsage = memoryUsage;
process.constrainedMemory = () => undefined;
process.availableMemory = () => require('os').freemem();

const signalNames = binding.signalNames();
process.kill = function kill(pid, sig) {
  if (pid != (pid | 0)) throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let num;
  if (sig === undefined) num = binding.signalNumber('SIGTERM');
  else if (typeof sig === 'number') num = sig;
  else if (typeof sig === 'string') {
    num = binding.signalNumber(sig);
    if (num < 0) throw new codes.ERR_UNKNOWN_SIGNAL(sig);
  } else throw new codes.ERR_UNKNOWN_SIGNAL(sig);
  binding.kill(pid | 0, num);
  return true;
};

process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  binding.reallyExit(+process.exitCode || 0);
};

function hrtime(time) {
  const t = binding.hrtime();
  if (time !== undefined) {
    if (!Array.isArray(time)) throw new codes.ERR_INVALID_ARG_TYPE('time', 'Array', time);
    if (time.length !== 2) throw new codes.ERR_OUT_OF_RANGE('time', 2, time.length);
    let sec = t[0] - time[0];
    let nsec = t[1] - time[1];
    if (nsec < 0) { sec--; nsec += 1e9; }
    return [sec, nsec];
  }
  return t;
}
hrtime.bigint = binding.hrtimeBigint;
process.hrtime = hrtime;
process.openStdin = function openStdin() { process.stdin.resume(); return process.stdin; };
process.getuid = binding.getuid;
process.geteuid = binding.geteuid;
process.getgid = binding.getgid;
process.getegid = binding.getegid;
process.getgroups = binding.getgroups;
process.allowedNodeEnvironmentFlags = new Set();
process.assert = function assert(value, message) {
  if (!value) {
    const err = new Error(message || 'assertion error');
    err.code = 'ERR_ASSERTION';
    throw err;
  }
};
process.features = {
  inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true,
  tls_ocsp: false, tls: true, cached_builtins: true,
};

// Uncaught exceptions: https://nodejs.org/api/process.html#event-uncaughtexception
let captureFn = null;
process.setUncaughtExceptionCaptureCallback = function (fn) {
  if (fn === null) { captureFn = null; return; }
  validateFunction(fn, 'fn');
  if (captureFn !== null) throw new codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  captureFn = fn;
};
process.hasUncaughtExceptionCaptureCallback = () => captureFn !== null;

// Returns whether the exception was handled. When it was not, 'exit' has
// been emitted and the caller prints the error and exits with exitCode.
// A listener that throws makes the call throw: node then exits with 7.
function fatalException(er, fromPromise) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', er, type);
  if (captureFn !== null) {
    captureFn(er);
    return true;
  }
  if (process.emit('uncaughtException', er, type)) return true;
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      process.emit('exit', 1);
    }
  } catch {
    // Nothing more can be done at this point.
  }
  return false;
}
Object.defineProperty(process, '_fatalException', { value: fatalException, writable: true, configurable: true });

// Warnings: https://nodejs.org/api/process.html#processemitwarningwarning-options
process.noDeprecation = binding.noDeprecation;
process.throwDeprecation = false;
process.traceDeprecation = false;
process.emitWarning = function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('type', 'string', type);
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    warning = createWarning(warning, type || 'Warning', code, ctor || process.emitWarning);
  } else if (!(warning instanceof Error)) {
    throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw warning;
  }
  if (detail !== undefined) warning.detail = detail;
  process.nextTick(() => process.emit('warning', warning));
};

function createWarning(message, type, code, ctor) {
  const limit = Error.stackTraceLimit;
  const warning = new Error(message);
  warning.name = String(type || 'Warning');
  if (code !== undefined) warning.code = code;
  if (typeof Error.captureStackTrace === 'function' && limit !== 0) Error.captureStackTrace(warning, ctor);
  return warning;
}

let traceHintShown = false;
function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  msg += trace && warning.stack ? warning.stack : String(warning);
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceHintShown) {
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    const argv0 = String(process.argv0 || 'node').replace(/^.*\//, '');
    msg += `\n(Use \`${argv0} ${flag} ...\` to show where the warning was created)`;
    traceHintShown = true;
  }
  binding.writeStderr(msg + '\n');
}
if (!binding.noWarnings) process.on('warning', onWarning);

process.nextTick = function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  binding.nextTick(callback, args.length === 0 ? undefined : args);
};
process._tickCallback = function _tickCallback() {};
process.sourceMapsEnabled = false;
process.setSourceMapsEnabled = function setSourceMapsEnabled() {};
process.getBuiltinModule = function getBuiltinModule(id) {
  return binding.getBuiltin(String(id));
};
process.abort = function abort() { binding.reallyExit(134); };
process.umask = function umask(mask) {
  if (mask === undefined) return binding.umask();
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) throw new codes.ERR_INVALID_ARG_VALUE('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
    mask = parseInt(mask, 8);
  }
  validateInteger(mask, 'mask', 0, 0o777);
  return binding.umask(mask);
};
process.chdir = function chdir(directory) {
  if (typeof directory !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('directory', 'string', directory);
  binding.chdir(directory);
};
process.cwd = binding.cwd;
process.env = binding.env;
let title = 'gorun';
Object.defineProperty(process, 'title', {
  get() { return title; },
  set(v) { title = String(v); },
  enumerable: true,
  configurable: true,
});
process.argv = binding.argv;
process.execArgv = binding.execArgv;
process.pid = binding.pid;
process.ppid = binding.ppid;
process.execPath = binding.execPath;
process.debugPort = 9229;
process.argv0 = binding.argv0;
process.report = {
  getReport() { throw new codes.ERR_NOT_IMPLEMENTED('process.report.getReport'); },
  writeReport() { throw new codes.ERR_NOT_IMPLEMENTED('process.report.writeReport'); },
};

// Signals: listening for 'SIGINT' & co. installs an OS handler.
const signalSet = new Set(signalNames);
process.on('newListener', (event) => {
  if (typeof event === 'string' && signalSet.has(event) && process.listenerCount(event) === 0) {
    binding.watchSignal(event, true);
  }
});
process.on('removeListener', (event) => {
  if (typeof event === 'string' && signalSet.has(event) && process.listenerCount(event) === 0) {
    binding.watchSignal(event, false);
  }
});

// stdio: minimal stream-shaped objects until the streams issue brings real
// ones (writes are synchronous, as node's are for files and pipes).
function makeWritable(fd, write) {
  const stream = new EventEmitter();
  stream.fd = fd;
  stream.writable = true;
  stream._isStdio = true;
  stream.isTTY = binding.isatty(fd) || undefined;
  if (stream.isTTY) {
    const size = binding.termSize(fd);
    if (size) { stream.columns = size[0]; stream.rows = size[1]; }
    stream.getColorDepth = () => (process.env.NO_COLOR !== undefined ? 1 : 8);
    stream.hasColors = (n = 16) => stream.getColorDepth() >= Math.log2(n);
    stream.getWindowSize = () => [stream.columns, stream.rows];
  }
  stream.write = function (chunk, encoding, cb) {
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
    write(chunk);
    if (typeof cb === 'function') process.nextTick(cb);
    return true;
  };
  stream.end = function (chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
    if (chunk != null) stream.write(chunk, encoding);
    if (typeof cb === 'function') process.nextTick(cb);
    return stream;
  };
  stream.cork = stream.uncork = () => {};
  stream.writableLength = 0;
  stream.writableHighWaterMark = 16384;
  stream.destroy = () => stream;
  return stream;
}

let stdout, stderr, stdin;
Object.defineProperty(process, 'stdout', {
  get() { return stdout || (stdout = makeWritable(1, binding.writeStdout)); },
  enumerable: true, configurable: true,
});
Object.defineProperty(process, 'stderr', {
  get() { return stderr || (stderr = makeWritable(2, binding.writeStderr)); },
  enumerable: true, configurable: true,
});
Object.defineProperty(process, 'stdin', {
  get() { return stdin || (stdin = makeStdin()); },
  enumerable: true, configurable: true,
});

function makeStdin() {
  const s = new EventEmitter();
  s.fd = 0;
  s.isTTY = binding.isatty(0) || undefined;
  s.readable = true;
  let encoding = null;
  let started = false;
  let paused = true;
  const pending = [];
  let ended = false;
  function deliver() {
    while (!paused && pending.length) {
      const chunk = pending.shift();
      s.emit('data', encoding ? decode(chunk) : toBuffer(chunk));
    }
    if (!paused && ended && pending.length === 0 && s.readable) {
      s.readable = false;
      s.emit('end');
      s.emit('close');
    }
  }
  function decode(ab) { return new TextDecoder().decode(new Uint8Array(ab)); }
  function toBuffer(ab) {
    return typeof Buffer === 'function' ? Buffer.from(ab) : new Uint8Array(ab);
  }
  function start() {
    if (started) return;
    started = true;
    binding.readStdin((ab) => { pending.push(ab); deliver(); }, () => { ended = true; deliver(); });
  }
  s.setEncoding = (enc) => { encoding = enc || 'utf8'; return s; };
  s.resume = () => { paused = false; start(); deliver(); return s; };
  s.pause = () => { paused = true; return s; };
  s.isPaused = () => paused;
  s.setRawMode = (mode) => { s.isRaw = !!mode; return s; };
  s.on('newListener', (ev) => {
    if (ev === 'data' || ev === 'end' || ev === 'readable') process.nextTick(() => s.resume());
  });
  s.pipe = (dest) => { s.on('data', (c) => dest.write(c)); s.on('end', () => dest !== process.stdout && dest !== process.stderr && dest.end && dest.end()); s.resume(); return dest; };
  s[Symbol.asyncIterator] = undefined;
  return s;
}

// Hooks for the runtime (not part of Node's surface).
binding.hooks = {
  fatalException,
  emitExit() {
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode || 0);
    }
    return +process.exitCode || 0;
  },
  exitCode() { return +process.exitCode || 0; },
  beforeExit() { process.emit('beforeExit', +process.exitCode || 0); },
  emitUnhandled(reason, promise) { return process.emit('unhandledRejection', reason, promise); },
  emitRejectionHandled(promise, uid) {
    if (!process.emit('rejectionHandled', promise)) {
      const w = new Error(`Promise rejection was handled asynchronously (rejection id: ${uid})`);
      w.name = 'PromiseRejectionHandledWarning';
      process.emitWarning(w);
    }
  },
  unhandledError(reason) {
    if (typeof reason === 'object' && reason !== null && Object.prototype.hasOwnProperty.call(reason, 'stack')) return reason;
    const msg = 'This error originated either by throwing inside of an async function without a ' +
      'catch block, or by rejecting a promise which was not handled with .catch(). The promise ' +
      `rejected with the reason "${require('util').inspect(reason)}".`;
    const err = new Error(msg);
    err.name = 'UnhandledPromiseRejection';
    err.code = 'ERR_UNHANDLED_REJECTION';
    return err;
  },
};

module.exports = process;
