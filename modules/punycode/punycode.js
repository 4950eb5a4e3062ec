// Node's deprecated punycode module (https://nodejs.org/api/punycode.html):
// the surface of the punycode.js Node bundles (it reports version 2.1.0),
// Punycode as RFC 3492 defines it
// plus the domain helpers. Node 20 warns (DEP0040) only under
// --pending-deprecation; Node 21 warns always.
'use strict';

if (process.execArgv.includes('--pending-deprecation') ||
    /(^|\s)--pending-deprecation(\s|$)/.test(process.env.NODE_OPTIONS || '') ||
    process.env.NODE_PENDING_DEPRECATION === '1') {
  process.emitWarning(
    'The `punycode` module is deprecated. Please use a userland alternative instead.',
    'DeprecationWarning', 'DEP0040');
}

// RFC 3492 section 5 parameters.
const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;
const initialBias = 72;
const initialN = 128;
const maxInt = 2147483647;

const messages = {
  overflow: 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};
function fail(kind) {
  throw new RangeError(messages[kind]);
}

// ucs2decode splits a string into code points; lone surrogates stay
// code points of their own.
function ucs2decode(str) {
  const out = [];
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if ((d & 0xfc00) === 0xdc00) {
        out.push(((c & 0x3ff) << 10) + (d & 0x3ff) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function ucs2encode(codePoints) {
  return String.fromCodePoint(...codePoints);
}

// digitOf reads a digit: a-z and A-Z are 0-25, 0-9 are 26-35; anything
// else is out of range (base).
function digitOf(cp) {
  if (cp >= 0x30 && cp < 0x3a) return cp - 22;
  if (cp >= 0x41 && cp < 0x5b) return cp - 0x41;
  if (cp >= 0x61 && cp < 0x7b) return cp - 0x61;
  return base;
}

// digitChar writes digit 0-25 as a-z and 26-35 as 0-9.
function digitChar(d) {
  return String.fromCharCode(d < 26 ? d + 97 : d + 22);
}

function threshold(k, bias) {
  if (k <= bias) return tMin;
  if (k >= bias + tMax) return tMax;
  return k - bias;
}

function adapt(delta, points, first) {
  delta = first ? Math.floor(delta / damp) : delta >> 1;
  delta += Math.floor(delta / points);
  let k = 0;
  const limit = ((base - tMin) * tMax) >> 1;
  while (delta > limit) {
    delta = Math.floor(delta / (base - tMin));
    k += base;
  }
  return Math.floor(k + ((base - tMin + 1) * delta) / (delta + skew));
}

function decode(input) {
  const out = [];
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) fail('not-basic');
    out.push(c);
  }
  let n = initialN;
  let bias = initialBias;
  let i = 0;
  for (let at = basic > 0 ? basic + 1 : 0; at < input.length;) {
    const before = i;
    let w = 1;
    for (let k = base; ; k += base) {
      if (at >= input.length) fail('invalid-input');
      const digit = digitOf(input.charCodeAt(at++));
      if (digit >= base) fail('invalid-input');
      if (digit > Math.floor((maxInt - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(maxInt / (base - t))) fail('overflow');
      w *= base - t;
    }
    const count = out.length + 1;
    bias = adapt(i - before, count, before === 0);
    if (Math.floor(i / count) > maxInt - n) fail('overflow');
    n += Math.floor(i / count);
    i %= count;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}

function encode(input) {
  const cps = ucs2decode(input);
  let out = '';
  for (const c of cps) if (c < 0x80) out += String.fromCharCode(c);
  const basic = out.length;
  let handled = basic;
  if (basic > 0) out += '-';
  let n = initialN;
  let delta = 0;
  let bias = initialBias;
  while (handled < cps.length) {
    let m = maxInt;
    for (const c of cps) if (c >= n && c < m) m = c;
    if (m - n > Math.floor((maxInt - delta) / (handled + 1))) fail('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of cps) {
      if (c < n && ++delta > maxInt) fail('overflow');
      if (c !== n) continue;
      let q = delta;
      for (let k = base; ; k += base) {
        const t = threshold(k, bias);
        if (q < t) break;
        out += digitChar(t + ((q - t) % (base - t)));
        q = Math.floor((q - t) / (base - t));
      }
      out += digitChar(q);
      bias = adapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return out;
}

// mapDomain applies fn to each label of a domain (IDNA separators all
// count as dots), leaving an email address's local part alone.
function mapDomain(domain, fn) {
  const at = domain.split('@');
  let prefix = '';
  if (at.length > 1) {
    prefix = `${at[0]}@`;
    domain = at[1];
  }
  const labels = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.').split('.');
  return prefix + labels.map(fn).join('.');
}

function toASCII(domain) {
  return mapDomain(domain, (label) => (/[^\0-\x7F]/.test(label) ? `xn--${encode(label)}` : label));
}

function toUnicode(domain) {
  return mapDomain(domain, (label) => (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
