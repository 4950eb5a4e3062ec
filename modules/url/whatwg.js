// The WHATWG URL and URLSearchParams classes
// (https://nodejs.org/docs/latest-v20.x/api/url.html#the-whatwg-url-api).
// The parser, the setters and the urlencoded codec are in Go (binding);
// a URL keeps its serialized components here, so getters cost nothing.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_INVALID_TUPLE,
    ERR_INVALID_URL, ERR_MISSING_ARGS,
  },
  lazyInspect,
  validateFunction,
} = require('internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kHref = 0, kOrigin = 1, kProtocol = 2, kUsername = 3, kPassword = 4, kHost = 5,
  kHostname = 6, kPort = 7, kPathname = 8, kSearch = 9, kHash = 10;

// toUSVString is WebIDL's USVString conversion: lone surrogates become
// U+FFFD.
function toUSVString(v) {
  return binding.toUSVString(typeof v === 'string' ? v : `${v}`);
}

// URLContext is what Node's showHidden inspection shows of a URL's
// internals: the serialized href and ada's component offsets.
const contextSymbol = Symbol('context');
class URLContext {
  constructor(href) {
    const o = binding.context(href);
    this.href = href;
    this.protocol_end = o[0];
    this.username_end = o[1];
    this.host_start = o[2];
    this.host_end = o[3];
    this.pathname_start = o[4];
    this.search_start = o[5];
    this.hash_start = o[6];
    this.port = o[7];
    this.scheme_type = o[8];
    const omitted = 4294967295;
    Object.defineProperties(this, {
      hasPort: { __proto__: null, get() { return this.port !== omitted; }, configurable: true },
      hasSearch: { __proto__: null, get() { return this.search_start !== omitted; }, configurable: true },
      hasHash: { __proto__: null, get() { return this.hash_start !== omitted; }, configurable: true },
    });
  }
}

// Lets URL reach the list of a URLSearchParams and back without making
// either side public; both are set once, in the class bodies.
let paramsList, paramsAttach, paramsReplace, isParams, urlSetSearch;

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

function enumerable(proto, names) {
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    d.enumerable = true;
    Object.defineProperty(proto, name, d);
  }
}

class URLSearchParams {
  #list = [];
  #url = null;

  static {
    paramsList = (p) => p.#list;
    isParams = (p) => p !== null && typeof p === 'object' && #list in p;
    paramsAttach = (p, url) => { p.#url = url; };
    paramsReplace = (p, query) => { p.#list = query ? binding.formParse(query) : []; };
  }

  constructor(init = undefined) {
    if (init == null) {
      // Nothing.
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if (pair == null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const kv = Array.from(pair);
          if (kv.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this.#list.push(toUSVString(kv[0]), toUSVString(kv[1]));
        }
      } else {
        // A record: later keys that convert to the same USVString replace
        // the value of the first, in its position.
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const d = Reflect.getOwnPropertyDescriptor(init, key);
          if (d === undefined || !d.enumerable) continue;
          const k = toUSVString(key);
          const v = toUSVString(init[key]);
          if (seen.has(k)) {
            this.#list[seen.get(k)] = v;
          } else {
            seen.set(k, this.#list.length + 1);
            this.#list.push(k, v);
          }
        }
      }
    } else {
      let s = toUSVString(init);
      if (s[0] === '?') s = s.slice(1);
      this.#list = s ? binding.formParse(s) : [];
    }
  }

  #update() {
    if (this.#url !== null) urlSetSearch(this.#url, this.toString());
  }

  [customInspect](recurseTimes, ctx) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const inspect = lazyInspect();
    const opts = { ...ctx };
    if (recurseTimes !== null) opts.depth = recurseTimes - 1;
    const list = this.#list;
    const out = [];
    for (let i = 0; i < list.length; i += 2) {
      out.push(`${inspect(list[i], opts)} => ${inspect(list[i + 1], opts)}`);
    }
    return formatEntries(this.constructor.name, out, ctx);
  }

  get size() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return this.#list.length / 2;
  }

  append(name, value) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    const out = [];
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== name || list[i + 1] !== value) out.push(list[i], list[i + 1]);
      }
    } else {
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== name) out.push(list[i], list[i + 1]);
      }
    }
    this.#list = out;
    this.#update();
  }

  get(name) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    const out = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) out.push(list[i + 1]);
    }
    return out;
  }

  has(name, value = undefined) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#list;
    name = toUSVString(name);
    value = toUSVString(value);
    // The first pair named name takes the value; the others go.
    let found = false;
    const out = [];
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] !== name) {
        out.push(list[i], list[i + 1]);
      } else if (!found) {
        found = true;
        out.push(name, value);
      }
    }
    if (!found) out.push(name, value);
    this.#list = out;
    this.#update();
  }

  sort() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Array.prototype.sort is stable; names compare by UTF-16 code units.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#list = pairs.flat();
    this.#update();
  }

  entries() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    validateFunction(callback, 'callback');
    // The list is read afresh each turn: the callback may change it.
    for (let i = 0; i < this.#list.length; i += 2) {
      const list = this.#list;
      callback.call(thisArg, list[i + 1], list[i], this);
    }
  }

  keys() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'key');
  }

  values() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'value');
  }

  toString() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return binding.formSerialize(this.#list);
  }
}

enumerable(URLSearchParams.prototype, [
  'size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach',
  'keys', 'values', 'toString',
]);
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  __proto__: null, value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'URLSearchParams', configurable: true,
});

// formatEntries lays out inspect's "Name { a, b }", breaking lines the way
// Node's URLSearchParams inspector does once they pass breakLength.
function formatEntries(name, out, ctx) {
  const sep = ', ';
  const length = out.reduce((n, s) => n + stripColors(s).length + sep.length, -sep.length);
  if (length > ctx.breakLength) return `${name} {\n  ${out.join(',\n  ')} }`;
  if (out.length) return `${name} { ${out.join(sep)} }`;
  return `${name} {}`;
}

function stripColors(s) {
  return s.includes('\u001b') ? s.replace(/\u001b\[\d\d?m/g, '') : s;
}

// The iterator keeps an index into the live list, as Node's does, so
// changes during iteration are seen.
const kTarget = Symbol('target');
const kKind = Symbol('kind');
const kIndex = Symbol('index');

function createIterator(target, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  it[kTarget] = target;
  it[kKind] = kind;
  it[kIndex] = 0;
  return it;
}

const URLSearchParamsIteratorPrototype = Object.create(IteratorPrototype);
Object.defineProperties(URLSearchParamsIteratorPrototype, {
  next: {
    __proto__: null,
    writable: true,
    configurable: true,
    enumerable: true,
    value: function next() {
      if (!this || this[kTarget] === undefined || Object.getPrototypeOf(this) !== URLSearchParamsIteratorPrototype) {
        throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      }
      const list = paramsList(this[kTarget]);
      const index = this[kIndex];
      if (index >= list.length) return { value: undefined, done: true };
      this[kIndex] = index + 2;
      const kind = this[kKind];
      const value = kind === 'key' ? list[index] : kind === 'value' ? list[index + 1] : [list[index], list[index + 1]];
      return { value, done: false };
    },
  },
  [customInspect]: {
    __proto__: null,
    writable: true,
    configurable: true,
    value: function inspectIterator(recurseTimes, ctx) {
      if (!this || this[kTarget] === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
      const inspect = lazyInspect();
      const opts = { ...ctx };
      if (recurseTimes !== null) opts.depth = recurseTimes - 1;
      const list = paramsList(this[kTarget]);
      const kind = this[kKind];
      const out = [];
      for (let i = this[kIndex]; i < list.length; i += 2) {
        if (kind === 'key') out.push(inspect(list[i], opts));
        else if (kind === 'value') out.push(inspect(list[i + 1], opts));
        else out.push(inspect([list[i], list[i + 1]], opts));
      }
      // Node's layout differs from URLSearchParams' own: "{  }" when empty.
      const length = out.reduce((n, v) => n + stripColors(v).length + 2, -2);
      const body = length > ctx.breakLength ? `\n  ${out.join(',\n  ')}` : ` ${out.join(', ')}`;
      return `${this[Symbol.toStringTag]} {${body} }`;
    },
  },
  [Symbol.toStringTag]: { __proto__: null, value: 'URLSearchParams Iterator', configurable: true },
});

// parseFailure is the error new URL() throws. Node raises it from C++
// (ada), so it is a plain TypeError carrying code/input/base: its toString
// and stack read "TypeError: Invalid URL", with no "[ERR_INVALID_URL]" as
// the JS-thrown ERR_INVALID_URL of the href setter and url.parse has.
function parseFailure(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

class URL {
  #context;
  #searchParams;

  static {
    urlSetSearch = (url, query) => {
      const c = binding.update(url.#context[kHref], 'search', query);
      if (c !== undefined) url.#context = c;
    };
  }

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    // Go reads strings as USVStrings already; only the error needs them.
    if (typeof input !== 'string') input = `${input}`;
    if (base !== undefined && typeof base !== 'string') base = `${base}`;
    const c = binding.parse(input, base);
    if (c === undefined) {
      throw parseFailure(toUSVString(input), base === undefined ? base : toUSVString(base));
    }
    this.#context = c;
  }

  #set(href, name, value) {
    const c = binding.update(href, name, toUSVString(value));
    if (c === undefined) return;
    const oldSearch = this.#context[kSearch];
    this.#context = c;
    if (this.#searchParams !== undefined && c[kSearch] !== oldSearch) {
      paramsReplace(this.#searchParams, c[kSearch].slice(1));
    }
  }

  [customInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = this.constructor || URL;
    const obj = { __proto__: { constructor: ctor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    if (opts.showHidden) obj[contextSymbol] = new URLContext(this.#context[kHref]);
    return `${ctor.name} ${lazyInspect()(obj, opts)}`;
  }

  toString() { return this.#context[kHref]; }

  get href() { return this.#context[kHref]; }

  set href(value) {
    // The receiver is checked first, as Node's private field does.
    const old = this.#context;
    value = toUSVString(value);
    const c = binding.parse(value);
    if (c === undefined) throw new ERR_INVALID_URL(value);
    this.#context = c;
    if (this.#searchParams !== undefined && c[kSearch] !== old[kSearch]) {
      paramsReplace(this.#searchParams, c[kSearch].slice(1));
    }
  }

  get origin() { return this.#context[kOrigin]; }

  get protocol() { return this.#context[kProtocol]; }

  set protocol(value) {
    const href = this.#context[kHref];
    this.#set(href, 'protocol', value);
  }

  get username() { return this.#context[kUsername]; }

  set username(value) {
    const href = this.#context[kHref];
    this.#set(href, 'username', value);
  }

  get password() { return this.#context[kPassword]; }

  set password(value) {
    const href = this.#context[kHref];
    this.#set(href, 'password', value);
  }

  get host() { return this.#context[kHost]; }

  set host(value) {
    const href = this.#context[kHref];
    this.#set(href, 'host', value);
  }

  get hostname() { return this.#context[kHostname]; }

  set hostname(value) {
    const href = this.#context[kHref];
    this.#set(href, 'hostname', value);
  }

  get port() { return this.#context[kPort]; }

  set port(value) {
    const href = this.#context[kHref];
    this.#set(href, 'port', value);
  }

  get pathname() { return this.#context[kPathname]; }

  set pathname(value) {
    const href = this.#context[kHref];
    this.#set(href, 'pathname', value);
  }

  get search() { return this.#context[kSearch]; }

  set search(value) {
    const href = this.#context[kHref];
    this.#set(href, 'search', value);
  }

  get searchParams() {
    if (this.#searchParams === undefined) {
      this.#searchParams = new URLSearchParams(this.#context[kSearch]);
      paramsAttach(this.#searchParams, this);
    }
    return this.#searchParams;
  }

  get hash() { return this.#context[kHash]; }

  set hash(value) {
    const href = this.#context[kHref];
    this.#set(href, 'hash', value);
  }

  toJSON() { return this.#context[kHref]; }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    if (!binding.canParse(input, base)) return null;
    return new URL(input, base);
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = toUSVString(url);
    if (base !== undefined) base = toUSVString(base);
    return binding.canParse(url, base);
  }

  static createObjectURL(obj) {
    const Blob = lazyBlob();
    if (Blob === undefined || !(obj instanceof Blob)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    const id = randomUUID();
    blobRegistry.set(id, obj);
    return `blob:nodedata:${id}`;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const c = binding.parse(toUSVString(url));
    if (c === undefined) return;
    const split = c[kPathname].split(':');
    if (split.length === 2) blobRegistry.delete(split[1]);
  }
}

// Blob URLs (blob:nodedata:<uuid>) name Blobs registered in this runtime;
// buffer.resolveObjectURL reads them back through resolveObjectURL.
const blobRegistry = new Map();

function lazyBlob() {
  if (typeof globalThis.Blob === 'function') return globalThis.Blob;
  try {
    return require('buffer').Blob;
  } catch {
    return undefined;
  }
}

function randomUUID() {
  try {
    return require('crypto').randomUUID();
  } catch {
    // Without crypto the id only has to be unique within the runtime.
    const hex = [];
    for (let i = 0; i < 16; i++) hex.push(((Math.random() * 256) | 0).toString(16).padStart(2, '0'));
    hex[6] = `4${hex[6][1]}`;
    hex[8] = ((parseInt(hex[8], 16) & 0x3f) | 0x80).toString(16);
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

// resolveObjectURL is the lookup behind buffer.resolveObjectURL: the Blob
// registered for a blob:nodedata: URL, or undefined.
function resolveObjectURL(url) {
  // As Node: only the pathname counts ("nodedata:<id>"), whatever the scheme.
  const c = binding.parse(toUSVString(url));
  if (c === undefined) return undefined;
  const split = c[kPathname].split(':');
  if (split.length !== 2 || split[0] !== 'nodedata') return undefined;
  return blobRegistry.get(split[1]);
}

enumerable(URL.prototype, [
  'toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toJSON',
]);
enumerable(URL, ['canParse', 'parse', 'createObjectURL', 'revokeObjectURL']);
Object.defineProperty(URL.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'URL', configurable: true,
});

// isURL is Node's duck test for URL-like objects (fileURLToPath and the
// http client accept them).
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

module.exports = { URL, URLSearchParams, toUSVString, isURL, resolveObjectURL };
