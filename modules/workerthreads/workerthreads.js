// Node's worker_threads module: https://nodejs.org/api/worker_threads.html.
// worker.js, the Worker class and a worker's side, precedes this file in
// the same function body.
'use strict';

const {
  codes: {
    ERR_CONSTRUCT_CALL_INVALID,
    ERR_CONSTRUCT_CALL_REQUIRED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
    ERR_NOT_IMPLEMENTED,
    ERR_UNKNOWN_MODULE_FORMAT,
    ERR_WORKER_PATH,
    ERR_WORKER_UNSERIALIZABLE_ERROR,
    ERR_WORKER_UNSUPPORTED_OPERATION,
  },
  validateArray,
  validateObject,
  validateString,
} = require('internal/errors');
const {
  Event,
  NodeEventTarget,
  kCreateEvent,
  defineEventHandler,
  kNewListener,
  kRemoveListener,
} = require('internal/event_target');

const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kState = Symbol('kState');
const kName = Symbol('kName');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

class MessageEvent extends Event {
  #data;
  #origin;
  #lastEventId;
  #source;
  #ports;

  constructor(type, options = {}) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    const { data = null, origin = '', lastEventId = '', source = null, ports = [] } = options ?? {};
    if (source !== null && !(source instanceof MessagePort)) {
      throw new ERR_INVALID_ARG_TYPE('init.source', 'MessagePort', source);
    }
    if (ports === null || typeof ports[Symbol.iterator] !== 'function') {
      throw new TypeError('ports is not iterable');
    }
    const list = [...ports];
    for (let i = 0; i < list.length; i++) {
      if (!(list[i] instanceof MessagePort)) {
        throw new ERR_INVALID_ARG_TYPE(`init.ports[${i}]`, 'MessagePort', list[i]);
      }
    }
    this.#data = data;
    this.#origin = `${origin}`;
    this.#lastEventId = `${lastEventId}`;
    this.#source = source;
    this.#ports = list;
  }

  get data() { return this.#data; }
  get origin() { return this.#origin; }
  get lastEventId() { return this.#lastEventId; }
  get source() { return this.#source; }
  get ports() { return this.#ports; }
}

// clone gives a message the structured-clone semantics of postMessage:
// the receiver never shares objects with the sender. ArrayBuffers in the
// transfer list move into the clone and are detached here (structuredClone
// does it, and copies untransferable ones, such as Buffer's pools);
// transferring a MessagePort is not supported yet.
function clone(value, transferList) {
  const list = transferItems(transferList);
  for (const item of list) {
    if (item instanceof MessagePort) {
      throw new ERR_NOT_IMPLEMENTED('transferring a MessagePort');
    }
  }
  return structuredClone(value, { transfer: list });
}

function iterableError(what) {
  const e = new ERR_INVALID_ARG_TYPE(what, 'iterable', undefined);
  e.message = `Optional ${what} argument must be an iterable`;
  return e;
}

// transferItems reads postMessage's second argument as node does: an
// iterable transfer list, or an options object with a `transfer` one.
function transferItems(arg) {
  if (arg === undefined || arg === null) return [];
  let what = 'transferList';
  if (typeof arg === 'object' && typeof arg[Symbol.iterator] !== 'function') {
    if (arg.transfer === undefined) return [];
    arg = arg.transfer;
    what = 'options.transfer';
  }
  if ((typeof arg !== 'object' && typeof arg !== 'function') || arg === null ||
      typeof arg[Symbol.iterator] !== 'function') {
    throw iterableError(what);
  }
  try {
    return [...arg];
  } catch {
    throw iterableError(what);
  }
}

function portState(port) {
  const s = port?.[kState];
  if (s === undefined) throw new ERR_INVALID_THIS('MessagePort');
  return s;
}

// A port's state: its peer, the messages waiting for it, whether it
// dispatches them (started) and the loop handle that keeps the process
// alive while it is started and referenced.
// MessagePort is not constructible from JS, with or without new (node's
// ERR_CONSTRUCT_CALL_INVALID), so it is a plain function whose instances
// come from createPort; the methods live in PortMethods and are copied
// onto its prototype.
function MessagePort() {
  throw new ERR_CONSTRUCT_CALL_INVALID();
}
Object.setPrototypeOf(MessagePort, NodeEventTarget);
Object.setPrototypeOf(MessagePort.prototype, NodeEventTarget.prototype);

function createPort() {
  const port = Reflect.construct(NodeEventTarget, [], MessagePort);
  port[kState] = {
    peer: null,
    queue: [],
    started: false,
    closed: false,
    refed: true,
    scheduled: false,
    handle: binding.handle(),
    messageListeners: 0,
  };
  return port;
}

const PortMethods = class {

  postMessage(message, transferList) {
    const s = portState(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (s.remote) {
      // A worker's parentPort: the message leaves this runtime as bytes.
      const bytes = serializeMessage(message, transferList);
      if (!s.closed && !s.closing) s.remote.post(bytes);
      return;
    }
    const data = clone(message, transferList);
    if (s.closed || s.closing || s.peer === null) return;
    const peer = s.peer[kState];
    if (peer.closed || peer.closing) return;
    peer.queue.push(data);
    schedule(s.peer);
  }

  start() {
    const s = portState(this);
    if (s.closed || s.started) return;
    s.started = true;
    syncRef(s);
    schedule(this);
  }

  close(callback) {
    const s = portState(this);
    // node's close(cb) listens for 'close' itself.
    if (typeof callback === 'function') this.once('close', callback);
    if (s.closed || s.closing) return;
    closePort(this, true);
    if (s.peer !== null) closePort(s.peer, false);
  }

  ref() {
    const s = portState(this);
    s.refed = true;
    syncRef(s);
    return this;
  }

  unref() {
    const s = portState(this);
    s.refed = false;
    syncRef(s);
    return this;
  }

  hasRef() {
    return portState(this).handle.hasRef();
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    NodeEventTarget.prototype[kNewListener].call(this, size, type, listener, once, capture, passive, weak);
    if (type === 'message') {
      const s = this[kState];
      s.messageListeners++;
      if (s.messageListeners === 1) {
        s.refed = true;
        this.start();
      }
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    NodeEventTarget.prototype[kRemoveListener].call(this, size, type, listener, capture);
    if (type === 'message') {
      const s = this[kState];
      s.messageListeners = Math.max(0, s.messageListeners - 1);
      if (s.messageListeners === 0) {
        s.refed = false;
        syncRef(s);
      }
    }
  }

  [kCreateEvent](data, type) {
    return new MessageEvent(type, { data });
  }

  [customInspectSymbol](depth, options, inspect) {
    const s = this[kState];
    if (depth < 0) return 'MessagePort';
    return `MessagePort ${inspect({ active: !s.closed, refed: s.handle.hasRef() }, options)}`;
  }
}
for (const key of Reflect.ownKeys(PortMethods.prototype)) {
  if (key === 'constructor') continue;
  Object.defineProperty(MessagePort.prototype, key,
                        Object.getOwnPropertyDescriptor(PortMethods.prototype, key));
}

defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');
// Setting onmessage starts the port, as in browsers and node.
{
  const desc = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage');
  const set = desc.set;
  desc.set = function(value) {
    set.call(this, value);
    if (typeof value === 'function') this.start();
  };
  Object.defineProperty(MessagePort.prototype, 'onmessage', desc);
}
// No toStringTag of its own: node's ports read [object EventTarget].

function syncRef(s) {
  if (!s.closed && s.started && s.refed) s.handle.ref();
  else s.handle.unref();
}

function schedule(port) {
  const s = port[kState];
  if (!s.started || s.scheduled || s.closed || s.queue.length === 0) return;
  s.scheduled = true;
  s.handle.post(() => deliver(port));
}

// deliver dispatches every message queued when it runs, one 'message'
// event each: node-style listeners get the data, DOM ones a MessageEvent.
function deliver(port) {
  const s = port[kState];
  s.scheduled = false;
  const batch = s.queue;
  s.queue = [];
  for (let i = 0; i < batch.length; i++) {
    if (s.closed || !s.started) {
      s.queue = batch.slice(i).concat(s.queue);
      return;
    }
    // The MessageEvent is made only if a DOM-style listener wants one
    // (kCreateEvent): node-style listeners get the data alone.
    port[kHybridDispatch](batch[i], 'message', undefined);
  }
}

// closePort closes port after its queued messages; the port close() was
// called on stays alive for its 'close' event, its peer only if it was
// referenced anyway (node may exit before the peer hears of it).
function closePort(port, keepAlive) {
  const s = port[kState];
  if (s.closed || s.closing) return;
  s.closing = true;
  // Messages already queued are still delivered before 'close'.
  const finish = () => {
    if (s.started) deliver(port);
    s.closed = true;
    s.queue = [];
    s.handle.close();
    port[kHybridDispatch](undefined, 'close', new Event('close'));
  };
  if (keepAlive) s.handle.ref();
  s.handle.post(finish);
}

// MessageChannel is a function for node's ERR_CONSTRUCT_CALL_REQUIRED
// when called without new.
function MessageChannel() {
  if (new.target === undefined) {
    // node's MessageChannel is native: its message names no class.
    const e = new ERR_CONSTRUCT_CALL_REQUIRED('MessageChannel');
    e.message = 'Cannot call constructor without `new`';
    throw e;
  }
  {
    const port1 = createPort();
    const port2 = createPort();
    port1[kState].peer = port2;
    port2[kState].peer = port1;
    Object.defineProperty(this, 'port1', { value: port1, enumerable: true, configurable: true });
    Object.defineProperty(this, 'port2', { value: port2, enumerable: true, configurable: true });
  }
}

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort) || port[kState] === undefined) {
    const e = new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
    e.message = 'The "port" argument must be a MessagePort instance';
    throw e;
  }
  const s = port[kState];
  if (s.queue.length === 0) return undefined;
  return { message: s.queue.shift() };
}

// BroadcastChannel: every open channel of the same name but the sender
// receives a clone of each message.
const channels = new Map();

class BroadcastChannel extends NodeEventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this[kName] = `${name}`;
    this[kState] = { closed: false, handle: binding.handle(), listeners: 0 };
    let set = channels.get(this[kName]);
    if (set === undefined) channels.set(this[kName], set = new Set());
    set.add(this);
  }

  get name() {
    if (this[kState] === undefined) throw new ERR_INVALID_THIS('BroadcastChannel');
    return this[kName];
  }

  close() {
    const s = this[kState];
    if (s === undefined) throw new ERR_INVALID_THIS('BroadcastChannel');
    if (s.closed) return;
    s.closed = true;
    s.handle.close();
    const set = channels.get(this[kName]);
    set.delete(this);
    if (set.size === 0) channels.delete(this[kName]);
  }

  postMessage(message) {
    const s = this[kState];
    if (s === undefined) throw new ERR_INVALID_THIS('BroadcastChannel');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (s.closed) {
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    for (const other of channels.get(this[kName]) ?? []) {
      if (other === this) continue;
      const data = clone(message);
      other[kState].handle.post(() => {
        if (!other[kState].closed) {
          other[kHybridDispatch](data, 'message', new MessageEvent('message', { data }));
        }
      });
    }
  }

  ref() {
    const s = this[kState];
    if (!s.closed) s.handle.ref();
    return this;
  }

  unref() {
    this[kState].handle.unref();
    return this;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type === 'message' && ++this[kState].listeners === 1) this.ref();
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'message' && --this[kState].listeners === 0) this.unref();
  }

  [customInspectSymbol](depth, options, inspect) {
    const s = this?.[kState];
    if (s === undefined || !(this instanceof BroadcastChannel)) {
      throw new ERR_INVALID_THIS('BroadcastChannel');
    }
    if (depth < 0) return 'BroadcastChannel';
    return `BroadcastChannel ${inspect({ name: this[kName], active: !s.closed }, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

function markAsUntransferable(object) {
  if ((typeof object !== 'object' && typeof object !== 'function') || object === null) return;
  binding.markUntransferable(object);
}

const environmentData = new Map();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

function moveMessagePortToContext() {
  throw new ERR_NOT_IMPLEMENTED('worker_threads.moveMessagePortToContext');
}

function postMessageToThread() {
  return Promise.reject(new ERR_NOT_IMPLEMENTED('worker_threads.postMessageToThread'));
}

module.exports = {
  isMainThread: true,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  resourceLimits: {},
  postMessageToThread,
  threadId: 0,
  SHARE_ENV,
  Worker,
  parentPort: null,
  workerData: null,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
  // For the lead's lazy globals (MessageEvent is a global in node).
  MessageEvent,
};
Object.defineProperty(module.exports, 'MessageEvent', { enumerable: false });
setupWorkerSide(module.exports);
