// Node's process object: https://nodejs.org/api/process.html
//
// Properties are defined in the order node defines them, so that
// Object.keys(process) and util.inspect(process) read the same.
const EventEmitter = require('events');
// internal/errors (and the validators it re-exports) load on first use:
// every runtime makes a process object, few reach an error path.
let errorsModule;
function errors() {
  errorsModule ??= require('internal/errors');
  return errorsModule;
}

function ProcessCtor() {}
Object.defineProperty(ProcessCtor, 'name', { value: 'process' });
ProcessCtor.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: ProcessCtor, writable: true, configurable: true },
});
const process = new ProcessCtor();
Object.defineProperty(process, Symbol.toStringTag, {
  value: 'process', writable: true, enumerable: false, configurable: false,
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
  throw new (errors().codes.ERR_NOT_IMPLEMENTED)(`process.binding('${name}')`);
};
process._linkedBinding = process.binding;
EventEmitter.call(process);
process.domain = null;
let exiting = false;
Object.defineProperty(process, '_exiting', {
  get() { return exiting; },
  set(value) { exiting = !!value; },
  enumerable: true,
  configurable: true,
});

let exitCode;
Object.defineProperty(process, 'exitCode', {
  get() { return exitCode; },
  set(code) {
    // A numeric string is checked as its number (so '1.5' is a range
    // error); any other string is a type error.
    if (code !== null && code !== undefined) {
      const value = typeof code === 'string' && code !== '' && !Number.isNaN(+code) ? +code : code;
      errors().validateInteger(value, 'code');
    }
    exitCode = code;
  },
  enumerable: true,
  configurable: false,
});

Object.defineProperty(process, 'config', {
  value: Object.freeze({
    target_defaults: Object.freeze({}),
    variables: Object.freeze({ node_module_version: 115, node_shared: false, napi_build_version: '9' }),
  }),
  writable: false,
  enumerable: true,
  configurable: true,
});
process.dlopen = function dlopen() {
  throw new (errors().codes.ERR_NOT_IMPLEMENTED)('process.dlopen (native addons)');
};
// A Go function's name is its Go symbol: give node's.
Object.defineProperty(binding.uptime, 'name', { value: 'uptime', configurable: true });
process.uptime = binding.uptime;
// Requests are the pending pool work (fs calls) as FSReqCallback-named
// stand-ins; handles (sockets, servers, children) are not listed yet.
class FSReqCallback {}
process._getActiveRequests = () => Array.from({ length: binding.activeRequests() }, () => new FSReqCallback());
process._getActiveHandles = function _getActiveHandles() { return binding.activeHandles(); };
process.getActiveResourcesInfo = function getActiveResourcesInfo() { return binding.activeResources(); };
process.reallyExit = function reallyExit(code) { binding.reallyExit(code | 0); };
// _kill returns 0 or a negative errno; kill throws. Node's own tests
// replace _kill to observe kill's argument handling.
process._kill = binding.kill;

// cpuUsage: https://nodejs.org/api/process.html#processcpuusagepreviousvalue
function isValidUsage(num) {
  return typeof num === 'number' && num <= Number.MAX_SAFE_INTEGER && num >= 0;
}
process.cpuUsage = function cpuUsage(prevValue) {
  if (prevValue) {
    if (!isValidUsage(prevValue.user)) {
      errors().validateObject(prevValue, 'prevValue');
      errors().validateNumber(prevValue.user, 'prevValue.user');
      throw new (errors().codes.ERR_INVALID_ARG_VALUE.RangeError)('prevValue.user', prevValue.user);
    }
    if (!isValidUsage(prevValue.system)) {
      errors().validateNumber(prevValue.system, 'prevValue.system');
      throw new (errors().codes.ERR_INVALID_ARG_VALUE.RangeError)('prevValue.system', prevValue.system);
    }
  }
  const [user, system] = binding.cpuUsage();
  if (prevValue) return { user: user - prevValue.user, system: system - prevValue.system };
  return { user, system };
};
const resourceFields = ['userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize',
  'unsharedDataSize', 'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut',
  'fsRead', 'fsWrite', 'ipcSent', 'ipcReceived', 'signalsCount', 'voluntaryContextSwitches',
  'involuntaryContextSwitches'];
process.resourceUsage = function resourceUsage() {
  const values = binding.resourceUsage();
  const usage = {};
  for (let i = 0; i < resourceFields.length; i++) usage[resourceFields[i]] = values[i];
  return usage;
};
function memoryUsage() {
  const [rss, heapTotal, heapUsed, external, arrayBuffers] = binding.memoryUsage();
  return { rss, heapTotal, heapUsed, external, arrayBuffers };
}
memoryUsage.rss = function rss() { return binding.rss(); };
process.memoryUsage = memoryUsage;
process.constrainedMemory = function constrainedMemory() { return undefined; };
process.availableMemory = function availableMemory() { return require('os').freemem(); };

const signalNames = binding.signalNames();
// kill: https://nodejs.org/api/process.html#processkillpid-signal
process.kill = function kill(pid, sig) {
  // eslint-disable-next-line eqeqeq
  if (pid != (pid | 0)) throw new (errors().codes.ERR_INVALID_ARG_TYPE)('pid', 'number', pid);
  let err;
  if (sig === (sig | 0)) {
    // A number, 0 included, goes to the kernel as is.
    err = process._kill(pid, sig);
  } else {
    sig = sig || 'SIGTERM';
    const num = typeof sig === 'string' ? binding.signalNumber(sig) : -1;
    if (num < 0) throw new (errors().codes.ERR_UNKNOWN_SIGNAL)(sig);
    err = process._kill(pid, num);
  }
  if (err) throw new (errors().ErrnoException)(err, 'kill');
  return true;
};

process.exit = function exit(code) {
  // Any argument, undefined included, replaces process.exitCode.
  if (arguments.length !== 0) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  process.reallyExit(process.exitCode || 0);
};

function hrtime(time) {
  const t = binding.hrtime();
  if (time !== undefined) {
    if (!Array.isArray(time)) throw new (errors().codes.ERR_INVALID_ARG_TYPE)('time', 'Array', time);
    if (time.length !== 2) throw new (errors().codes.ERR_OUT_OF_RANGE)('time', 2, time.length);
    let sec = t[0] - time[0];
    let nsec = t[1] - time[1];
    if (nsec < 0) { sec--; nsec += 1e9; }
    return [sec, nsec];
  }
  return t;
}
hrtime.bigint = function bigint() { return binding.hrtimeBigint(); };
process.hrtime = hrtime;
process.openStdin = function openStdin() { process.stdin.resume(); return process.stdin; };
process.getuid = function getuid() { return binding.getuid(); };
process.geteuid = function geteuid() { return binding.geteuid(); };
process.getgid = function getgid() { return binding.getgid(); };
process.getegid = function getegid() { return binding.getegid(); };
process.getgroups = function getgroups() { return binding.getgroups(); };
process.allowedNodeEnvironmentFlags = new Set();
// process.assert is deprecated (DEP0100) and warns once, as util.deprecate
// would; util is not loaded for it, to keep start-up light.
let assertWarned = false;
process.assert = function assert(value, message) {
  if (!assertWarned) {
    assertWarned = true;
    process.emitWarning('process.assert() is deprecated. Please use the `assert` module instead.',
      'DeprecationWarning', 'DEP0100', assert);
  }
  if (!value) throw new (errors().codes.ERR_ASSERTION)(message || 'assertion error');
};
process.features = {
  inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true,
  tls_ocsp: false, tls: true, cached_builtins: true,
};

// Uncaught exceptions: https://nodejs.org/api/process.html#event-uncaughtexception
let captureFn = null;

// The domain module's hooks into process (internal/domain), loaded only
// on paths where a domain may be involved.
let domainHooksObject;
function domainHooks() {
  domainHooksObject ??= require('internal/domain');
  return domainHooksObject;
}

// Returns whether the exception was handled. When it was not, 'exit' has
// been emitted and the caller prints the error and exits with exitCode.
// A listener that throws makes the call throw: node then exits with 7.
function fatalException(er, fromPromise) {
  // domain (modules/domain) first matches its stack to the task that
  // threw, which decides whether it captures the exception.
  if (EventEmitter.usingDomains) domainHooks().beforeFatal?.(er);
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
process._fatalException = fatalException;
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureFn = null;
    return;
  }
  if (typeof fn !== 'function') throw new (errors().codes.ERR_INVALID_ARG_TYPE)('fn', ['Function', 'null'], fn);
  if (captureFn !== null) throw new (errors().codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET)();
  captureFn = fn;
};
process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
  return captureFn !== null;
};

// Warnings: https://nodejs.org/api/process.html#processemitwarningwarning-options
// noDeprecation & co. exist only when their flag was given, as in node.
if (binding.noDeprecation) process.noDeprecation = true;
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
  if (type !== undefined && typeof type !== 'string') throw new (errors().codes.ERR_INVALID_ARG_TYPE)('type', 'string', type);
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('code', 'string', code);
  }
  if (typeof warning === 'string') {
    warning = createWarning(warning, type || 'Warning', code, ctor || process.emitWarning);
  } else if (!(warning instanceof Error)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      // Thrown from a tick, so warnings emitted before it are printed.
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  if (detail !== undefined) warning.detail = detail;
  process.nextTick(emitWarningEvent, warning);
};

function emitWarningEvent(warning) {
  process.emit('warning', warning);
}

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
  if (trace && warning.stack) msg += warning.stack;
  // A warning whose toString is not callable prints as Error's would.
  else msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceHintShown) {
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    const argv0 = String(process.argv0 || 'node').replace(/^.*\//, '');
    msg += `\n(Use \`${argv0} ${flag} ...\` to show where the warning was created)`;
    traceHintShown = true;
  }
  const file = warningFile();
  if (file) return writeWarningToFile(file, msg);
  binding.writeStderr(msg + '\n');
}

// warningFile is node's --redirect-warnings (or NODE_REDIRECT_WARNINGS):
// warnings are appended to that file instead of stderr. Node reads both at
// start-up, so a later change to process.env has no effect.
const redirectEnv = binding.env.NODE_REDIRECT_WARNINGS;
let redirectTo;
function warningFile() {
  if (redirectTo === undefined) {
    redirectTo = '';
    const argv = process.execArgv;
    for (let i = 0; i < argv.length; i++) {
      if (argv[i].startsWith('--redirect-warnings=')) redirectTo = argv[i].slice(20);
      else if (argv[i] === '--redirect-warnings' && i + 1 < argv.length) redirectTo = argv[++i];
    }
    if (!redirectTo) redirectTo = redirectEnv || '';
  }
  return redirectTo;
}

let warningFd;
function writeWarningToFile(file, msg) {
  const fs = require('fs');
  if (warningFd === undefined) {
    try {
      warningFd = fs.openSync(file, 'a');
    } catch {
      // As node: a file that cannot be opened falls back to stderr.
      return binding.writeStderr(msg + '\n');
    }
    process.on('exit', () => {
      try { fs.closeSync(warningFd); } catch { /* already closed */ }
    });
  }
  // One append at a time, so warnings land in the order emitted.
  if (warningQueue !== null) {
    warningQueue.push(msg);
    return;
  }
  warningQueue = [msg];
  const next = () => {
    const m = warningQueue.shift();
    fs.appendFile(warningFd, `${m}\n`, (err) => {
      if (err) binding.writeStderr(m + '\n');
      if (warningQueue.length > 0) next();
      else warningQueue = null;
    });
  };
  next();
}
let warningQueue = null;
if (!binding.noWarnings) process.on('warning', onWarning);

process.nextTick = function nextTick(callback, ...args) {
  // Checked inline: the validator's module costs a compile to load. A
  // rest parameter, not `arguments`: goja builds an arguments object on
  // every call, which costs more than the rest of a tick.
  if (typeof callback !== 'function') errors().validateFunction(callback, 'callback');
  // The variable behind process._exiting: a getter call costs here.
  if (exiting) return;
  // Inside a domain the callback must report its exceptions to it (the
  // loop has restored the task's context by the time they are caught).
  if (process.domain) callback = domainHooks().wrapTick?.(callback) ?? callback;
  binding.nextTick(callback, args.length === 0 ? undefined : args);
};
// _tickCallback runs the tick queue now (old code calls it to flush).
// Promise jobs still wait for the current macrotask to end: goja has no
// way to run them from inside JS.
process._tickCallback = function _tickCallback() { binding.runTicks(); };
Object.defineProperty(process, 'sourceMapsEnabled', {
  get() { return false; },
  enumerable: true,
  configurable: true,
});
process.setSourceMapsEnabled = function setSourceMapsEnabled(val) {
  if (typeof val !== 'boolean') throw new (errors().codes.ERR_INVALID_ARG_TYPE)('val', 'boolean', val);
  // goja applies inline source maps whatever this says.
};
process.getBuiltinModule = function getBuiltinModule(id) {
  return binding.getBuiltin(String(id));
};
// Node sends SIGUSR1 to start the target's inspector; a gorun target
// without one ignores it, a node target opens its inspector.
process._debugProcess = function _debugProcess(pid) {
  const err = process._kill(pid, binding.signalNumber('SIGUSR1'));
  if (err) throw new (errors().ErrnoException)(err, '_debugProcess');
};
process._debugEnd = function _debugEnd() {
  throw new (errors().codes.ERR_NOT_IMPLEMENTED)('process._debugEnd (no inspector)');
};
// They tell V8's CPU profiler when the loop idles; there is no profiler to
// tell, so they have nothing to do.
process._startProfilerIdleNotifier = function _startProfilerIdleNotifier() {};
process._stopProfilerIdleNotifier = function _stopProfilerIdleNotifier() {};

// stdio: made on first access (internal/process/stdio), as node's getters.
Object.defineProperty(process, 'stdout', {
  get() { return require('internal/process/stdio').getStdout(); },
  enumerable: true, configurable: true,
});
Object.defineProperty(process, 'stdin', {
  get() { return require('internal/process/stdio').getStdin(); },
  enumerable: true, configurable: true,
});
Object.defineProperty(process, 'stderr', {
  get() { return require('internal/process/stdio').getStderr(); },
  enumerable: true, configurable: true,
});

process.abort = function abort() { binding.reallyExit(134); };
process.umask = function umask(mask) {
  if (mask !== undefined) mask = errors().parseFileMode(mask, 'mask');
  return binding.umask(mask);
};
process.chdir = function chdir(directory) {
  if (typeof directory !== 'string') throw new (errors().codes.ERR_INVALID_ARG_TYPE)('directory', 'string', directory);
  binding.chdir(directory);
};
process.cwd = function cwd() { return binding.cwd(); };

// Credentials: https://nodejs.org/api/process.html#processsetuidid
// The binding returns 1 (2 for initgroups' group) for an unknown name.
function validateId(id, name) {
  if (typeof id === 'number') errors().validateUint32(id, name);
  else if (typeof id !== 'string') throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, ['number', 'string'], id);
}
process.initgroups = function initgroups(user, extraGroup) {
  validateId(user, 'user');
  validateId(extraGroup, 'extraGroup');
  const result = binding.initgroups(user, extraGroup);
  if (result === 1) throw new (errors().codes.ERR_UNKNOWN_CREDENTIAL)('User', user);
  if (result === 2) throw new (errors().codes.ERR_UNKNOWN_CREDENTIAL)('Group', extraGroup);
};
process.setgroups = function setgroups(groups) {
  errors().validateArray(groups, 'groups');
  for (let i = 0; i < groups.length; i++) validateId(groups[i], `groups[${i}]`);
  const result = binding.setgroups(groups);
  if (result > 0) throw new (errors().codes.ERR_UNKNOWN_CREDENTIAL)('Group', groups[result - 1]);
};
// The setters are anonymous, as node's are.
function idSetter(name, kind) {
  const set = binding[name];
  return [function (id) {
    validateId(id, 'id');
    if (typeof id === 'number') id >>>= 0;
    if (set(id) === 1) throw new (errors().codes.ERR_UNKNOWN_CREDENTIAL)(kind, id);
  }][0];
}
process.setegid = idSetter('setegid', 'Group');
process.seteuid = idSetter('seteuid', 'User');
process.setgid = idSetter('setgid', 'Group');
process.setuid = idSetter('setuid', 'User');

// process.env: https://nodejs.org/api/process.html#processenv
// The Go object stores strings; the proxy adds node's rules for
// defineProperty (only plain, fully open data properties) and for symbol
// keys, which throw on assignment even in sloppy code.
function envDefineError(message) {
  // Node raises this one from C++: a TypeError with an own `code`.
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_OBJECT_DEFINE_PROPERTY';
  return err;
}
process.env = new Proxy(binding.env, {
  defineProperty(target, key, desc) {
    if ('get' in desc || 'set' in desc) {
      throw envDefineError("'process.env' does not accept an accessor(getter/setter) descriptor");
    }
    if (!('value' in desc) || desc.configurable !== true || desc.writable !== true ||
        desc.enumerable !== true) {
      throw envDefineError("'process.env' only accepts a configurable, writable, and enumerable data descriptor");
    }
    target[key] = desc.value;
    return true;
  },
  set(target, key, value) {
    if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      warnEnvCoercion();
    }
    target[key] = value;
    return true;
  },
});
// DEP0104, once per process and only under --pending-deprecation (or
// NODE_PENDING_DEPRECATION=1), as node's C++ env setter does.
let envCoercionWarned = false;
function warnEnvCoercion() {
  if (envCoercionWarned) return;
  if (!process.execArgv.includes('--pending-deprecation') && binding.env.NODE_PENDING_DEPRECATION !== '1' &&
      !/(^|\s)--pending-deprecation(\s|$)/.test(binding.env.NODE_OPTIONS || '')) return;
  envCoercionWarned = true;
  process.emitWarning('Assigning any value other than a string, number, or boolean to a ' +
    'process.env property is deprecated. Please make sure to convert the value to a string ' +
    'before setting process.env with it.', 'DeprecationWarning', 'DEP0104');
}
// The title belongs to the runtime; the OS process keeps its own name.
// --title=<t> (in execArgv) sets it, as node's does.
let title;
Object.defineProperty(process, 'title', {
  get() {
    if (title === undefined) {
      title = String(binding.argv0 || 'gorun').replace(/^.*\//, '');
      const argv = process.execArgv;
      for (let i = 0; i < argv.length; i++) {
        if (argv[i].startsWith('--title=')) title = argv[i].slice(8);
        else if (argv[i] === '--title' && i + 1 < argv.length) title = argv[++i];
      }
    }
    return title;
  },
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
process._preload_modules = [];
process.report = {
  getReport() { throw new (errors().codes.ERR_NOT_IMPLEMENTED)('process.report.getReport'); },
  writeReport() { throw new (errors().codes.ERR_NOT_IMPLEMENTED)('process.report.writeReport'); },
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

// Hooks for the runtime (not part of Node's surface).
// exitCodeNumber is the code the process ends with as node's C++ reads it:
// process.exitCode as an integer, 0 when unset.
function exitCodeNumber() {
  return exitCode === undefined || exitCode === null ? 0 : (+exitCode | 0);
}

binding.hooks = {
  // The runtime calls process._fatalException as node's C++ does, so a
  // user's replacement is honoured; one that is not a function ends the
  // process with node's kInvalidFatalExceptionMonkeyPatching (6), no
  // 'exit' event.
  fatalException(er, fromPromise) {
    const f = process._fatalException;
    if (typeof f !== 'function') {
      process._exiting = true;
      exitCode = 6;
      return false;
    }
    // As in node, only an explicit false means "not handled".
    return Reflect.apply(f, process, [er, fromPromise]) !== false;
  },
  emitExit() {
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', exitCodeNumber());
    }
    return exitCodeNumber();
  },
  // exitCode is undefined while process.exitCode is unset, so that an
  // 'exit' listener setting it to 0 after an uncaught exception is obeyed.
  exitCode() { return exitCode === undefined || exitCode === null ? undefined : exitCodeNumber(); },
  beforeExit() { process.emit('beforeExit', exitCodeNumber()); },
  // With domains loaded, a rejection made inside a domain goes to that
  // domain's 'error' event instead (node's promiseInfo.domain): the
  // runtime calls this in the async context of the rejection, and the
  // listener runs outside the domain, as node's does. When the domain has
  // no listener the emit throws, which node reports as an uncaught
  // exception.
  emitUnhandled(reason, promise) {
    const d = process.domain;
    if (d !== null && d !== undefined) {
      if (typeof d.exit === 'function') d.exit();
      try {
        return d.emit('error', reason);
      } catch (err) {
        binding.nextTick(() => { throw err; }, undefined);
        return true;
      }
    }
    return process.emit('unhandledRejection', reason, promise);
  },
  emitRejectionHandled(promise, uid) {
    if (!process.emit('rejectionHandled', promise)) {
      const w = new Error(`Promise rejection was handled asynchronously (rejection id: ${uid})`);
      w.name = 'PromiseRejectionHandledWarning';
      process.emitWarning(w);
    }
  },
  unhandledError(reason) {
    if (typeof reason === 'object' && reason !== null && Object.prototype.hasOwnProperty.call(reason, 'stack')) return reason;
    return new UnhandledPromiseRejection(reason);
  },
};

// What node throws for a rejection whose reason is not error-like
// (lib/internal/process/promises.js).
class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    super('This error originated either by throwing inside of an async function without a ' +
      'catch block, or by rejecting a promise which was not handled with .catch(). The promise ' +
      `rejected with the reason "${noSideEffectsToString(reason)}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
  }
}
Object.defineProperty(UnhandledPromiseRejection.prototype, 'name', {
  value: 'UnhandledPromiseRejection', writable: true, configurable: true,
});

// noSideEffectsToString is V8's Object::NoSideEffectsToString, which node
// uses to name a rejection reason: it never runs user code (no toString,
// no getters), so it reads data properties only.
function noSideEffectsToString(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'symbol': return Symbol.prototype.toString.call(v);
    case 'function': return Function.prototype.toString.call(v);
    case 'object': break;
    default: return String(v);
  }
  if (v === null) return 'null';
  if (v instanceof Error) {
    const name = dataProperty(v, 'name');
    const message = dataProperty(v, 'message');
    const n = name === undefined ? 'Error' : String(name);
    const m = message === undefined ? '' : String(message);
    if (n === '') return m;
    return m === '' ? n : `${n}: ${m}`;
  }
  if (Array.isArray(v)) return '[object Array]';
  const ctor = dataProperty(v, 'constructor');
  if (typeof ctor === 'function') {
    const name = dataProperty(ctor, 'name');
    if (typeof name === 'string' && name !== '') return `#<${name}>`;
  }
  const tag = dataProperty(v, Symbol.toStringTag);
  return `[object ${typeof tag === 'string' ? tag : 'Object'}]`;
}

// dataProperty reads key along o's prototype chain without calling getters.
function dataProperty(o, key) {
  for (let p = o; p !== null; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d !== undefined) return 'value' in d ? d.value : undefined;
  }
  return undefined;
}

// V8 builds these natively: they are not constructors and have no
// prototype (test-process-abort checks). Re-declare them as methods.
for (const name of [
  '_debugEnd', '_debugProcess', '_fatalException', '_startProfilerIdleNotifier',
  '_stopProfilerIdleNotifier', 'abort', 'availableMemory', 'constrainedMemory', 'dlopen',
  'getegid', 'geteuid', 'getgid', 'getgroups', 'getuid', 'reallyExit',
]) {
  const d = Object.getOwnPropertyDescriptor(process, name);
  if (!d || typeof d.value !== 'function' || d.value.prototype === undefined) continue;
  const f = d.value;
  const m = { [name](...args) { return Reflect.apply(f, this, args); } }[name];
  Object.defineProperty(m, 'length', { value: f.length, configurable: true });
  Object.defineProperty(process, name, { ...d, value: m });
}

module.exports = process;
