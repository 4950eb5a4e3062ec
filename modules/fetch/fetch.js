// fetch.js — Request, Response and fetch() (https://fetch.spec.whatwg.org/)
// as node 20's undici behaves. http(s) goes through the Go binding
// (transport.go); data:, blob:, about: and file: are handled here.

const kHeaders = Symbol('headers');
const kReq = Symbol('request state');
const kRes = Symbol('response state');
const kSignal = Symbol('signal');
const kAborted = Symbol('aborted');

const nullBodyStatus = [101, 204, 205, 304];
const redirectStatus = [301, 302, 303, 307, 308];
const methodRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const normalizedMethods = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
const forbiddenMethods = ['CONNECT', 'TRACE', 'TRACK'];

function lazyURL() { return require('internal/url').URL ?? require('url').URL; }
function lazyAbort() { return require('internal/abort_controller'); }

// webidl enum conversion with undici's message.
function toEnum(value, allowed, ctx) {
  const s = `${value}`;
  if (!allowed.includes(s)) {
    throw new TypeError(`${ctx}: ${s} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
  }
  return s;
}

function parseURL(input) {
  const URL = lazyURL();
  try {
    return new URL(`${input}`);
  } catch (err) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
  }
}

let patchWarned = false;

class Request {
  constructor(input, init = {}) {
    argumentLengthCheck(arguments, 1, 'Request constructor');
    if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError("Request constructor: Expected init (\"Argument 2\") to be an instance of RequestInit.");
    }
    init ??= {};
    let base = null;
    let url;
    if (input instanceof Request) {
      base = input[kReq];
      url = base.url;
    } else {
      url = parseURL(input);
      if (url.username !== '' || url.password !== '') {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
    }
    const state = {
      method: base ? base.method : 'GET',
      url,
      redirect: base ? base.redirect : 'follow',
      mode: base ? base.mode : 'cors',
      credentials: base ? base.credentials : 'same-origin',
      cache: base ? base.cache : 'default',
      referrer: base ? base.referrer : 'about:client',
      referrerPolicy: base ? base.referrerPolicy : '',
      integrity: base ? base.integrity : '',
      keepalive: base ? base.keepalive : false,
      duplex: 'half',
    };
    if (init.window !== undefined && init.window !== null) {
      // undici names its own default, not the value given.
      throw new TypeError("'window' option 'client' must be null");
    }
    if (init.referrer !== undefined) {
      const r = `${init.referrer}`;
      if (r === '') {
        state.referrer = 'no-referrer';
      } else {
        let parsed;
        try {
          parsed = new (lazyURL())(r);
        } catch (err) {
          throw new TypeError(`Referrer "${r}" is not a valid URL.`, { cause: err });
        }
        state.referrer = parsed.href;
      }
    }
    if (init.referrerPolicy !== undefined) {
      state.referrerPolicy = toEnum(init.referrerPolicy, ['', 'no-referrer', 'no-referrer-when-downgrade',
        'same-origin', 'origin', 'strict-origin', 'origin-when-cross-origin',
        'strict-origin-when-cross-origin', 'unsafe-url'], 'Request constructor');
    }
    if (init.mode !== undefined) {
      const mode = `${init.mode}`;
      if (mode === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
      state.mode = toEnum(mode, ['same-origin', 'no-cors', 'cors'], 'Request constructor');
    }
    if (init.credentials !== undefined) {
      state.credentials = toEnum(init.credentials, ['omit', 'same-origin', 'include'], 'Request constructor');
    }
    if (init.cache !== undefined) {
      state.cache = toEnum(init.cache, ['default', 'no-store', 'reload', 'no-cache', 'force-cache',
        'only-if-cached'], 'Request constructor');
      if (state.cache === 'only-if-cached' && state.mode !== 'same-origin') {
        throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
      }
    }
    if (init.redirect !== undefined) {
      state.redirect = toEnum(init.redirect, ['follow', 'manual', 'error'], 'Request constructor');
    }
    if (init.duplex !== undefined) toEnum(init.duplex, ['half'], 'Request constructor');
    if (init.integrity !== undefined) state.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) state.keepalive = !!init.keepalive;
    if (init.method !== undefined) {
      let method = init.method;
      if (typeof method !== 'string' || !methodRe.test(method)) {
        throw new TypeError(`'${method}' is not a valid HTTP method.`);
      }
      const upper = method.toUpperCase();
      if (forbiddenMethods.includes(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      if (normalizedMethods.includes(upper)) method = upper;
      if (method === 'patch' && !patchWarned) {
        patchWarned = true;
        process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. ' +
          '`PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
      }
      state.method = method;
    }
    // The request's signal follows the given one (or the input's).
    const { AbortController, AbortSignal } = lazyAbort();
    const ac = new AbortController();
    let signal = base ? input[kSignal] : null;
    if (init.signal !== undefined) signal = init.signal;
    if (signal !== null && signal !== undefined) {
      if (!(signal instanceof AbortSignal)) {
        throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
      }
      if (signal.aborted) {
        ac.abort(signal.reason);
      } else {
        const follow = () => ac.abort(signal.reason);
        signal.addEventListener('abort', follow, { once: true });
      }
    }
    this[kSignal] = ac.signal;
    this[kReq] = state;

    const headers = new HeadersList(base ? base.headers : undefined);
    this[kHeaders] = headersFromList(headers, 'request');
    if (init.headers !== undefined) {
      state.headers = new HeadersList();
      this[kHeaders] = headersFromList(state.headers, 'request');
      fillHeaders(this[kHeaders], init.headers, 'Headers constructor');
    } else {
      state.headers = headers;
    }

    const inputBody = base ? input[kBody] : null;
    const hasInitBody = init.body !== undefined && init.body !== null;
    if ((hasInitBody || inputBody !== null) && (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let body = null;
    if (hasInitBody) {
      const extracted = extractBody(init.body, state.keepalive);
      body = extracted.body;
      if (extracted.type !== null && !state.headers.contains('content-type')) {
        state.headers.append('content-type', extracted.type);
      }
    }
    const finalBody = body ?? inputBody;
    if (hasInitBody && body.source === null && (init.duplex === undefined || init.duplex === null)) {
      throw new TypeError('RequestInit: duplex option is required when sending a body.');
    }
    if (body === null && inputBody !== null) {
      if (bodyUnusable(inputBody)) throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      // The input hands its body over and counts as used.
      input[kBody] = { stream: null, source: null, length: null, used: true };
      this[kBody] = inputBody;
    } else {
      this[kBody] = finalBody;
    }
  }

  get method() { checkRequest(this); return this[kReq].method; }
  get url() { checkRequest(this); return this[kReq].url.href; }
  get headers() { checkRequest(this); return this[kHeaders]; }
  get destination() { checkRequest(this); return ''; }
  get referrer() {
    checkRequest(this);
    const r = this[kReq].referrer;
    if (r === 'no-referrer') return '';
    return r;
  }
  get referrerPolicy() { checkRequest(this); return this[kReq].referrerPolicy; }
  get mode() { checkRequest(this); return this[kReq].mode; }
  get credentials() { checkRequest(this); return this[kReq].credentials; }
  get cache() { checkRequest(this); return this[kReq].cache; }
  get redirect() { checkRequest(this); return this[kReq].redirect; }
  get integrity() { checkRequest(this); return this[kReq].integrity; }
  get keepalive() { checkRequest(this); return this[kReq].keepalive; }
  get isReloadNavigation() { checkRequest(this); return false; }
  get isHistoryNavigation() { checkRequest(this); return false; }
  get signal() { checkRequest(this); return this[kSignal]; }
  get body() {
    checkRequest(this);
    return this[kBody] === null ? null : bodyStream(this[kBody]);
  }
  get bodyUsed() {
    checkRequest(this);
    return bodyDisturbed(this[kBody]);
  }
  get duplex() { checkRequest(this); return 'half'; }

  clone() {
    checkRequest(this);
    if (this.bodyUsed) throw new TypeError('unusable');
    const copy = new Request(this[kReq].url.href, { method: this[kReq].method, headers: this[kHeaders] });
    Object.assign(copy[kReq], { ...this[kReq], headers: copy[kReq].headers });
    copy[kBody] = cloneBody(this[kBody]);
    const signal = this[kSignal];
    const { AbortController } = lazyAbort();
    const ac = new AbortController();
    if (signal.aborted) ac.abort(signal.reason);
    else signal.addEventListener('abort', () => ac.abort(signal.reason), { once: true });
    copy[kSignal] = ac.signal;
    return copy;
  }

  [customInspect](depth, options) {
    if (options.depth === null) options.depth = 2;
    options.colors ??= true;
    const properties = {
      method: this.method,
      url: this.url,
      headers: this.headers,
      destination: this.destination,
      referrer: this.referrer,
      referrerPolicy: this.referrerPolicy,
      mode: this.mode,
      credentials: this.credentials,
      cache: this.cache,
      redirect: this.redirect,
      integrity: this.integrity,
      keepalive: this.keepalive,
      isReloadNavigation: this.isReloadNavigation,
      isHistoryNavigation: this.isHistoryNavigation,
      signal: this.signal,
    };
    return `Request ${lazyUtil().formatWithOptions(options, properties)}`;
  }
}

function checkRequest(r) {
  if (r === null || typeof r !== 'object' || !(kReq in r)) throw illegalInvocation();
}

// cloneBody tees a body's stream: the original keeps one branch, the
// clone gets the other; a body known as bytes is shared as is.
function cloneBody(body) {
  if (body === null) return null;
  if (body.stream === null) return { stream: null, source: body.source, length: body.length, used: false };
  const [a, b] = body.stream.tee();
  body.stream = a;
  return { stream: b, source: body.source, length: body.length, used: false };
}

installBodyMixin(Request, checkRequest);

class Response {
  constructor(body = null, init = {}) {
    if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError("Response constructor: Expected init (\"Argument 2\") to be an instance of ResponseInit.");
    }
    init ??= {};
    const status = init.status !== undefined ? toUnsignedShort(init.status) : 200;
    const statusText = init.statusText !== undefined ? toByteString(init.statusText) : '';
    if (status < 200 || status > 599) {
      throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    }
    if (!/^[\t\x20-\x7E\x80-\xFF]*$/.test(statusText)) throw new TypeError('Invalid statusText');
    const list = new HeadersList();
    initResponse(this, { status, statusText, type: 'default', urlList: [], list, guard: 'response' });
    if (init.headers !== undefined) fillHeaders(this[kHeaders], init.headers, 'Headers constructor');
    if (body !== null && body !== undefined) {
      if (nullBodyStatus.includes(status)) {
        throw new TypeError(`Response constructor: Invalid response status code ${status}`);
      }
      const extracted = extractBody(body);
      this[kBody] = extracted.body;
      if (extracted.type !== null && !list.contains('content-type')) list.append('content-type', extracted.type);
    }
  }

  static error() {
    const r = Object.create(Response.prototype);
    initResponse(r, { status: 0, statusText: '', type: 'error', urlList: [], list: new HeadersList(), guard: 'immutable' });
    return r;
  }

  static json(data, init = {}) {
    argumentLengthCheck(arguments, 1, 'Response.json');
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const r = new Response(text, init);
    listOf(r[kHeaders]).set('content-type', 'application/json');
    return r;
  }

  static redirect(url, status = 302) {
    argumentLengthCheck(arguments, 1, 'Response.redirect');
    const parsed = parseURL(url);
    status = toUnsignedShort(status);
    if (!redirectStatus.includes(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = Object.create(Response.prototype);
    const list = new HeadersList();
    list.set('location', parsed.href);
    initResponse(r, { status, statusText: '', type: 'default', urlList: [], list, guard: 'immutable' });
    return r;
  }

  get type() { checkResponse(this); return this[kRes].type; }
  get url() {
    checkResponse(this);
    const list = this[kRes].urlList;
    if (list.length === 0) return '';
    const u = new (lazyURL())(list[list.length - 1]);
    u.hash = '';
    return u.href;
  }
  get redirected() { checkResponse(this); return this[kRes].urlList.length > 1; }
  get status() { checkResponse(this); return this[kRes].status; }
  get ok() { checkResponse(this); const s = this[kRes].status; return s >= 200 && s <= 299; }
  get statusText() { checkResponse(this); return this[kRes].statusText; }
  get headers() { checkResponse(this); return this[kHeaders]; }
  get body() {
    checkResponse(this);
    return this[kBody] === null ? null : bodyStream(this[kBody]);
  }
  get bodyUsed() {
    checkResponse(this);
    return bodyDisturbed(this[kBody]);
  }

  clone() {
    checkResponse(this);
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    const r = Object.create(Response.prototype);
    const s = this[kRes];
    initResponse(r, { ...s, list: new HeadersList(listOf(this[kHeaders])), guard: guardOf(this[kHeaders]) });
    r[kBody] = cloneBody(this[kBody]);
    r[kAborted] = this[kAborted];
    return r;
  }

  [customInspect](depth, options) {
    if (options.depth === null) options.depth = 2;
    options.colors ??= true;
    const properties = {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
      body: this.body,
      bodyUsed: this.bodyUsed,
      ok: this.ok,
      redirected: this.redirected,
      type: this.type,
      url: this.url,
    };
    return `Response ${lazyUtil().formatWithOptions(options, properties)}`;
  }
}

function initResponse(r, s) {
  r[kRes] = { status: s.status, statusText: s.statusText, type: s.type, urlList: s.urlList, body: null, aborted: null };
  r[kHeaders] = headersFromList(s.list, s.guard);
}

// A response's body and abort state live in its one state object (node's
// responses have two own keys); the Body mixin reaches them by symbol.
Object.defineProperties(Response.prototype, {
  [kBody]: { get() { return this[kRes].body; }, set(v) { this[kRes].body = v; } },
  [kAborted]: { get() { return this[kRes].aborted; }, set(v) { this[kRes].aborted = v; } },
});

function checkResponse(r) {
  if (r === null || typeof r !== 'object' || !(kRes in r)) throw illegalInvocation();
}

function toUnsignedShort(v) {
  const n = Math.trunc(Number(v)) || 0;
  return ((n % 65536) + 65536) % 65536;
}

installBodyMixin(Response, checkResponse);

for (const cls of [Request, Response]) {
  Object.defineProperty(cls.prototype, Symbol.toStringTag, {
    __proto__: null, value: cls.name, configurable: true,
  });
  for (const name of Object.getOwnPropertyNames(cls.prototype)) {
    if (name === 'constructor') continue;
    Object.defineProperty(cls.prototype, name, { enumerable: true });
  }
}

// The fetch spec's bad ports: fetching one fails with "bad port".
const badPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79,
  87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179,
  389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989,
  990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667,
  6668, 6669, 6679, 6697, 10080]);

// allowUnauthorized reads NODE_TLS_REJECT_UNAUTHORIZED=0 and warns once
// per process, through tls's shared helper when it exists.
let insecureWarned = false;
function allowUnauthorized() {
  let shared;
  try {
    shared = require('internal/tls/insecure');
  } catch {
    shared = null;
  }
  if (shared !== null) return shared.allowUnauthorized();
  const allow = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  if (allow && !insecureWarned) {
    insecureWarned = true;
    process.emitWarning('Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to \'0\' ' +
      'makes TLS connections and HTTPS requests insecure by disabling certificate verification.');
  }
  return allow;
}

function networkError(message, cause) {
  if (cause === undefined) cause = new Error(message);
  return new TypeError('fetch failed', { cause });
}

function abortReason(signal) {
  if (signal.reason !== undefined) return signal.reason;
  const { DOMException } = lazyAbort();
  return new DOMException('This operation was aborted', 'AbortError');
}

function fetch(input, init = undefined) {
  let request;
  try {
    request = new Request(input, init);
  } catch (err) {
    return Promise.reject(err);
  }
  const signal = request[kSignal];
  if (signal.aborted) {
    if (request[kBody] !== null && request[kBody].stream !== null) {
      request[kBody].stream.cancel(signal.reason).catch(() => {});
    }
    return Promise.reject(abortReason(signal));
  }
  const url = request[kReq].url;
  switch (url.protocol) {
    case 'http:':
    case 'https:': {
      const port = url.port === '' ? (url.protocol === 'http:' ? 80 : 443) : Number(url.port);
      if (badPorts.has(port)) return Promise.reject(networkError('bad port'));
      return httpFetch(request);
    }
    case 'data:': return schemeResult(request, () => dataURLResponse(url));
    case 'blob:': return schemeResult(request, () => blobURLResponse(request, url));
    case 'about:': return Promise.reject(networkError('about scheme is not supported'));
    case 'file:': return Promise.reject(networkError('not implemented... yet...'));
    default: return Promise.reject(networkError('unknown scheme'));
  }
}

function schemeResult(request, make) {
  let response;
  try {
    response = make();
  } catch (err) {
    return Promise.reject(err);
  }
  // A GET-only scheme still consumes a request body given to it.
  if (request[kBody] !== null) request[kBody].used = true;
  return Promise.resolve(response);
}

function plainResponse(url, status, statusText, list, body) {
  const r = Object.create(Response.prototype);
  initResponse(r, { status, statusText, type: 'basic', urlList: [url.href], list, guard: 'immutable' });
  r[kBody] = body;
  return r;
}

// dataURLResponse is the data: URL processor (https://fetch.spec.whatwg.org/#data-urls).
function dataURLResponse(url) {
  const href = url.href;
  const rest = href.slice(5).replace(/#.*$/, '');
  const comma = rest.indexOf(',');
  if (comma === -1) throw networkError('failed to fetch the data URL');
  let mime = rest.slice(0, comma).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  const { Buffer } = lazyBuffer();
  let bytes = percentDecode(rest.slice(comma + 1));
  const b64 = /;[\u0020]*base64$/i.exec(mime);
  if (b64 !== null) {
    mime = mime.slice(0, b64.index);
    const text = bytes.toString('latin1').replace(/[\t\n\f\r ]/g, '');
    const stripped = text.length % 4 === 0 ? text.replace(/={1,2}$/, '') : text;
    if (stripped.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(stripped)) throw networkError('failed to fetch the data URL');
    bytes = Buffer.from(stripped, 'base64');
  }
  if (mime.startsWith(';')) mime = `text/plain${mime}`;
  const type = serializeMime(mime) ?? 'text/plain;charset=US-ASCII';
  const list = new HeadersList();
  list.set('Content-Type', type);
  const body = { stream: null, source: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), length: bytes.length, used: false };
  return plainResponse(url, 200, 'OK', list, body);
}

function percentDecode(s) {
  const { Buffer } = lazyBuffer();
  const bytes = Buffer.from(s, 'utf8');
  const out = Buffer.allocUnsafe(bytes.length);
  let n = 0;
  const hex = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 37 && i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2])) {
      out[n++] = parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16);
      i += 2;
    } else {
      out[n++] = c;
    }
  }
  return out.subarray(0, n);
}

// serializeMime parses a MIME type and serializes it as the MIME Sniffing
// standard does, or returns null when it is not one.
function serializeMime(input) {
  const m = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+)\/([!#$%&'*+\-.^_`|~0-9A-Za-z]+)[\t\n\f\r ]*(.*)$/s.exec(
    input.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, ''));
  if (m === null) return null;
  let out = `${m[1].toLowerCase()}/${m[2].toLowerCase()}`;
  const seen = new Set();
  for (const param of m[3].split(';').slice(1)) {
    const eq = param.indexOf('=');
    if (eq === -1) continue;
    const name = param.slice(0, eq).replace(/^[\t\n\f\r ]+/, '').toLowerCase();
    let value = param.slice(eq + 1).replace(/[\t\n\f\r ]+$/, '');
    if (value.startsWith('"')) value = value.slice(1).replace(/"$/, '').replace(/\\(.)/g, '$1');
    if (name === '' || value === '' || seen.has(name) || !methodRe.test(name)) continue;
    seen.add(name);
    out += `;${name}=${methodRe.test(value) ? value : `"${value.replace(/(["\\])/g, '\\$1')}"`}`;
  }
  return out;
}

function blobURLResponse(request, url) {
  const blob = lazyBuffer().resolveObjectURL(url.href);
  if (request[kReq].method !== 'GET' || blob === undefined) throw networkError('invalid method');
  const list = new HeadersList();
  list.set('content-length', `${blob.size}`);
  list.set('content-type', blob.type);
  return plainResponse(url, 200, 'OK', list, { stream: null, source: blob, length: blob.size, used: false });
}

// httpFetch sends the request through Go's client. The promise settles
// with the response head; the body then streams from Go as it is read.
function httpFetch(request) {
  const state = request[kReq];
  const signal = request[kSignal];
  const body = request[kBody];
  return new Promise((resolve, reject) => {
    let ctl = null;
    let response = null;
    let settled = false;
    let streamController = null;
    let pendingRead = null;
    let pumpReader = null;
    const onAbort = () => {
      const reason = abortReason(signal);
      if (ctl !== null) ctl.abort();
      // The pump stops; undici leaves the source itself uncancelled.
      if (pumpReader !== null) {
        try { pumpReader.releaseLock(); } catch { /* a read is pending: it fails instead */ }
      }
      if (!settled) {
        settled = true;
        reject(reason);
      } else if (response !== null) {
        response[kAborted] = () => reason;
        if (streamController !== null) {
          try { streamController.error(reason); } catch { /* already closed */ }
        }
        if (pendingRead !== null) {
          const done = pendingRead;
          pendingRead = null;
          done();
        }
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const cleanup = () => signal.removeEventListener('abort', onAbort);

    const headers = state.headers.raw();
    const has = (name) => state.headers.contains(name);
    if (!has('accept')) headers.push(['accept', '*/*']);
    if (!has('accept-language')) headers.push(['accept-language', '*']);
    if (!has('sec-fetch-mode')) headers.push(['sec-fetch-mode', state.mode]);
    if (!has('user-agent')) headers.push(['user-agent', 'node']);
    if (!has('accept-encoding')) {
      headers.push(['accept-encoding', state.url.protocol === 'https:' ? 'br, gzip, deflate' : 'gzip, deflate']);
    }
    if (!has('connection')) headers.push(['connection', 'keep-alive']);

    const start = (bytes, stream) => {
      if (settled) return;
      ctl = binding.request({
        url: state.url.href,
        method: state.method,
        headers,
        body: bytes,
        stream: stream !== null,
        redirect: state.redirect,
        insecure: state.url.protocol === 'https:' && allowUnauthorized(),
        onhead(status, statusText, flat, finalURL, redirected) {
          if (settled) return;
          settled = true;
          const list = new HeadersList();
          for (let i = 0; i < flat.length; i += 2) list.append(flat[i], flat[i + 1]);
          const urlList = redirected ? [state.url.href, finalURL] : [finalURL];
          const r = Object.create(Response.prototype);
          initResponse(r, { status, statusText, type: 'basic', urlList, list, guard: 'immutable' });
          response = r;
          if (nullBodyStatus.includes(status)) {
            cleanup();
            ctl.read(() => {});
          } else {
            r[kBody] = { stream: responseStream(), source: null, length: null, used: false };
          }
          resolve(r);
        },
        onerror(cause) {
          cleanup();
          if (settled) return;
          settled = true;
          reject(networkError(undefined, cause));
        },
      });
      if (stream !== null && !settled) pump(stream);
    };

    // pump feeds a ReadableStream request body to Go one chunk at a
    // time, each after Go has taken the last.
    const pump = async (stream) => {
      const reader = stream.getReader();
      pumpReader = reader;
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
          const err = await new Promise((res) => ctl.write(value, res));
          if (err !== undefined) return;
        }
        ctl.write(null);
      } catch (err) {
        if (ctl !== null) ctl.abort();
        if (!settled) {
          settled = true;
          cleanup();
          reject(networkError(undefined, err));
        }
      }
    };

    const responseStream = () => {
      const { ReadableStream } = lazyStreamWeb();
      return new ReadableStream({
        type: 'bytes',
        start(controller) { streamController = controller; },
        pull(controller) {
          return new Promise((res) => {
            pendingRead = res;
            ctl.read((chunk, err) => {
              if (pendingRead !== res) return;
              pendingRead = null;
              if (err !== undefined) {
                cleanup();
                const e = new TypeError('terminated', { cause: err });
                controller.error(e);
              } else if (chunk === null) {
                cleanup();
                controller.close();
                controller.byobRequest?.respond(0);
              } else {
                controller.enqueue(new Uint8Array(chunk));
              }
              res();
            });
          });
        },
        cancel() {
          cleanup();
          ctl.abort();
        },
      });
    };

    if (body === null) {
      start(undefined, null);
    } else if (body.source !== null && body.stream === null) {
      body.used = true;
      if (isBlobLike(body.source)) {
        body.source.arrayBuffer().then((ab) => start(new Uint8Array(ab), null), reject);
      } else {
        start(body.source, null);
      }
    } else {
      const stream = bodyStream(body);
      body.used = true;
      if (body.source !== null && !isDisturbedOrLocked(stream)) {
        readAllBytes({ stream, source: null, length: null, used: false })
          .then((bytes) => start(bytes, null), reject);
      } else {
        start(undefined, stream);
      }
    }
  });
}

module.exports = { fetch, FormData, Headers, Request, Response };
