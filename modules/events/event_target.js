'use strict';
// internal/event_target: the DOM's Event, CustomEvent and EventTarget as
// Node ships them (https://nodejs.org/docs/latest-v20.x/api/events.html#eventtarget-and-event-api),
// plus NodeEventTarget, the emitter-flavoured EventTarget Node uses
// internally. There is no capture or bubbling (Node has no tree), but
// listeners are still keyed by (callback, capture) as the spec requires.

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
  lazyInspect,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateObject,
  validateInternalField,
  validateString,
  kValidateObjectAllowObjects,
} = require('internal/validators');
const EventEmitter = require('events');

const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;

// A registry symbol: EventTarget may come from another realm (nodejs/node#33661).
const kIsEventTarget = Symbol.for('nodejs.event_target');
const kIsNodeEventTarget = Symbol('kIsNodeEventTarget');
const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kCreateEvent = Symbol('kCreateEvent');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kTrustEvent = Symbol('kTrustEvent');
const kType = Symbol('type');
const kDetail = Symbol('detail');
const kFirstEventParam = Symbol('nodejs.kFirstEventParam');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = { __proto__: null, enumerable: true };

const startTime = Date.now();
// now is performance.now() where the runtime has it: Event.timeStamp is
// milliseconds since the process started.
function now() {
  const perf = globalThis.performance;
  if (perf !== undefined && typeof perf.now === 'function') return perf.now();
  return Date.now() - startTime;
}

function nextTick(fn) {
  const p = globalThis.process;
  if (p !== undefined && p !== null && typeof p.nextTick === 'function') p.nextTick(fn);
  else Promise.resolve().then(fn);
}

// A listener that throws must not stop the dispatch: its error surfaces
// as an uncaught exception on a later tick, as in browsers.
function emitUncaughtException(err) {
  nextTick(() => {
    throw err;
  });
}

function emitWarning(w) {
  const p = globalThis.process;
  if (p !== undefined && p !== null && typeof p.emitWarning === 'function') p.emitWarning(w);
}

function inspectValue(value, opts) {
  return lazyInspect()(value, opts);
}

const isTrustedSet = new WeakSet();

function isEvent(value) {
  return typeof value?.[kType] === 'string';
}

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = now();
  #propagationStopped = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null) validateObject(options, 'options');
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this[kType] = `${type}`;
    if (options?.[kTrustEvent]) isTrustedSet.add(this);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [customInspectSymbol](depth, options) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = Object.assign({}, options, {
      depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
    });
    return `${name} ${inspectValue({
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, opts)}`;
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    // The spec sets both flags (https://dom.spec.whatwg.org/#dom-event-stopimmediatepropagation).
    this.stopPropagation();
    this[kStop] = true;
  }

  preventDefault() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#defaultPrevented = true;
  }

  get target() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get currentTarget() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get type() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kType];
  }

  get cancelable() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable;
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#timestamp;
  }

  composedPath() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return !this.#cancelable || !this.#defaultPrevented;
  }

  get bubbles() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#bubbles;
  }

  get composed() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#composed;
  }

  get eventPhase() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
  }
}

Object.defineProperties(Event.prototype, {
  [Symbol.toStringTag]: { __proto__: null, writable: false, enumerable: false, configurable: true, value: 'Event' },
  initEvent: kEnumerableProperty,
  stopImmediatePropagation: kEnumerableProperty,
  preventDefault: kEnumerableProperty,
  target: kEnumerableProperty,
  currentTarget: kEnumerableProperty,
  srcElement: kEnumerableProperty,
  type: kEnumerableProperty,
  cancelable: kEnumerableProperty,
  defaultPrevented: kEnumerableProperty,
  timeStamp: kEnumerableProperty,
  composedPath: kEnumerableProperty,
  returnValue: kEnumerableProperty,
  bubbles: kEnumerableProperty,
  composed: kEnumerableProperty,
  eventPhase: kEnumerableProperty,
  cancelBubble: kEnumerableProperty,
  stopPropagation: kEnumerableProperty,
  // On the prototype rather than unforgeable on each instance, as Node
  // does for speed.
  isTrusted: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get: Object.getOwnPropertyDescriptor({ get isTrusted() { return isTrustedSet.has(this); } }, 'isTrusted').get,
  },
});

['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'].forEach((name, index) => {
  Object.defineProperty(Event, name, { __proto__: null, writable: false, configurable: false, enumerable: true, value: index });
});

function isCustomEvent(value) {
  return isEvent(value) && (value?.[kDetail] !== undefined);
}

class CustomEvent extends Event {
  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this[kDetail] = options?.detail ?? null;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this[kDetail];
  }
}

Object.defineProperties(CustomEvent.prototype, {
  [Symbol.toStringTag]: { __proto__: null, writable: false, enumerable: false, configurable: true, value: 'CustomEvent' },
  detail: kEnumerableProperty,
});

// Listener is one registration, a node in the type's doubly linked list.
// Dispatch follows `next` pointers live, so a listener appended while an
// earlier one runs is still reached when it lands after the current
// node: Node behaves so, and it is observable.
class Listener {
  constructor(previous, listener, once, capture, passive, isNodeStyleListener, resistStopPropagation) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.listener = listener;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyleListener = isNodeStyleListener;
    this.resistStopPropagation = resistStopPropagation;
    this.removed = false;
    if (typeof listener === 'function') {
      this.callback = listener;
    } else {
      // handleEvent is looked up at dispatch time; an async wrapper turns
      // its throw into a rejection reported like a listener's.
      this.callback = async (...args) => {
        if (listener.handleEvent) await Reflect.apply(listener.handleEvent, listener, args);
      };
    }
  }

  same(listener, capture) {
    return this.listener === listener && this.capture === capture;
  }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
  }
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    if (this[kMaxEventTargetListeners] > 0 && size > this[kMaxEventTargetListeners] &&
        !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      // A warning, not an error, hence no code.
      const w = new Error('Possible EventTarget memory leak detected. ' +
                          `${size} ${type} listeners ` +
                          `added to ${inspectValue(this, { depth: -1 })}. MaxListeners is ${this[kMaxEventTargetListeners]}. Use ` +
                          'events.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      emitWarning(w);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');

    let once = false;
    let capture = false;
    let passive = false;
    let isNodeStyleListener = false;
    let resistStopPropagation = false;

    if (options !== kEmptyObject) {
      // Options before the listener check: the spec requires their
      // getters to run even when the listener is rejected.
      options = validateEventListenerOptions(options);
      once = options.once;
      capture = options.capture;
      passive = options.passive;
      isNodeStyleListener = options.isNodeStyleListener;
      resistStopPropagation = options.resistStopPropagation;

      const signal = options.signal;
      validateAbortSignal(signal, 'options.signal');
      if (signal) {
        if (signal.aborted) return;
        signal.addEventListener('abort', () => {
          this.removeEventListener(type, listener, options);
        }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
      }
    }

    if (!validateEventListener(listener)) {
      // The DOM silently accepts undefined; Node warns.
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      emitWarning(w);
      return;
    }

    type = `${type}`;
    const resist = Boolean(resistStopPropagation);
    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: resist };
      new Listener(root, listener, once, capture, passive, isNodeStyleListener, resist);
      this[kNewListener](root.size, type, listener, once, capture, passive, false);
      this[kEvents].set(type, root);
      return;
    }
    let handler = root.next;
    let previous = root;
    while (handler !== undefined && !handler.same(listener, capture)) {
      previous = handler;
      handler = handler.next;
    }
    // The same (listener, capture) twice is ignored, per the DOM.
    if (handler !== undefined) return;
    new Listener(previous, listener, once, capture, passive, isNodeStyleListener, resist);
    root.size++;
    root.resistStopPropagation ||= resist;
    this[kNewListener](root.size, type, listener, once, capture, passive, false);
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;

    type = `${type}`;
    const capture = options?.capture === true;
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;
    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);

    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  // kHybridDispatch serves both dispatchEvent (event given) and
  // NodeEventTarget.emit (a plain value, wrapped in a CustomEvent only if
  // a DOM-style listener needs one).
  [kHybridDispatch](nodeValue, type, event) {
    const createEvent = () => {
      if (event === undefined) {
        event = this[kCreateEvent](nodeValue, type);
        event[kTarget] = this;
        event[kIsBeingDispatched] = true;
      }
      return event;
    };
    if (event !== undefined) {
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
    }

    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) {
      if (event !== undefined) event[kIsBeingDispatched] = false;
      return true;
    }

    let handler = root.next;
    while (handler !== undefined &&
           (root.resistStopPropagation || handler.passive || event?.[kStop] !== true)) {
      // Read before the call, which may remove the current node.
      const next = handler.next;
      if (handler.removed || (event?.[kStop] === true && !handler.resistStopPropagation)) {
        handler = next;
        continue;
      }
      if (handler.once) {
        handler.remove();
        root.size--;
        this[kRemoveListener](root.size, type, handler.listener, handler.capture);
      }
      try {
        const arg = handler.isNodeStyleListener ? nodeValue : createEvent();
        const result = handler.callback.call(this, arg);
        if (!handler.isNodeStyleListener) arg[kIsBeingDispatched] = false;
        if (result !== undefined && result !== null) addCatch(result);
      } catch (err) {
        emitUncaughtException(err);
      }
      handler = next;
    }

    if (event !== undefined) event[kIsBeingDispatched] = false;
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [customInspectSymbol](depth, options) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = Object.assign({}, options, {
      depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
    });
    return `${name} ${inspectValue({}, opts)}`;
  }
}

Object.defineProperties(EventTarget.prototype, {
  addEventListener: kEnumerableProperty,
  removeEventListener: kEnumerableProperty,
  dispatchEvent: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, writable: false, enumerable: false, configurable: true, value: 'EventTarget' },
});

class NodeEventTarget extends EventTarget {
  static [kIsNodeEventTarget] = true;
  static defaultMaxListeners = 10;

  constructor() {
    super();
    initEventTarget(this);
  }

  setMaxListeners(n) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    const root = this[kEvents].get(String(type));
    return root !== undefined ? root.size : 0;
  }

  off(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    if (type !== undefined) this[kEvents].delete(String(type));
    else this[kEvents].clear();
    return this;
  }
}

Object.defineProperties(NodeEventTarget.prototype, {
  setMaxListeners: kEnumerableProperty,
  getMaxListeners: kEnumerableProperty,
  eventNames: kEnumerableProperty,
  listenerCount: kEnumerableProperty,
  off: kEnumerableProperty,
  removeListener: kEnumerableProperty,
  on: kEnumerableProperty,
  addListener: kEnumerableProperty,
  once: kEnumerableProperty,
  emit: kEnumerableProperty,
  removeAllListeners: kEnumerableProperty,
});

function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  // Objects may gain handleEvent later; it is looked up at dispatch.
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return kEmptyObject;
  validateObject(options, 'options', kValidateObjectAllowObjects);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

// isEventTarget is Node's duck test: it checks the constructor's
// registry-symbol flag, which is cheap and works across realms.
function isEventTarget(obj) {
  return obj?.constructor?.[kIsEventTarget];
}

function isNodeEventTarget(obj) {
  return obj?.constructor?.[kIsNodeEventTarget];
}

function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') {
    then.call(promise, undefined, function(err) {
      emitUncaughtException(err);
    });
  }
}

// listenersOf backs events.getEventListeners() for EventTargets.
function listenersOf(target, type) {
  const listeners = [];
  const root = target[kEvents].get(type);
  for (let handler = root?.next; handler?.listener !== undefined; handler = handler.next) {
    listeners.push(handler.listener);
  }
  return listeners;
}

// defineEventHandler adds an `on<name>` attribute handler (signal.onabort).
// Its wrapper is registered on first set and stays in place, so handlers
// run in the order they were first set (nodejs/node#35949); clearing the
// attribute only makes the wrapper a no-op.
function defineEventHandler(emitter, name, event = name) {
  const propName = `on${name}`;
  function get() {
    validateInternalField(this, kHandlers, 'EventTarget');
    return this[kHandlers]?.get(event)?.handler ?? null;
  }
  Object.defineProperty(get, 'name', { __proto__: null, value: `get ${propName}` });

  function set(value) {
    validateInternalField(this, kHandlers, 'EventTarget');
    let wrapped = this[kHandlers]?.get(event);
    if (wrapped) {
      if (typeof wrapped.handler === 'function') {
        const root = this[kEvents].get(event);
        root.size--;
        this[kRemoveListener](root.size, event, wrapped.handler, false);
      }
      wrapped.handler = value;
      if (typeof wrapped.handler === 'function') {
        const root = this[kEvents].get(event);
        root.size++;
        this[kNewListener](root.size, event, value, false, false, false, false);
      }
    } else {
      wrapped = makeEventHandler(value);
      this.addEventListener(event, wrapped);
    }
    this[kHandlers].set(event, wrapped);
  }
  Object.defineProperty(set, 'name', { __proto__: null, value: `set ${propName}` });

  Object.defineProperty(emitter, propName, { __proto__: null, get, set, configurable: true, enumerable: true });
}

function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return;
    return Reflect.apply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

module.exports = {
  CustomEvent,
  Event,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  initEventTarget,
  isEventTarget,
  kCreateEvent,
  kEvents,
  kFirstEventParam,
  kIsNodeStyleListener,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
  listenersOf,
};
