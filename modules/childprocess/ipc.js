'use strict';
// internal/child_process/ipc: both ends of fork()'s IPC channel, speaking
// Node's "json" serialization (one JSON document per line). attach() gives
// a ChildProcess (parent side) or the process object (child side) send,
// disconnect, connected, channel and the 'message'/'disconnect' events;
// setup(process) adopts the channel named by NODE_CHANNEL_FD at start-up.

const EventEmitter = require('events');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED,
    ERR_MISSING_ARGS,
    ERR_NOT_IMPLEMENTED,
  },
  ErrnoException,
} = require('internal/errors');
const { validateObject } = require('internal/validators');

const kChannel = Symbol('kChannel');

// Control is what `subprocess.channel` and `process.channel` are: ref()
// and unref() decide whether the channel keeps the loop alive; the child
// side counts 'message'/'disconnect' listeners as refs, as Node does.
class Control extends EventEmitter {
  #ch;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(ch) {
    super();
    this.#ch = ch;
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#ch.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) this.#ch.unref();
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#ch.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#ch.unref();
  }

  get fd() {
    return undefined;
  }
}

function attach(target, ch, hooks) {
  const control = new Control(ch);
  let pendingWrites = 0;
  let closing = false;
  target.channel = control;
  // _channel: node's deprecated alias (DEP0129), warned on use.
  if (!Object.getOwnPropertyDescriptor(target, '_channel')) {
    const { deprecate } = require('util');
    const msg = '_channel is deprecated. Use ChildProcess.channel instead.';
    Object.defineProperty(target, '_channel', {
      __proto__: null,
      get: deprecate(() => target.channel, msg, 'DEP0129'),
      set: deprecate((val) => { target.channel = val; }, msg, 'DEP0129'),
      configurable: true,
      enumerable: false,
    });
  }
  target[kChannel] = ch;
  target.connected = true;

  function handleLine(line) {
    if (line === '') return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      return;
    }
    const internal = message !== null && typeof message === 'object' &&
      typeof message.cmd === 'string' && message.cmd.startsWith('NODE_');
    process.nextTick(() => target.emit(internal ? 'internalMessage' : 'message', message));
  }

  hooks.onLine = handleLine;
  hooks.onClose = () => {
    if (target.channel === null && closing) return;
    target.connected = false;
    target._disconnect();
  };

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => this.emit('error', ex));
    return false;
  };

  target._send = function _send(message, handle, options, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (handle) throw new ERR_NOT_IMPLEMENTED('sending handles over IPC');
    const line = JSON.stringify(message) + '\n';
    pendingWrites++;
    ch.send(line, (err) => {
      pendingWrites--;
      if (err) {
        const ex = new ErrnoException(err, 'write');
        if (typeof callback === 'function') callback(ex);
        else if (!options.swallowErrors) this.emit('error', ex);
      } else if (typeof callback === 'function') {
        callback(null);
      }
      if (pendingWrites === 0 && closing && this.channel !== null) this._disconnect();
    });
    return true;
  };

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    closing = true;
    // Queued messages go out first, as in Node.
    if (pendingWrites === 0) this._disconnect();
  };

  target._disconnect = function _disconnect() {
    if (this.channel === null) return;
    closing = true;
    this.channel = null;
    this.connected = false;
    process.nextTick(() => {
      ch.close();
      target.emit('disconnect');
    });
  };
}

// setup runs at process start-up: when a parent (gorun or node) forked
// this process it gives process its IPC methods.
function setup(process) {
  const env = process.env;
  if (!env.NODE_CHANNEL_FD) return;
  const fd = Number.parseInt(env.NODE_CHANNEL_FD, 10);
  const mode = env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete env.NODE_CHANNEL_FD;
  delete env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!(fd >= 0) || mode !== 'json') return;
  const hooks = {};
  const ch = binding.open(fd, (line) => hooks.onLine(line), () => hooks.onClose());
  ch.unref();
  attach(process, ch, hooks);
  const control = process.channel;
  process.on('newListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
}

module.exports = { attach, setup };
