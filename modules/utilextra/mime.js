'use strict';
// util.MIMEType and util.MIMEParams: https://nodejs.org/api/util.html#class-utilmimetype
// Parsing follows the WHATWG MIME Sniffing standard's "parse a MIME type"
// (https://mimesniff.spec.whatwg.org/#parse-a-mime-type); parameters are
// parsed on first use, as in Node, so a long parameter string costs
// nothing until it is read.

const { codes: { ERR_INVALID_MIME_SYNTAX } } = require('internal/errors');

const NOT_HTTP_TOKEN_CODE_POINT = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const NOT_HTTP_QUOTED_STRING_CODE_POINT = /[^\t\u0020-~\u0080-\u00FF]/;
const END_BEGINNING_WHITESPACE = /[^\r\n\t ]|$/;
const START_ENDING_WHITESPACE = /[\r\n\t ]*$/;
const EQUALS_SEMICOLON_OR_END = /[;=]|$/;
// A quoted value up to the closing quote or the end: group 1 is a lone
// trailing backslash, group 2 the closing quote.
const QUOTED_VALUE_PATTERN = /^(?:([\\]$)|[\\][\s\S]|[^"])*(?:(")|$)/;

// toASCIILower lowers A-Z only: MIME types are ASCII-case-insensitive,
// and toLowerCase would also fold non-ASCII letters.
function toASCIILower(str) {
  return str.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

function parseTypeAndSubtype(str) {
  let position = str.search(END_BEGINNING_WHITESPACE);
  const typeEnd = str.indexOf('/', position);
  const trimmedType = typeEnd === -1 ? str.slice(position) : str.slice(position, typeEnd);
  const invalidTypeIndex = trimmedType.search(NOT_HTTP_TOKEN_CODE_POINT);
  if (trimmedType === '' || invalidTypeIndex !== -1 || typeEnd === -1) {
    throw new ERR_INVALID_MIME_SYNTAX('type', str, invalidTypeIndex);
  }
  position = typeEnd + 1;
  const type = toASCIILower(trimmedType);
  const subtypeEnd = str.indexOf(';', position);
  const rawSubtype = subtypeEnd === -1 ? str.slice(position) : str.slice(position, subtypeEnd);
  position += rawSubtype.length;
  if (subtypeEnd !== -1) position += 1;
  const trimmedSubtype = rawSubtype.slice(0, rawSubtype.search(START_ENDING_WHITESPACE));
  const invalidSubtypeIndex = trimmedSubtype.search(NOT_HTTP_TOKEN_CODE_POINT);
  if (trimmedSubtype === '' || invalidSubtypeIndex !== -1) {
    throw new ERR_INVALID_MIME_SYNTAX('subtype', str, invalidSubtypeIndex);
  }
  return [type, toASCIILower(trimmedSubtype), position];
}

function removeBackslashes(str) {
  let ret = '';
  let i;
  for (i = 0; i < str.length - 1; i++) {
    const c = str[i];
    if (c === '\\') {
      i++;
      ret += str[i];
    } else {
      ret += c;
    }
  }
  if (i === str.length - 1) ret += str[i];
  return ret;
}

function encode(value) {
  if (value.length === 0) return '""';
  if (value.search(NOT_HTTP_TOKEN_CODE_POINT) === -1) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

let instantiating = null;

class MIMEParams {
  #data = new Map();
  #processed = true;
  #string = null;

  constructor() {
    if (instantiating !== null) {
      this.#string = instantiating;
      this.#processed = false;
      instantiating = null;
    }
  }

  delete(name) {
    this.#parse();
    this.#data.delete(name);
  }

  get(name) {
    this.#parse();
    const data = this.#data;
    return data.has(name) ? data.get(name) : null;
  }

  has(name) {
    this.#parse();
    return this.#data.has(name);
  }

  set(name, value) {
    this.#parse();
    name = `${name}`;
    value = `${value}`;
    const invalidNameIndex = name.search(NOT_HTTP_TOKEN_CODE_POINT);
    if (name.length === 0 || invalidNameIndex !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, invalidNameIndex);
    }
    const invalidValueIndex = value.search(NOT_HTTP_QUOTED_STRING_CODE_POINT);
    if (invalidValueIndex !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, invalidValueIndex);
    }
    this.#data.set(name, value);
  }

  * entries() {
    this.#parse();
    yield* this.#data.entries();
  }

  * keys() {
    this.#parse();
    yield* this.#data.keys();
  }

  * values() {
    this.#parse();
    yield* this.#data.values();
  }

  toString() {
    this.#parse();
    let ret = '';
    for (const [key, value] of this.#data) {
      if (ret.length) ret += ';';
      ret += `${key}=${encode(value)}`;
    }
    return ret;
  }

  #parse() {
    if (this.#processed) return;
    const params = this.#data;
    const str = this.#string;
    let position = 0;
    const endOfSource = str.search(START_ENDING_WHITESPACE);
    while (position < endOfSource) {
      position += str.slice(position).search(END_BEGINNING_WHITESPACE);
      const afterName = str.slice(position).search(EQUALS_SEMICOLON_OR_END) + position;
      const name = toASCIILower(str.slice(position, afterName));
      position = afterName;
      if (position < endOfSource) {
        const char = str[position];
        position += 1;
        // A parameter without a value is ignored.
        if (char === ';') continue;
      }
      if (position >= endOfSource) break;
      let value = null;
      if (str[position] === '"') {
        position += 1;
        const m = QUOTED_VALUE_PATTERN.exec(str.slice(position));
        position += m[0].length;
        const inside = m[1] || m[2] ? m[0].slice(0, -1) : m[0];
        value = removeBackslashes(inside);
        if (m[1]) value += '\\';
      } else {
        const valueEnd = str.indexOf(';', position);
        const rawValue = valueEnd === -1 ? str.slice(position) : str.slice(position, valueEnd);
        position += rawValue.length;
        const trimmed = rawValue.slice(0, rawValue.search(START_ENDING_WHITESPACE));
        if (trimmed === '') continue;
        value = trimmed;
      }
      // The first occurrence of a valid name wins.
      if (name !== '' && name.search(NOT_HTTP_TOKEN_CODE_POINT) === -1 &&
          value.search(NOT_HTTP_QUOTED_STRING_CODE_POINT) === -1 && !params.has(name)) {
        params.set(name, value);
      }
      position++;
    }
    this.#processed = true;
  }
}

Object.defineProperty(MIMEParams.prototype, 'toJSON', {
  __proto__: null, value: MIMEParams.prototype.toString, writable: true, enumerable: false, configurable: true,
});
Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  __proto__: null, value: MIMEParams.prototype.entries, writable: true, enumerable: false, configurable: true,
});

const paramsToString = MIMEParams.prototype.toString;

class MIMEType {
  #type;
  #subtype;
  #parameters;

  constructor(string) {
    string = `${string}`;
    const [type, subtype, position] = parseTypeAndSubtype(string);
    this.#type = type;
    this.#subtype = subtype;
    instantiating = string.slice(position);
    this.#parameters = new MIMEParams();
  }

  get type() {
    return this.#type;
  }

  set type(v) {
    v = `${v}`;
    const invalidTypeIndex = v.search(NOT_HTTP_TOKEN_CODE_POINT);
    if (v.length === 0 || invalidTypeIndex !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('type', v, invalidTypeIndex);
    }
    this.#type = toASCIILower(v);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(v) {
    v = `${v}`;
    const invalidSubtypeIndex = v.search(NOT_HTTP_TOKEN_CODE_POINT);
    if (v.length === 0 || invalidSubtypeIndex !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('subtype', v, invalidSubtypeIndex);
    }
    this.#subtype = toASCIILower(v);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#parameters;
  }

  toString() {
    let ret = `${this.#type}/${this.#subtype}`;
    const paramStr = paramsToString.call(this.#parameters);
    if (paramStr.length) ret += `;${paramStr}`;
    return ret;
  }
}

Object.defineProperty(MIMEType.prototype, 'toJSON', {
  __proto__: null, value: MIMEType.prototype.toString, writable: true, enumerable: false, configurable: true,
});

module.exports = { MIMEParams, MIMEType };
