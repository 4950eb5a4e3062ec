// Text: how primitives, keys and strings are written, and how wide text is.

const kMinLineLength = 16;

// A string needs the escaping loop only if it holds a control character,
// a quote, a backslash or a surrogate; most strings hold none. (No
// lookarounds here: goja gets them wrong next to surrogates.)
const needsEscapeRegExp = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;
const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const hexDigits = '0123456789ABCDEF';

// escapeCode is how inspect writes one code unit that can't appear as is.
function escapeCode(code) {
  switch (code) {
    case 8: return '\\b';
    case 9: return '\\t';
    case 10: return '\\n';
    case 12: return '\\f';
    case 13: return '\\r';
    case 39: return "\\'";
    case 92: return '\\\\';
  }
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
    return `\\x${hexDigits[code >> 4]}${hexDigits[code & 15]}`;
  }
  return `\\u${code.toString(16)}`; // a lone surrogate
}

// escapeText escapes controls, the backslash, lone surrogates and, unless
// quote is not the single quote (39), single quotes.
function escapeText(str, quote) {
  if (!needsEscapeRegExp.test(str)) return str;
  let result = '';
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const code = str.charCodeAt(i);
    if (code === quote || code === 92 || code < 32 || (code > 126 && code < 160)) {
      result += str.slice(last, i) + escapeCode(code);
      last = i + 1;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && i + 1 < len) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      result += str.slice(last, i) + escapeCode(code);
      last = i + 1;
    }
  }
  return last === 0 ? str : result + str.slice(last);
}

// strEscape quotes str the way Node does: single quotes unless the text
// holds one, then double quotes, then backticks, escaping only as needed.
function strEscape(str) {
  let quote = 39;
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = -1;
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = -2;
    }
  }
  const body = escapeText(str, quote);
  if (quote === -1) return `"${body}"`;
  if (quote === -2) return `\`${body}\``;
  return `'${body}'`;
}

function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = integerString[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    result = `_${integerString.slice(i - 3, i)}${result}`;
  }
  return i === integerString.length ? integerString : `${integerString.slice(0, i)}${result}`;
}

function addNumericSeparatorEnd(fraction) {
  let result = '';
  let i = 0;
  for (; i < fraction.length - 3; i += 3) {
    result += `${fraction.slice(i, i + 3)}_`;
  }
  return i === 0 ? fraction : `${result}${fraction.slice(i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (ObjectIs(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const str = `${number}`;
  if (MathTrunc(number) === number) {
    if (!NumberIsFinite(number) || str.includes('e')) return fn(str, 'number');
    return fn(addNumericSeparator(str), 'number');
  }
  if (NumberIsNaN(number)) return fn(str, 'number');
  const dot = str.indexOf('.');
  return fn(`${addNumericSeparator(str.slice(0, dot))}.${addNumericSeparatorEnd(str.slice(dot + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const str = `${bigint}`;
  if (!numericSeparator) return fn(`${str}n`, 'bigint');
  return fn(`${addNumericSeparator(str)}n`, 'bigint');
}

const moreItems = (n) => `... ${n} more item${n > 1 ? 's' : ''}`;

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      // Long strings break after each newline, one quoted piece per line.
      // Width is counted in UTF-16 units, as Node does here.
      if (ctx.compact !== true &&
          value.length > kMinLineLength &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        const pieces = [];
        let from = 0;
        let nl;
        while ((nl = value.indexOf('\n', from)) !== -1 && nl + 1 < value.length) {
          pieces.push(fn(strEscape(value.slice(from, nl + 1)), 'string'));
          from = nl + 1;
        }
        pieces.push(fn(strEscape(value.slice(from)), 'string'));
        return pieces.join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    case 'number':
      return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint':
      return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean':
      return fn(`${value}`, 'boolean');
    case 'undefined':
      return fn('undefined', 'undefined');
  }
  return fn(SymbolPrototypeToString(value), 'symbol');
}

// Matches every ANSI escape sequence (after chalk/ansi-regex, MIT).
const ansiRegExp = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?' +
  '[\\dA-PR-TZcf-nq-uy=><~]))', 'g');

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return str.replace(ansiRegExp, '');
}

// removeColors is stripVTControlCharacters without the argument check.
const removeColors = (str) => str.replace(ansiRegExp, '');

function isZeroWidthCodePoint(code) {
  return code <= 0x1F ||
    (code >= 0x7F && code <= 0x9F) ||
    (code >= 0x300 && code <= 0x36F) ||
    (code >= 0x200B && code <= 0x200F) ||
    (code >= 0x20D0 && code <= 0x20FF) ||
    (code >= 0xFE00 && code <= 0xFE0F) ||
    (code >= 0xFE20 && code <= 0xFE2F) ||
    (code >= 0xE0100 && code <= 0xE01EF);
}

// East Asian Wide and Fullwidth ranges (Unicode EastAsianWidth.txt), the
// columns a terminal gives two cells.
function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f ||
    code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd));
}

// getStringWidth is the number of terminal columns str takes. goja has no
// ICU, so past ASCII this uses the Unicode width tables above.
const printableASCIIRegExp = /^[\x20-\x7e]*$/;
function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = removeColors(str);
  // One regexp test instead of a call per character for the usual case.
  if (printableASCIIRegExp.test(str)) return str.length;
  let width = 0;
  let i = 0;
  for (; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) break;
    if (code >= 32) width++;
  }
  if (i === str.length) return width;
  for (const char of str.slice(i).normalize('NFC')) {
    const code = char.codePointAt(0);
    if (isFullWidthCodePoint(code)) {
      width += 2;
    } else if (!isZeroWidthCodePoint(code)) {
      width++;
    }
  }
  return width;
}
