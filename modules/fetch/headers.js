// headers.js — Headers (https://fetch.spec.whatwg.org/#headers-class) as
// node's undici builds it, with the WebIDL checks and messages undici
// gives. Shares one scope with body.js and fetch.js (see fetch.go).

const {
  codes: { ERR_INVALID_THIS },
} = require('internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
// A Headers keeps its list and guard in private fields, as undici's
// does (no own keys); the other files reach them through these.
const kInternal = Symbol('internal');
let listOf;
let guardOf;
let isHeaders;

let utilModule;
function lazyUtil() {
  if (utilModule === undefined) utilModule = require('util');
  return utilModule;
}

// illegalInvocation is undici's brand-check failure: a TypeError whose
// message is V8's "Illegal invocation", coded as node codes ERR_INVALID_THIS.
const kInvalidThisCode = new ERR_INVALID_THIS('').code;
function illegalInvocation() {
  const err = new TypeError('Illegal invocation');
  err.code = kInvalidThisCode;
  return err;
}

// argumentLengthCheck is webidl.argumentLengthCheck's message.
function argumentLengthCheck(args, min, ctx) {
  if (args.length < min) {
    throw new TypeError(`${ctx}: ${min} argument${min !== 1 ? 's' : ''} required, ` +
      `but${args.length ? ' only' : ''} ${args.length} found.`);
  }
}

// toByteString is WebIDL's ByteString conversion.
function toByteString(value) {
  const s = `${value}`;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 255) {
      throw new TypeError('Cannot convert argument to a ByteString because the character at ' +
        `index ${i} has a value of ${c} which is greater than 255.`);
    }
  }
  return s;
}

const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const invalidValueRe = /[\0\r\n]/;
const httpWhitespace = /^[\t\n\r ]+|[\t\n\r ]+$/g;

function isValidHeaderName(name) { return tokenRe.test(name); }
function normalizeValue(value) { return value.replace(httpWhitespace, ''); }

// HeadersList keeps one entry per lower-cased name, remembering the case
// of the name first given (inspect shows it) and every set-cookie value
// apart (getSetCookie, iteration).
class HeadersList {
  constructor(from) {
    this.map = new Map();
    this.cookies = null;
    this.sorted = null;
    if (from !== undefined) {
      for (const [k, v] of from.map) this.map.set(k, { name: v.name, value: v.value });
      this.cookies = from.cookies && from.cookies.slice();
    }
  }

  contains(name) { return this.map.has(name.toLowerCase()); }

  append(name, value) {
    this.sorted = null;
    const lower = name.toLowerCase();
    const e = this.map.get(lower);
    if (e === undefined) {
      this.map.set(lower, { name, value });
    } else {
      e.value = `${e.value}${lower === 'cookie' ? '; ' : ', '}${value}`;
    }
    if (lower === 'set-cookie') (this.cookies ??= []).push(value);
  }

  set(name, value) {
    this.sorted = null;
    const lower = name.toLowerCase();
    if (lower === 'set-cookie') this.cookies = [value];
    const e = this.map.get(lower);
    if (e === undefined) this.map.set(lower, { name, value });
    else e.value = value;
  }

  delete(name) {
    this.sorted = null;
    const lower = name.toLowerCase();
    if (lower === 'set-cookie') this.cookies = null;
    this.map.delete(lower);
  }

  get(name) {
    const e = this.map.get(name.toLowerCase());
    return e === undefined ? null : e.value;
  }

  // entries is the spec's "sort and combine": names in code-unit order,
  // set-cookie once per cookie.
  entries() {
    if (this.sorted !== null) return this.sorted;
    const names = [...this.map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const out = [];
    for (const name of names) {
      if (name === 'set-cookie' && this.cookies !== null) {
        for (const c of this.cookies) out.push([name, c]);
      } else {
        out.push([name, this.map.get(name).value]);
      }
    }
    this.sorted = out;
    return out;
  }

  // raw lists the pairs in insertion order with their given case: what
  // goes on the wire.
  raw() {
    const out = [];
    for (const [lower, { name, value }] of this.map) {
      if (lower === 'set-cookie' && this.cookies !== null) {
        for (const c of this.cookies) out.push([name, c]);
      } else {
        out.push([name, value]);
      }
    }
    return out;
  }
}

function checkHeaders(h) {
  if (h === null || typeof h !== 'object' || !isHeaders(h)) throw illegalInvocation();
}

function appendHeader(headers, name, value, ctx) {
  value = normalizeValue(value);
  if (!isValidHeaderName(name)) {
    throw new TypeError(`${ctx}: "${name}" is an invalid header name.`);
  }
  if (invalidValueRe.test(value)) {
    throw new TypeError(`${ctx}: "${value}" is an invalid header value.`);
  }
  if (guardOf(headers) === 'immutable') throw new TypeError('immutable');
  listOf(headers).append(name, value);
}

// fillHeaders is the spec's "fill": a sequence of pairs or a record.
function fillHeaders(headers, init, ctx) {
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new TypeError(`${ctx}: Argument 1 could not be converted to one of: ` +
      'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      if (pair === null || typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError(`${ctx}: Argument 1 could not be converted to one of: ` +
          'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
      }
      const p = [...pair];
      if (p.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${p.length}.`);
      }
      appendHeader(headers, toByteString(p[0]), toByteString(p[1]), 'Headers.append');
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc === undefined || !desc.enumerable) continue;
    if (typeof key === 'symbol') {
      throw new TypeError(`${ctx}: Key ${String(key)} in init is a symbol, which cannot be converted to a ByteString.`);
    }
    appendHeader(headers, toByteString(key), toByteString(init[key]), 'Headers.append');
  }
}

class Headers {
  #list;
  #guard;

  constructor(init = undefined) {
    if (init === kInternal) {
      this.#list = arguments[1];
      this.#guard = arguments[2];
      return;
    }
    this.#list = new HeadersList();
    this.#guard = 'none';
    if (init !== undefined) fillHeaders(this, init, 'Headers constructor');
  }

  append(name, value) {
    checkHeaders(this);
    argumentLengthCheck(arguments, 2, 'Headers.append');
    appendHeader(this, toByteString(name), toByteString(value), 'Headers.append');
  }

  delete(name) {
    checkHeaders(this);
    argumentLengthCheck(arguments, 1, 'Headers.delete');
    name = toByteString(name);
    if (!isValidHeaderName(name)) throw new TypeError(`Headers.delete: "${name}" is an invalid header name.`);
    if (this.#guard === 'immutable') throw new TypeError('immutable');
    this.#list.delete(name);
  }

  get(name) {
    checkHeaders(this);
    argumentLengthCheck(arguments, 1, 'Headers.get');
    name = toByteString(name);
    if (!isValidHeaderName(name)) throw new TypeError(`Headers.get: "${name}" is an invalid header name.`);
    return this.#list.get(name);
  }

  has(name) {
    checkHeaders(this);
    argumentLengthCheck(arguments, 1, 'Headers.has');
    name = toByteString(name);
    if (!isValidHeaderName(name)) throw new TypeError(`Headers.has: "${name}" is an invalid header name.`);
    return this.#list.contains(name);
  }

  set(name, value) {
    checkHeaders(this);
    argumentLengthCheck(arguments, 2, 'Headers.set');
    name = toByteString(name);
    value = normalizeValue(toByteString(value));
    if (!isValidHeaderName(name)) throw new TypeError(`Headers.set: "${name}" is an invalid header name.`);
    if (invalidValueRe.test(value)) throw new TypeError(`Headers.set: "${value}" is an invalid header value.`);
    if (this.#guard === 'immutable') throw new TypeError('immutable');
    this.#list.set(name, value);
  }

  getSetCookie() {
    checkHeaders(this);
    const c = this.#list.cookies;
    return c === null ? [] : c.slice();
  }

  keys() {
    checkHeaders(this);
    return makeIterator('Headers', () => this.#list.entries(), 'key');
  }

  values() {
    checkHeaders(this);
    return makeIterator('Headers', () => this.#list.entries(), 'value');
  }

  entries() {
    checkHeaders(this);
    return makeIterator('Headers', () => this.#list.entries(), 'key+value');
  }

  forEach(callbackFn, thisArg = undefined) {
    checkHeaders(this);
    argumentLengthCheck(arguments, 1, 'Headers.forEach');
    if (typeof callbackFn !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (const [key, value] of this.#list.entries()) callbackFn.call(thisArg, value, key, this);
  }

  static {
    listOf = (h) => h.#list;
    guardOf = (h) => h.#guard;
    isHeaders = (h) => #list in h;
  }

  [customInspect](depth, options) {
    options.depth ??= depth;
    const entries = {};
    for (const { name, value } of this.#list.map.values()) entries[name] = value;
    return `Headers ${lazyUtil().formatWithOptions(options, entries)}`;
  }
}

Object.defineProperty(Headers.prototype, Symbol.iterator, {
  __proto__: null, value: Headers.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(Headers.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Headers', configurable: true,
});
for (const name of ['append', 'delete', 'get', 'has', 'set', 'getSetCookie', 'keys', 'values', 'entries', 'forEach']) {
  Object.defineProperty(Headers.prototype, name, { enumerable: true });
}
Object.defineProperty(Headers.prototype, customInspect, { enumerable: false });

// makeIterator builds WebIDL's pair iterator ("Headers Iterator"): a live
// index into the target's sorted list, read on every next().
const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const iteratorPrototypes = new Map();
const kIterator = Symbol('iterator state');
function makeIterator(name, list, kind) {
  let proto = iteratorPrototypes.get(name);
  if (proto === undefined) {
    proto = Object.create(iteratorPrototype, {
      next: {
        value: function next() {
          const state = this !== null && typeof this === 'object' ? this[kIterator] : undefined;
          if (state === undefined || state.name !== name) {
            throw new TypeError(`'next' called on an object that does not implement interface ${name} Iterator.`);
          }
          const values = state.list();
          if (state.index >= values.length) return { value: undefined, done: true };
          const [key, value] = values[state.index++];
          let result;
          if (state.kind === 'key') result = key;
          else if (state.kind === 'value') result = value;
          else result = [key, value];
          return { value: result, done: false };
        },
        writable: true, enumerable: true, configurable: true,
      },
      [Symbol.toStringTag]: { value: `${name} Iterator`, configurable: true },
    });
    iteratorPrototypes.set(name, proto);
  }
  const it = Object.create(proto);
  Object.defineProperty(it, kIterator, { value: { name, list, kind, index: 0 } });
  return it;
}

// headersFromList wraps an internal list (a request's or a response's)
// in a Headers object with the given guard.
function headersFromList(list, guard) {
  return new Headers(kInternal, list, guard);
}
