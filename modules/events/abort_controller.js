'use strict';
// internal/abort_controller: AbortController and AbortSignal on top of
// EventTarget, as Node ships them, plus a DOMException for runtimes that
// have none (goja does not). Worker transfer of signals is not supported.

const {
  defineEventHandler,
  EventTarget,
  Event,
  kTrustEvent,
  kNewListener,
  kResistStopPropagation,
  kWeakHandler,
} = require('internal/event_target');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
  lazyInspect,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateAbortSignalArray,
  validateObject,
  validateUint32,
  kValidateObjectAllowObjects,
} = require('internal/validators');

const kEnumerableProperty = { __proto__: null, enumerable: true };
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// The WebIDL error names and their legacy codes
// (https://webidl.spec.whatwg.org/#idl-DOMException-error-names).
const domErrors = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'], ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'], ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'], ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'], ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'], ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'], ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'], ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'], ['ValidationError', 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'], ['SecurityError', 'SECURITY_ERR'],
  ['NetworkError', 'NETWORK_ERR'], ['AbortError', 'ABORT_ERR'], ['URLMismatchError', 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'], ['TimeoutError', 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'], ['DataCloneError', 'DATA_CLONE_ERR'],
];
const domCodes = new Map(domErrors.map(([name], i) => [name, i + 1]));

// DOMException extends Error here (Node's only borrows Error.prototype)
// so that goja gives it a stack. Its state lives in a WeakMap rather than
// private fields, which the V8-stack tracer cannot read through the
// name/message getters while it formats the stack.
const domState = new WeakMap();

class GorunDOMException extends Error {
  constructor(message = '', options = 'Error') {
    super();
    let name;
    if (options !== null && typeof options === 'object') {
      name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          __proto__: null, value: options.cause, configurable: true, writable: true, enumerable: false,
        });
      }
    } else {
      name = `${options}`;
    }
    domState.set(this, { name, message: `${message}` });
  }

  get name() {
    return domState.get(this)?.name;
  }

  get message() {
    return domState.get(this)?.message;
  }

  get code() {
    return domCodes.get(domState.get(this)?.name) || 0;
  }
}
Object.defineProperty(GorunDOMException, 'name', { __proto__: null, value: 'DOMException', configurable: true });
Object.defineProperties(GorunDOMException.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'DOMException' },
  name: kEnumerableProperty,
  message: kEnumerableProperty,
  code: kEnumerableProperty,
});
domErrors.forEach(([, constName], i) => {
  const desc = { __proto__: null, enumerable: true, value: i + 1 };
  Object.defineProperty(GorunDOMException, constName, desc);
  Object.defineProperty(GorunDOMException.prototype, constName, desc);
});

const DOMException = typeof globalThis.DOMException === 'function' ? globalThis.DOMException : GorunDOMException;

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kTimeout = Symbol('kTimeout');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');

function customInspect(self, obj, depth, options) {
  if (depth < 0) return self;
  const opts = Object.assign({}, options, {
    depth: options.depth === null ? null : options.depth - 1,
  });
  return `${self.constructor.name} ${lazyInspect()(obj, opts)}`;
}

function validateThisAbortSignal(obj) {
  if (obj?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

class AbortSignal extends EventTarget {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get aborted() {
    validateThisAbortSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return createAbortSignal({ aborted: true, reason });
  }

  // timeout's timer is unref'd: a pending timeout signal does not keep
  // the process alive.
  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createAbortSignal();
    signal[kTimeout] = true;
    const timer = setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    if (typeof timer?.unref === 'function') timer.unref();
    return signal;
  }

  static any(signals) {
    validateAbortSignalArray(signals, 'signals');
    const resultSignal = createAbortSignal({ composite: true });
    if (!signals.length) return resultSignal;
    resultSignal[kSourceSignals] = new Set();
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (signal.aborted) {
        abortSignal(resultSignal, signal.reason);
        return resultSignal;
      }
      signal[kDependantSignals] ??= new Set();
      if (!signal[kComposite]) {
        resultSignal[kSourceSignals].add(signal);
        signal[kDependantSignals].add(resultSignal);
      } else if (signal[kSourceSignals]) {
        // Depend on a composite's sources, not on the composite itself.
        for (const source of signal[kSourceSignals]) {
          if (resultSignal[kSourceSignals].has(source)) continue;
          resultSignal[kSourceSignals].add(source);
          source[kDependantSignals].add(resultSignal);
        }
      }
    }
    return resultSignal;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
  }
}

Object.defineProperties(AbortSignal.prototype, {
  aborted: kEnumerableProperty,
});
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  __proto__: null, writable: false, enumerable: false, configurable: true, value: 'AbortSignal',
});
defineEventHandler(AbortSignal.prototype, 'abort');

function createAbortSignal(init = {}) {
  const { aborted = false, reason = undefined, composite = false } = init;
  const signal = new EventTarget();
  Object.setPrototypeOf(signal, AbortSignal.prototype);
  signal[kAborted] = aborted;
  signal[kReason] = reason;
  signal[kComposite] = composite;
  return signal;
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort', { [kTrustEvent]: true });
  signal.dispatchEvent(event);
  signal[kDependantSignals]?.forEach((s) => abortSignal(s, reason));
}

class AbortController {
  #signal;

  get signal() {
    this.#signal ??= createAbortSignal();
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal ??= createAbortSignal(), reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

Object.defineProperties(AbortController.prototype, {
  signal: kEnumerableProperty,
  abort: kEnumerableProperty,
});
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  __proto__: null, writable: false, enumerable: false, configurable: true, value: 'AbortController',
});

// aborted backs util.aborted(): a promise settled when signal aborts.
async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted) return;
  return new Promise((resolve) => {
    signal.addEventListener('abort', resolve, {
      __proto__: null, [kWeakHandler]: resource, once: true, [kResistStopPropagation]: true,
    });
  });
}

module.exports = {
  AbortController,
  AbortSignal,
  DOMException,
  aborted,
};
