// Worker threads: this part of the shim comes before workerthreads.js in
// the same function body. Each worker is a second runtime on its own
// goroutine (runtime/worker.go); the two sides share no JS values, only
// bytes in V8's serialization format through the binding of
// internal/worker_threads/host, as node moves messages between isolates.

let hostBinding;
function host() {
  if (hostBinding === undefined) {
    try {
      hostBinding = require('internal/worker_threads/host');
    } catch {
      hostBinding = null; // a runtime that cannot start workers
    }
  }
  return hostBinding;
}

let v8;
function lazyV8() {
  if (v8 === undefined) v8 = require('v8');
  return v8;
}

const dataCloneError = (message) => new DOMException(message, 'DataCloneError');

// serializeValue writes value the way postMessage's structured clone
// does: V8's own format, typed arrays and Buffers as plain views (they
// arrive as the typed array, a Buffer as a Uint8Array).
function serializeValue(value) {
  const h = host();
  if (h !== null) {
    const fast = h.encode(value);
    if (fast !== undefined) return new Uint8Array(fast);
  }
  const ser = new (lazyV8().Serializer)();
  ser._getDataCloneError = dataCloneError;
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserializeValue(arrayBuffer) {
  const h = host();
  if (h !== null) {
    const value = h.decode(arrayBuffer);
    if (value !== h.fallback) return value;
  }
  const der = new (lazyV8().Deserializer)(new Uint8Array(arrayBuffer));
  der.readHeader();
  return der.readValue();
}

// serializeMessage applies the transfer list first (moved ArrayBuffers
// are detached here, as node does), then serializes.
function serializeMessage(value, transferList) {
  const list = transferItems(transferList);
  for (const item of list) {
    if (item instanceof MessagePort) {
      throw new ERR_NOT_IMPLEMENTED('transferring a MessagePort to a worker');
    }
  }
  if (list.length > 0) value = structuredClone(value, { transfer: list });
  return serializeValue(value);
}

const errorCtors = {
  Error, TypeError, RangeError, EvalError, ReferenceError, SyntaxError, URIError,
  AggregateError,
};

// serializeError is node's internal/error_serdes in spirit: an error
// keeps its class (the nearest standard one), message, stack and own
// properties; another value is cloned, or sent as its inspection when it
// can't be.
function serializeError(error) {
  try {
    if (error !== null && typeof error === 'object' && error instanceof Error) {
      return serializeValue(errorRecord(error));
    }
    return serializeValue({ kind: 'value', value: error });
  } catch {
    try {
      return serializeValue({ kind: 'inspected', value: require('util').inspect(error) });
    } catch {
      return serializeValue({ kind: 'unserializable' });
    }
  }
}

// errorRecord is what crosses for an Error: its nearest standard class,
// and its own properties (message, stack, code…) that can be cloned. A
// property whose getter throws (a throwing prepareStackTrace makes
// stack one) is left out, as node does.
function errorRecord(error) {
  let proto = Object.getPrototypeOf(error);
  let ctor = 'Error';
  while (proto !== null) {
    const desc = Object.getOwnPropertyDescriptor(proto, 'constructor');
    const name = desc !== undefined && 'value' in desc ? desc.value?.name : undefined;
    if (name && Object.prototype.hasOwnProperty.call(errorCtors, name) &&
        errorCtors[name].prototype === proto) {
      ctor = name;
      break;
    }
    proto = Object.getPrototypeOf(proto);
  }
  const props = {};
  const enumerable = [];
  const take = (key, own) => {
    let value;
    let isEnumerable = false;
    try {
      // Even the descriptor of a lazily formatted stack may throw.
      if (own) isEnumerable = Object.getOwnPropertyDescriptor(error, key).enumerable;
      value = error[key];
      serializeValue(value);
    } catch {
      return; // node drops what it cannot read or clone
    }
    props[key] = value;
    if (isEnumerable) enumerable.push(key);
  };
  let keys;
  try {
    keys = Object.getOwnPropertyNames(error);
  } catch {
    keys = []; // listing may format the stack too
  }
  for (const key of keys) take(key, true);
  if (!('message' in props)) take('message', false);
  if (!('stack' in props)) take('stack', false);
  let name;
  try {
    name = error.name;
  } catch {
    // Left to the prototype.
  }
  if (typeof name === 'string' && name !== ctor && !('name' in props)) props.name = name;
  return { kind: 'error', ctor, props, enumerable };
}

function deserializeError(arrayBuffer) {
  const v = deserializeValue(arrayBuffer);
  if (v.kind === 'unserializable') return new ERR_WORKER_UNSERIALIZABLE_ERROR();
  if (v.kind !== 'error') return v.value;
  const e = Object.create((errorCtors[v.ctor] ?? Error).prototype);
  for (const key of Object.keys(v.props)) {
    Object.defineProperty(e, key, {
      value: v.props[key], writable: true, configurable: true,
      enumerable: v.enumerable.includes(key),
    });
  }
  return e;
}

const kHandle = Symbol('kHandle');
const kLimits = Symbol('kLimits');
const kOnEvent = Symbol('kOnEvent');
const kStdout = Symbol('kStdout');
const kStderr = Symbol('kStderr');
const kStdin = Symbol('kStdin');
const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');
const kDefaultLimits = {
  maxYoungGenerationSizeMb: 48,
  maxOldGenerationSizeMb: 4096,
  codeRangeSizeMb: 0,
  stackSizeMb: 4,
};
// Event kinds, as workerthreads.Kind*.
const kMessage = 0;
const kOnline = 1;
const kError = 2;
const kExit = 3;
const kStdoutData = 4;
const kStderrData = 5;

function isURL(v) {
  return v !== null && typeof v === 'object' && typeof v.href === 'string' &&
    typeof v.protocol === 'string';
}

// workerFilename resolves what new Worker() names: an absolute path, a
// ./ or ../ path (against the working directory), or a file: URL.
function workerFilename(filename) {
  const path = require('path');
  if (isURL(filename)) {
    return require('url').fileURLToPath(filename);
  }
  if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
    throw new ERR_WORKER_PATH(filename);
  }
  return path.resolve(filename);
}

// dataEntry reads a data: URL entry, run as an ES module as node does;
// a type other than JavaScript makes the worker fail with node's error.
function dataEntry(url) {
  const href = url.href;
  const comma = href.indexOf(',');
  const meta = href.slice(5, comma < 0 ? href.length : comma).split(';');
  const mime = meta[0].trim().toLowerCase();
  const body = comma < 0 ? '' : href.slice(comma + 1);
  const source = meta.includes('base64') ?
    require('buffer').Buffer.from(decodeURIComponent(body), 'base64').toString() :
    decodeURIComponent(body);
  if (!/^(text|application)\/javascript$/.test(mime)) {
    return { source: '', error: serializeError(new ERR_UNKNOWN_MODULE_FORMAT(mime, href)) };
  }
  return { source, error: undefined };
}

function stringList(value, name) {
  if (value === undefined) return null;
  validateArray(value, name);
  return value.map(String);
}

function envList(env) {
  if (env === undefined || env === SHARE_ENV) return null;
  if (env === null) return [];
  if (typeof env !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], env);
  }
  return Object.keys(env).map((k) => `${k}=${env[k]}`);
}

class Worker extends require('events') {
  constructor(filename, options = {}) {
    super();
    options ??= {};
    const isEval = Boolean(options.eval);
    if (typeof filename !== 'string' && !isURL(filename)) {
      throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
    }
    let entry = filename;
    let dataURL = null;
    if (isEval) {
      if (typeof filename !== 'string') {
        throw new ERR_INVALID_ARG_VALUE('options.eval', options.eval,
                                        'must be false when \'filename\' is not a string');
      }
    } else if (isURL(filename) && filename.protocol === 'data:') {
      dataURL = dataEntry(filename);
    } else {
      entry = workerFilename(filename);
    }
    const argv = stringList(options.argv, 'options.argv');
    const execArgv = stringList(options.execArgv, 'options.execArgv');
    const env = envList(options.env);
    if (options.name !== undefined) validateString(options.name, 'options.name');

    const limits = { ...kDefaultLimits };
    if (options.resourceLimits !== undefined && options.resourceLimits !== null) {
      validateObject(options.resourceLimits, 'options.resourceLimits');
      for (const key of Object.keys(kDefaultLimits)) {
        const v = options.resourceLimits[key];
        if (typeof v === 'number' && v > 0) limits[key] = v;
      }
    }
    const workerData = serializeMessage(options.workerData, options.transferList);
    const h = host();
    if (h === null || !h.canStart) {
      throw new ERR_NOT_IMPLEMENTED('worker_threads.Worker in this runtime');
    }
    this[kLimits] = limits;
    this[kHandle] = null;
    // The worker's output arrives here; unless asked to keep it
    // (stdout/stderr: true), it flows on to this thread's own streams.
    const { Readable, Writable } = require('stream');
    this[kStdin] = null;
    if (options.stdin) {
      // worker.stdin feeds the worker's process.stdin.
      this[kStdin] = new Writable({
        write: (chunk, encoding, cb) => {
          this[kHandle]?.writeStdin(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk);
          cb();
        },
        final: (cb) => {
          this[kHandle]?.endStdin();
          cb();
        },
      });
    }
    this[kStdout] = new Readable({ read() {} });
    this[kStderr] = new Readable({ read() {} });
    if (!options.stdout) this[kStdout].pipe(process.stdout, { end: false });
    if (!options.stderr) this[kStderr].pipe(process.stderr, { end: false });
    this[kHandle] = h.start({
      filename: dataURL === null ? entry : dataURL.source,
      eval: isEval || dataURL !== null,
      module: dataURL !== null,
      sourceURL: dataURL === null ? '' : filename.href,
      entryError: dataURL?.error,
      workerData,
      argv: argv ?? [],
      stdin: Boolean(options.stdin),
      env,
      execArgv,
      name: options.name === undefined ? '' : options.name.trim(),
      resourceLimits: serializeValue(limits),
      environmentData: serializeValue(environmentData),
    }, (kind, data, code) => this[kOnEvent](kind, data, code));
    process.nextTick(() => process.emit('worker', this));
  }

  [kOnEvent](kind, data, code) {
    switch (kind) {
      case kOnline:
        this.emit('online');
        break;
      case kMessage: {
        let value;
        try {
          value = deserializeValue(data);
        } catch (err) {
          this.emit('messageerror', err);
          break;
        }
        this.emit('message', value);
        break;
      }
      case kError:
        this.emit('error', deserializeError(data));
        break;
      case kStdoutData:
        this[kStdout].push(new Uint8Array(data));
        break;
      case kStderrData:
        this[kStderr].push(new Uint8Array(data));
        break;
      case kExit:
        this[kStdout].push(null);
        this[kStderr].push(null);
        this[kHandle] = null;
        this[kLimits] = {};
        this.emit('exit', code);
        break;
    }
  }

  get threadId() {
    return this[kHandle] === null ? -1 : this[kHandle].threadId;
  }

  get resourceLimits() {
    return this[kHandle] === null ? {} : { ...this[kLimits] };
  }

  get stdin() { return this[kStdin]; }
  get stdout() { return this[kStdout]; }
  get stderr() { return this[kStderr]; }

  postMessage(...args) {
    if (args.length === 0) throw new ERR_MISSING_ARGS('message');
    const bytes = serializeMessage(args[0], args[1]);
    if (this[kHandle] === null) return;
    this[kHandle].post(bytes);
  }

  terminate(callback) {
    if (this[kHandle] === null) return Promise.resolve();
    if (typeof callback === 'function') {
      process.emitWarning(
        'Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
        'DeprecationWarning', 'DEP0132');
      this.once('exit', (code) => callback(null, code));
    }
    const done = new Promise((resolve) => this.once('exit', (code) => resolve(code)));
    // The promise must settle even for an unref'd worker.
    this[kHandle].ref();
    this[kHandle].terminate();
    return done;
  }

  ref() {
    this[kHandle]?.ref();
  }

  unref() {
    this[kHandle]?.unref();
  }

  getHeapSnapshot() {
    return Promise.reject(new ERR_NOT_IMPLEMENTED('worker.getHeapSnapshot'));
  }

  get performance() {
    return { eventLoopUtilization: () => ({ idle: 0, active: 0, utilization: 0 }) };
  }
}

// setupWorkerSide turns this module into a worker's view when the
// runtime runs as one: parentPort is a MessagePort whose peer is the
// parent's Worker object.
function setupWorkerSide(exports) {
  const self = host()?.self;
  if (self === undefined) return;
  restrictProcess();
  const port = createPort();
  const s = port[kState];
  s.remote = self;
  exports.isMainThread = false;
  exports.parentPort = port;
  exports.threadId = self.threadId;
  exports.workerData = deserializeValue(self.workerData);
  exports.resourceLimits = self.resourceLimits === undefined ? {} :
    deserializeValue(self.resourceLimits);
  if (self.environmentData !== undefined) {
    for (const [key, value] of deserializeValue(self.environmentData)) {
      environmentData.set(key, value);
    }
  }
  self.attach((data) => {
    let value;
    try {
      value = deserializeValue(data);
    } catch (err) {
      port[kHybridDispatch](err, 'messageerror', new MessageEvent('messageerror', { data: err }));
      return;
    }
    if (s.closed || s.closing) return;
    s.queue.push(value);
    if (s.started) deliver(port);
  }, serializeError);
  if (self.entryError !== undefined) {
    // The entry is empty; this is its failure, uncaught as node's is.
    const err = deserializeError(self.entryError);
    process.nextTick(() => { throw err; });
  }
}

// restrictProcess gives a worker's process node's limits: what belongs
// to the whole process (its title, umask, credentials, working
// directory, IPC channel) can't be changed from a worker.
function restrictProcess() {
  const stub = (name) => {
    const fn = function() {
      throw new ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}()`);
    };
    fn.disabled = true;
    return fn;
  };
  for (const name of ['abort', 'chdir', 'send', 'disconnect', 'setuid', 'seteuid',
    'setgid', 'setegid', 'setgroups', 'initgroups']) {
    Object.defineProperty(process, name, {
      value: stub(name), writable: true, configurable: true, enumerable: true,
    });
  }
  for (const name of ['channel', 'connected']) {
    Object.defineProperty(process, name, {
      get() { throw new ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}`); },
      configurable: true, enumerable: true,
    });
  }
  for (const name of ['title', 'debugPort']) {
    const value = process[name];
    Object.defineProperty(process, name, {
      get() { return value; },
      set(_) {}, // ignored in workers, as in node
      configurable: true, enumerable: true,
    });
  }
  const umask = process.umask;
  process.umask = function(mask) {
    if (mask !== undefined) {
      throw new ERR_WORKER_UNSUPPORTED_OPERATION('Setting process.umask()');
    }
    return Reflect.apply(umask, process, []);
  };
  for (const name of ['_startProfilerIdleNotifier', '_stopProfilerIdleNotifier',
    '_debugProcess', '_debugPause', '_debugEnd']) {
    delete process[name];
  }
}
