// Node's querystring module: https://nodejs.org/api/querystring.html
//
// parse scans the string once, splitting on the (possibly multi-character)
// separators and turning '+' into spaces, and decodes a key or value only
// when it holds a %XX escape (every one, with a custom decoder). Invalid
// escapes never throw: unescape falls back to a byte-wise decode whose
// bytes the Go binding turns into text as UTF-8 with WHATWG replacement.
'use strict';

let errors;
function lazyErrors() {
  if (errors === undefined) errors = require('internal/errors');
  return errors;
}

// isHex: 0-9, A-F, a-f.
function isHex(c) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
function hexValue(c) {
  if (c <= 57) return c - 48;
  if (c <= 70) return c - 55;
  return c - 87;
}

// unescapeBytes decodes %XX escapes (and '+' when decodeSpaces) into a
// Uint8Array; every other UTF-16 unit is kept as its low byte, as Node's
// unescapeBuffer does.
function unescapeBytes(s, decodeSpaces) {
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      out[n++] = 32;
    } else if (c === 37 && i < s.length - 2 &&
               isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2))) {
      out[n++] = hexValue(s.charCodeAt(i + 1)) * 16 + hexValue(s.charCodeAt(i + 2));
      i += 2;
    } else {
      out[n++] = c & 0xff;
    }
  }
  return n === out.length ? out : out.subarray(0, n);
}

// bufferClass finds Buffer: the global, else the buffer module, which
// may not be built into this gorun yet.
function bufferClass() {
  if (typeof Buffer === 'function') return Buffer;
  try {
    return require('buffer').Buffer;
  } catch {
    return undefined;
  }
}

function unescapeBuffer(s, decodeSpaces) {
  const B = bufferClass();
  if (typeof B !== 'function') {
    throw new (lazyErrors().codes.ERR_NOT_IMPLEMENTED)('querystring.unescapeBuffer without Buffer');
  }
  const bytes = unescapeBytes(`${s}`, decodeSpaces);
  return B.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

const surrogate = /[\ud800-\udfff]/;
const escapeRuns = /(?:%[0-9a-fA-F]{2})+/g;
const badPercent = /%(?![0-9a-fA-F]{2})/;

// goja's decodeURIComponent turns lone surrogates of the unescaped text
// into U+FFFD; V8 keeps them. Text with surrogates is decoded run of
// escapes by run, so the rest is never touched.
function decodeComponent(s) {
  if (!surrogate.test(s)) return decodeURIComponent(s);
  if (badPercent.test(s)) throw new URIError('URI malformed');
  return s.replace(escapeRuns, decodeURIComponent);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeComponent(s);
  } catch {
    // Like Node, honour a user's replacement of unescapeBuffer.
    if (exported.unescapeBuffer !== unescapeBuffer) return exported.unescapeBuffer(s, decodeSpaces).toString();
    const bytes = unescapeBytes(`${s}`, decodeSpaces);
    return binding.utf8(bytes.buffer, bytes.length);
  }
}

// escape is encodeURIComponent (both leave A-Z a-z 0-9 - _ . ! ~ * ' ( )
// alone) for well-formed text. Node's own encoder differs on surrogates:
// any surrogate followed by another unit is encoded as if the two made a
// pair, and only one at the very end is an error.
function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  try {
    return encodeURIComponent(str);
  } catch {
    return escapeLoose(str);
  }
}

function escapeLoose(str) {
  let out = '';
  let from = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (i + 1 >= str.length) throw new (lazyErrors().codes.ERR_INVALID_URI)();
    out += encodeURIComponent(str.slice(from, i));
    const cp = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i + 1) & 0x3ff));
    out += pct(0xf0 | (cp >> 18)) + pct(0x80 | ((cp >> 12) & 0x3f)) +
      pct(0x80 | ((cp >> 6) & 0x3f)) + pct(0x80 | (cp & 0x3f));
    i++;
    from = i + 1;
  }
  return out + encodeURIComponent(str.slice(from));
}

function pct(b) {
  return (b < 16 ? '%0' : '%') + b.toString(16).toUpperCase();
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

// With the default encoder, numbers, bigints and booleans need no
// escaping, except numbers written with an exponent ('1e+21').
function encodeDefault(v) {
  if (typeof v === 'string') return v.length > 0 ? qsEscape(v) : '';
  if (typeof v === 'number' && isFinite(v) && Math.abs(v) >= 1e21) return qsEscape(`${v}`);
  return stringifyPrimitive(v);
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  // The module's own escape and unescape may be replaced by the user,
  // and are then used as the default encoder and decoder.
  let encode = exported.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  const convert = encode === qsEscape ? encodeDefault : (v) => encode(stringifyPrimitive(v));
  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    const ks = convert(k) + eq;
    if (Array.isArray(v)) {
      for (let j = 0; j < v.length; j++) fields.push(ks + convert(v[j]));
    } else {
      fields.push(ks + convert(v));
    }
  }
  return fields.join(sep);
}

function decodeWith(s, decode) {
  try {
    return decode(s);
  } catch {
    return exported.unescape(s, true);
  }
}

function addPair(obj, key, value, keyEncoded, valueEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeWith(key, decode);
  if (value.length > 0 && valueEncoded) value = decodeWith(value, decode);
  const cur = obj[key];
  if (cur === undefined) obj[key] = value;
  else if (cur.pop) cur[cur.length] = value;
  else obj[key] = [cur, value];
}

// parse is one pass of a small state machine, because Node's results on
// odd input follow from its scanner and are the specification: a partial
// separator match is dropped without re-reading the character that broke
// it; the characters of a separator are never looked at as '+' or '%';
// whether a key or value needs decoding is decided by spotting one valid
// %XX, with one tracker shared by key and value; maxKeys counts empty
// pieces too.
function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const sepStr = sep ? String(sep) : '&';
  const eqStr = eq ? String(eq) : '=';
  // budget counts down pieces; -1 never reaches 0, so it means no limit.
  let budget = 1000;
  if (options && typeof options.maxKeys === 'number') {
    budget = options.maxKeys > 0 ? options.maxKeys : -1;
  }
  let decode = exported.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const custom = decode !== qsUnescape;
  // A custom decoder sees '+' as '%20', so that it can tell it from a
  // literal space.
  const plus = custom ? '%20' : ' ';

  let start = 0; // first character not yet copied into key or value
  let sepAt = 0; // characters of sepStr matched so far
  let eqAt = 0; // characters of eqStr matched so far (all: in the value)
  let key = '';
  let value = '';
  let keyEncoded = custom;
  let valueEncoded = custom;
  let escape = 0; // 1 after '%', 2 after '%' and a hex digit, 3 done
  for (let i = 0; i < qs.length; i++) {
    const c = qs.charCodeAt(i);
    if (c === sepStr.charCodeAt(sepAt)) {
      if (++sepAt < sepStr.length) continue;
      const end = i + 1 - sepAt;
      if (eqAt < eqStr.length) {
        if (start < end) {
          key += qs.slice(start, end);
        } else if (key.length === 0) {
          // An empty piece: it still counts against maxKeys.
          if (--budget === 0) return obj;
          start = i + 1;
          sepAt = eqAt = 0;
          continue;
        }
      } else if (start < end) {
        value += qs.slice(start, end);
      }
      addPair(obj, key, value, keyEncoded, valueEncoded, decode);
      if (--budget === 0) return obj;
      keyEncoded = valueEncoded = custom;
      key = value = '';
      escape = 0;
      start = i + 1;
      sepAt = eqAt = 0;
      continue;
    }
    sepAt = 0;
    if (eqAt < eqStr.length) {
      if (c === eqStr.charCodeAt(eqAt)) {
        if (++eqAt === eqStr.length) {
          const end = i + 1 - eqAt;
          if (start < end) key += qs.slice(start, end);
          escape = 0;
          start = i + 1;
        }
        continue;
      }
      eqAt = 0;
      if (!keyEncoded) {
        if (c === 37) {
          escape = 1;
          continue;
        }
        if (escape > 0) {
          if (isHex(c)) {
            if (++escape === 3) keyEncoded = true;
            continue;
          }
          escape = 0;
        }
      }
      if (c === 43) {
        if (start < i) key += qs.slice(start, i);
        key += plus;
        start = i + 1;
        continue;
      }
    }
    // Reached in the value, and in the key for characters the key's
    // checks let through (Node's scanner does the same).
    if (c === 43) {
      if (start < i) value += qs.slice(start, i);
      value += plus;
      start = i + 1;
    } else if (!valueEncoded) {
      if (c === 37) {
        escape = 1;
      } else if (escape > 0) {
        if (isHex(c)) {
          if (++escape === 3) valueEncoded = true;
        } else {
          escape = 0;
        }
      }
    }
  }
  if (start < qs.length) {
    if (eqAt < eqStr.length) key += qs.slice(start);
    else value += qs.slice(start);
  } else if (eqAt === 0 && key.length === 0) {
    return obj;
  }
  addPair(obj, key, value, keyEncoded, valueEncoded, decode);
  return obj;
}

const exported = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
module.exports = exported;
