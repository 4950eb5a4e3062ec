// body.js — FormData and the Body mixin (https://fetch.spec.whatwg.org/
// #body-mixin): extracting a body from what a Request or Response is
// given, and reading it back as text, JSON, bytes, a Blob or FormData.

const kState = Symbol('state');
const kBody = Symbol('body');

let bufferModule;
function lazyBuffer() {
  if (bufferModule === undefined) bufferModule = require('buffer');
  return bufferModule;
}
function lazyStreamWeb() { return require('stream/web'); }
function isBlobLike(v) {
  const { Blob } = lazyBuffer();
  return v instanceof Blob;
}
function isFile(v) {
  const { File } = lazyBuffer();
  return v instanceof File;
}

// FormData (https://xhr.spec.whatwg.org/#interface-formdata): entries of
// a name and a string or File value, kept in order.
class FormData {
  constructor(form) {
    if (form !== undefined) {
      throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    }
    this[kState] = [];
  }

  append(name, value, filename = undefined) {
    checkFormData(this);
    argumentLengthCheck(arguments, 2, 'FormData.append');
    if (arguments.length === 3 && !isBlobLike(value)) {
      throw new TypeError("Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'");
    }
    this[kState].push(makeEntry(name, value, filename));
  }

  delete(name) {
    checkFormData(this);
    argumentLengthCheck(arguments, 1, 'FormData.delete');
    name = `${name}`;
    this[kState] = this[kState].filter((e) => e.name !== name);
  }

  get(name) {
    checkFormData(this);
    argumentLengthCheck(arguments, 1, 'FormData.get');
    name = `${name}`;
    const e = this[kState].find((entry) => entry.name === name);
    return e === undefined ? null : e.value;
  }

  getAll(name) {
    checkFormData(this);
    argumentLengthCheck(arguments, 1, 'FormData.getAll');
    name = `${name}`;
    return this[kState].filter((e) => e.name === name).map((e) => e.value);
  }

  has(name) {
    checkFormData(this);
    argumentLengthCheck(arguments, 1, 'FormData.has');
    name = `${name}`;
    return this[kState].some((e) => e.name === name);
  }

  set(name, value, filename = undefined) {
    checkFormData(this);
    argumentLengthCheck(arguments, 2, 'FormData.set');
    if (arguments.length === 3 && !isBlobLike(value)) {
      throw new TypeError("Failed to execute 'set' on 'FormData': parameter 2 is not of type 'Blob'");
    }
    const entry = makeEntry(name, value, filename);
    const list = this[kState];
    const i = list.findIndex((e) => e.name === entry.name);
    if (i === -1) {
      list.push(entry);
    } else {
      this[kState] = [...list.slice(0, i), entry, ...list.slice(i + 1).filter((e) => e.name !== entry.name)];
    }
  }

  keys() {
    checkFormData(this);
    return makeIterator('FormData', () => this[kState].map((e) => [e.name, e.value]), 'key');
  }

  values() {
    checkFormData(this);
    return makeIterator('FormData', () => this[kState].map((e) => [e.name, e.value]), 'value');
  }

  entries() {
    checkFormData(this);
    return makeIterator('FormData', () => this[kState].map((e) => [e.name, e.value]), 'key+value');
  }

  forEach(callbackFn, thisArg = undefined) {
    checkFormData(this);
    argumentLengthCheck(arguments, 1, 'FormData.forEach');
    if (typeof callbackFn !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const [key, value] of this) callbackFn.call(thisArg, value, key, this);
  }

  [customInspect](depth, options) {
    const state = { __proto__: null };
    for (const { name, value } of this[kState]) {
      if (name in state) {
        if (Array.isArray(state[name])) state[name].push(value);
        else state[name] = [state[name], value];
      } else {
        state[name] = value;
      }
    }
    options.depth ??= depth;
    const output = lazyUtil().formatWithOptions(options, state);
    // Drop the "[Object: null prototype] " the record prints with.
    return `FormData ${output.slice(output.indexOf(']') + 2)}`;
  }
}

Object.defineProperty(FormData.prototype, Symbol.iterator, {
  __proto__: null, value: FormData.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(FormData.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'FormData', configurable: true,
});
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'keys', 'values', 'entries', 'forEach']) {
  Object.defineProperty(FormData.prototype, name, { enumerable: true });
}

function checkFormData(f) {
  if (f === null || typeof f !== 'object' || !(kState in f) || !Array.isArray(f[kState])) {
    throw illegalInvocation();
  }
}

// makeEntry is the spec's "create an entry": a Blob becomes a File named
// "blob" unless it is one already or a filename is given.
function makeEntry(name, value, filename) {
  name = `${name}`;
  if (!isBlobLike(value)) return { name, value: `${value}` };
  const { File } = lazyBuffer();
  if (!isFile(value) || filename !== undefined) {
    const options = { type: value.type };
    if (isFile(value)) options.lastModified = value.lastModified;
    value = new File([value], filename !== undefined ? `${filename}` : (isFile(value) ? value.name : 'blob'), options);
  }
  return { name, value };
}

// encodeMultipart renders a FormData as undici does: a
// "----formdata-undici-0<11 digits>" boundary, names and filenames with
// ", CR and LF percent-escaped, string values with normalized newlines.
// Files stay Blobs, so the result is a Blob and nothing is read yet.
function encodeMultipart(form) {
  const boundary = `----formdata-undici-0${`${Math.floor(Math.random() * 1e11)}`.padStart(11, '0')}`;
  const prefix = `--${boundary}\r\nContent-Disposition: form-data`;
  const escape = (s) => s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
  const normalize = (s) => s.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n');
  const parts = [];
  for (const { name, value } of form[kState]) {
    if (typeof value === 'string') {
      parts.push(`${prefix}; name="${escape(normalize(name))}"\r\n\r\n${normalize(value)}\r\n`);
    } else {
      parts.push(`${prefix}; name="${escape(normalize(name))}"` +
        (value.name ? `; filename="${escape(value.name)}"` : '') + '\r\n' +
        `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`);
      parts.push(value, '\r\n');
    }
  }
  parts.push(`--${boundary}--\r\n`);
  const { Blob } = lazyBuffer();
  return { blob: new Blob(parts), type: `multipart/form-data; boundary=${boundary}` };
}

function toBytes(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength).slice();
}

// extractBody is the spec's "extract a body": { stream, source, length }
// plus the Content-Type it implies. source is a Uint8Array or Blob when
// the bytes are known up front (sent with a Content-Length), null for a
// stream given by the caller.
function extractBody(object, keepalive = false) {
  let source = null;
  let stream = null;
  let type = null;
  const { isAnyArrayBuffer, isArrayBufferView } = require('internal/buffer');
  const { ReadableStream } = lazyStreamWeb();
  if (typeof object === 'string') {
    source = lazyBuffer().Buffer.from(object, 'utf8');
    type = 'text/plain;charset=UTF-8';
  } else if (object instanceof URLSearchParams) {
    source = lazyBuffer().Buffer.from(object.toString(), 'utf8');
    type = 'application/x-www-form-urlencoded;charset=UTF-8';
  } else if (isAnyArrayBuffer(object)) {
    source = new Uint8Array(object.slice(0));
  } else if (isArrayBufferView(object)) {
    source = toBytes(object);
  } else if (object instanceof FormData) {
    const m = encodeMultipart(object);
    source = m.blob;
    type = m.type;
  } else if (isBlobLike(object)) {
    source = object;
    if (object.type) type = object.type;
  } else if (object instanceof ReadableStream) {
    if (keepalive) throw new TypeError('keepalive');
    if (isDisturbedOrLocked(object)) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    stream = object;
  } else {
    source = lazyBuffer().Buffer.from(`${object}`, 'utf8');
    type = 'text/plain;charset=UTF-8';
  }
  if (source !== null && !isBlobLike(source)) source = new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  const length = source === null ? null : (isBlobLike(source) ? source.size : source.byteLength);
  return { body: { stream, source, length, used: false }, type };
}

function isDisturbedOrLocked(stream) {
  return stream.locked || require('internal/streams/utils').isDisturbed(stream);
}

// bodyStream returns the body's ReadableStream, made on first use for a
// body known as bytes (node's is a byte stream, so supportsBYOB).
function bodyStream(body) {
  if (body.stream === null) {
    const { ReadableStream } = lazyStreamWeb();
    const source = body.source;
    let done = false;
    body.stream = new ReadableStream({
      type: 'bytes',
      async pull(controller) {
        if (done) return;
        done = true;
        const bytes = isBlobLike(source) ? new Uint8Array(await source.arrayBuffer()) : source.slice();
        if (bytes.byteLength > 0) controller.enqueue(bytes);
        controller.close();
        controller.byobRequest?.respond(0);
      },
    });
  }
  return body.stream;
}

// bodyDisturbed is what bodyUsed reports: read from, not merely locked.
function bodyDisturbed(body) {
  return body !== null && (body.used || (body.stream !== null && require('internal/streams/utils').isDisturbed(body.stream)));
}

function bodyUnusable(body) {
  return body !== null && (body.used || (body.stream !== null && isDisturbedOrLocked(body.stream)));
}

// readAllBytes consumes a body: straight from its source when nobody has
// touched its stream, else by reading the stream to its end.
async function readAllBytes(body) {
  if (body.source !== null && body.stream === null) {
    body.used = true;
    const s = body.source;
    return isBlobLike(s) ? new Uint8Array(await s.arrayBuffer()) : s.slice();
  }
  const reader = body.stream.getReader();
  body.used = true;
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) {
      throw new TypeError('Received non-Uint8Array chunk');
    }
    chunks.push(value);
    total += value.byteLength;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

let decoder;
function utf8Decode(bytes) {
  if (decoder === undefined) {
    const { TextDecoder } = require('internal/encoding');
    decoder = new TextDecoder();
  }
  return decoder.decode(bytes);
}

// consumeBody is the spec's "consume body" for the mixin's methods.
function consumeBody(object, kind) {
  let bytesPromise;
  try {
    const body = object[kBody];
    if (bodyUnusable(body)) throw new TypeError('Body is unusable: Body has already been read');
    if (object[kAborted]) throw object[kAborted]();
    bytesPromise = body === null ? Promise.resolve(new Uint8Array(0)) : readAllBytes(body);
  } catch (err) {
    return Promise.reject(err);
  }
  return bytesPromise.then((bytes) => {
    switch (kind) {
      case 'text': return utf8Decode(bytes);
      case 'json': return JSON.parse(utf8Decode(bytes));
      case 'arrayBuffer': return bytes.buffer.byteLength === bytes.byteLength ? bytes.buffer : bytes.slice().buffer;
      case 'bytes': return bytes;
      case 'blob': {
        const { Blob } = lazyBuffer();
        return new Blob([bytes], { type: mimeOf(object) });
      }
      case 'formData': return parseFormData(object, bytes);
    }
  });
}

// mimeOf is the body's MIME type as Blob's type: the Content-Type's
// essence and parameters, or '' when there is none.
function mimeOf(object) {
  const ct = object[kHeaders].get('content-type');
  return ct === null ? '' : ct.toLowerCase();
}

function parseFormData(object, bytes) {
  const ct = object[kHeaders].get('content-type') ?? '';
  const essence = ct.split(';')[0].trim().toLowerCase();
  const fd = new FormData();
  if (essence === 'multipart/form-data') {
    const m = /;\s*boundary=(?:"([^"]*)"|([^;\s]*))/i.exec(ct);
    if (m === null) throw new TypeError('Failed to parse body as FormData.');
    const entries = binding.parseMultipart(bytes, m[1] ?? m[2]);
    const { File } = lazyBuffer();
    for (const [name, value] of entries) {
      if (typeof value === 'string') fd.append(name, value);
      else fd.append(name, new File([value.data], value.filename, { type: value.type }));
    }
    return fd;
  }
  if (essence === 'application/x-www-form-urlencoded') {
    for (const [name, value] of new URLSearchParams(utf8Decode(bytes))) fd.append(name, value);
    return fd;
  }
  throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
}

// installBodyMixin adds the Body methods and getters to a class whose
// instances hold kBody and kHeaders.
function installBodyMixin(cls, check) {
  const methods = {
    blob() { check(this); return consumeBody(this, 'blob'); },
    arrayBuffer() { check(this); return consumeBody(this, 'arrayBuffer'); },
    text() { check(this); return consumeBody(this, 'text'); },
    json() { check(this); return consumeBody(this, 'json'); },
    formData() { check(this); return consumeBody(this, 'formData'); },
    bytes() { check(this); return consumeBody(this, 'bytes'); },
  };
  for (const name of Object.keys(methods)) {
    Object.defineProperty(cls.prototype, name, {
      value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
}
