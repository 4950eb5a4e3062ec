'use strict';
// AssertionError and the messages Node 20 builds for it: the line diff of
// strictEqual/deepStrictEqual, the "not" forms that print one value, and
// the loose forms that print both. Node's original is
// lib/internal/assert/assertion_error.js (v20); the output is the spec.

const {
  inspect,
  inspectDefaultOptions,
  stripVTControlCharacters,
  isError,
} = require('internal/util/inspect');
const {
  validateObject,
  isErrorStackTraceLimitWritable,
} = require('internal/errors');

const kCustomInspect = Symbol.for('nodejs.util.inspect.custom');

const kReadableOperator = {
  __proto__: null,
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Two short primitives are shown as `a !== b` rather than as a diff.
const kMaxShortLength = 12;
// Values printed whole (not diffed) are cut past this many characters.
const kMaxLongLength = 512;

// Terminal colors for the diff, decided again for every message because
// the environment may change; empty when stderr is not a color terminal.
const colors = { blue: '', green: '', white: '', red: '' };
function refreshColors() {
  let on = false;
  try {
    const stderr = process.stderr;
    on = !!(stderr && stderr.isTTY &&
      (typeof stderr.hasColors === 'function' ? stderr.hasColors() : false));
  } catch {
    on = false;
  }
  colors.blue = on ? '\u001b[34m' : '';
  colors.green = on ? '\u001b[32m' : '';
  colors.white = on ? '\u001b[39m' : '';
  colors.red = on ? '\u001b[31m' : '';
}

// inspectValue prints a value the way every assertion message does,
// whatever the user set in inspect.defaultOptions.
function inspectValue(val) {
  return inspect(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// copyError stands in for an Error being compared, so that the message
// shows its own properties without its stack.
function copyError(source) {
  const copy = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(copy, 'message', { __proto__: null, value: source.message });
  return copy;
}

function headline(operator, message) {
  return message || kReadableOperator[operator];
}

function isObjectLike(v) {
  return typeof v === 'object' && v !== null;
}

// repeatedPrefix prints up to three of the `identical` lines before index
// i of lines, collapsing longer runs into "...", as Node does between two
// differing parts of a diff. It returns [text, printed, skipped].
function identicalContext(lines, i, identical) {
  let text = '';
  let printed = 0;
  let skipped = false;
  if (identical > 2) {
    if (identical > 3) {
      if (identical > 4) {
        if (identical === 5) {
          text += `\n  ${lines[i - 3]}`;
          printed++;
        } else {
          text += `\n${colors.blue}...${colors.white}`;
          skipped = true;
        }
      }
      text += `\n  ${lines[i - 2]}`;
      printed++;
    }
    text += `\n  ${lines[i - 1]}`;
    printed++;
  }
  return [text, printed, skipped];
}

// diffMessage is the message of a failed strictEqual or deepStrictEqual:
// both values inspected and compared line by line.
function diffMessage(actual, expected, operator, message = '') {
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let tail = '';
  let skipped = false;
  let indicator = '';
  let same = 0;

  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  // Two different one-liners: very short ones print as `a !== b`; others
  // get a caret under the first difference when they fit a line.
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const colored = inspectDefaultOptions.colors;
    const a = colored ? stripVTControlCharacters(actualLines[0]) : actualLines[0];
    const b = colored ? stripVTControlCharacters(expectedLines[0]) : expectedLines[0];
    const width = a.length + b.length;
    if (width <= kMaxShortLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) &&
          (actual !== 0 || expected !== 0)) {
        return `${headline(operator, message)}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      const stderr = process.stderr;
      const columns = stderr && stderr.isTTY ? stderr.columns : 80;
      if (width < columns) {
        let at = 0;
        while (a[at] === b[at]) at++;
        // A difference in the first two characters needs no pointer.
        if (at > 2) indicator = `\n  ${' '.repeat(at)}^`;
      }
    }
  }

  // Lines both sides end with are dropped from the comparison; up to
  // three of them are printed after the diff.
  let lastSkipped = '';
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (same++ < 3) tail = `\n  ${line}${tail}`;
    else lastSkipped = line;
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    // Same structure, different references (`{ a: Symbol() }` twice).
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = `${colors.blue}...${colors.white}`;
      lines.length = 47;
    }
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }
  if (same >= 5) {
    tail = `\n${colors.blue}...${colors.white}${tail}`;
    skipped = true;
  }
  if (lastSkipped !== '') tail = `\n  ${lastSkipped}${tail}`;

  const head = `${headline(operator, message)}\n` +
    `${colors.green}+ actual${colors.white} ${colors.red}- expected${colors.white}`;
  const skippedNote = ` ${colors.blue}...${colors.white} Lines skipped`;

  // The longer side's surplus lines are marked + (actual) or - (expected).
  const actualLonger = actualLines.length >= maxLines;
  const longer = actualLonger ? actualLines : expectedLines;
  const shorterLength = actualLonger ? expectedLines.length : actualLines.length;
  const surplusSign = actualLonger ? `${colors.green}+${colors.white}` : `${colors.red}-${colors.white}`;

  let res = '';
  let pending = ''; // expected-side lines held back so runs print +++---
  let printed = 0;
  let identical = 0;
  for (let i = 0; i < maxLines; i++) {
    if (i >= shorterLength) {
      const [ctx, n, s] = identicalContext(longer, i, identical);
      res += ctx;
      printed += n;
      skipped = skipped || s;
      identical = 0;
      if (actualLonger) res += `\n${surplusSign} ${longer[i]}`;
      else pending += `\n${surplusSign} ${longer[i]}`;
      printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // Lines that differ only by a trailing comma are the same line.
      let differ = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (differ && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        differ = false;
        actualLine += ',';
      }
      if (differ) {
        const [ctx, n, s] = identicalContext(actualLines, i, identical);
        res += ctx;
        printed += n;
        skipped = skipped || s;
        identical = 0;
        res += `\n${colors.green}+${colors.white} ${actualLine}`;
        pending += `\n${colors.red}-${colors.white} ${expectedLine}`;
        printed += 2;
      } else {
        res += pending;
        pending = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          printed++;
        }
      }
    }
    // Keep the message to about fifty lines.
    if (printed > 50 && i < maxLines - 2) {
      return `${head}${skippedNote}\n${res}\n${colors.blue}...${colors.white}${pending}\n` +
        `${colors.blue}...${colors.white}`;
    }
  }
  return `${head}${skipped ? skippedNote : ''}\n${res}${pending}${tail}${indicator}`;
}

// notEqualMessage is the message of notStrictEqual/notDeepStrictEqual:
// the two are equal, so one of them is shown.
function notEqualMessage(actual, operator) {
  let base = kReadableOperator[operator];
  if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
    base = kReadableOperator.notStrictEqualObject;
  }
  const lines = inspectValue(actual).split('\n');
  if (lines.length > 50) {
    lines[46] = `${colors.blue}...${colors.white}`;
    lines.length = 47;
  }
  if (lines.length === 1) {
    return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  }
  return `${base}\n\n${lines.join('\n')}\n`;
}

function cut(text, max) {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

// looseMessage is the message of every other operator: both values, or
// for deepEqual/notDeepEqual a sentence around them.
function looseMessage(actual, expected, operator) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    return cut(`${known}\n\n${res}`, 1024);
  }
  res = cut(res, kMaxLongLength);
  other = cut(other, kMaxLongLength);
  if (operator === 'deepEqual') {
    return `${known}\n\n${res}\n\nshould loosely deep-equal\n\n${other}`;
  }
  const unequal = kReadableOperator[`${operator}Unequal`];
  if (unequal) {
    return `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n${other}`;
  }
  return `${res} ${operator} ${other}`;
}

// shorten keeps a long string property of an inspected AssertionError to
// ten lines or 512 characters.
function shorten(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (string.length > kMaxLongLength) {
    // Node keeps the part after the first 512 characters; so does gorun.
    return `${string.slice(kMaxLongLength)}...`;
  }
  return string;
}

function buildMessage(options) {
  const { message, operator } = options;
  let { actual, expected } = options;
  if (message != null) {
    if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      return [diffMessage(actual, expected, operator, message), actual, expected];
    }
    return [String(message), actual, expected];
  }
  refreshColors();
  if (isObjectLike(actual) && isObjectLike(expected) &&
      'stack' in actual && actual instanceof Error &&
      'stack' in expected && expected instanceof Error) {
    actual = copyError(actual);
    expected = copyError(expected);
  }
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return [diffMessage(actual, expected, operator), actual, expected];
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return [notEqualMessage(actual, operator), actual, expected];
  }
  return [looseMessage(actual, expected, operator), actual, expected];
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details, stackStartFunction } = options;

    // The stack is captured below, from stackStartFn; building the message
    // must not pay for one.
    const limit = Error.stackTraceLimit;
    const writable = isErrorStackTraceLimitWritable();
    if (writable) Error.stackTraceLimit = 0;
    let built;
    try {
      built = buildMessage(options);
    } finally {
      if (writable) Error.stackTraceLimit = limit;
    }
    if (writable) Error.stackTraceLimit = 0;
    super(built[0]);
    if (writable) Error.stackTraceLimit = limit;
    const [, actual, expected] = built;

    this.generatedMessage = !message;
    // The name carries the code while the stack is formatted, so the
    // stack's first line reads `AssertionError [ERR_ASSERTION]: ...`.
    Object.defineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    this.stack; // eslint-disable-line no-unused-expressions
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [kCustomInspect](recurseTimes, ctx) {
    // actual and expected are shown at depth 0 and long strings cut: the
    // message already shows them in full.
    const { actual, expected } = this;
    if (typeof actual === 'string') this.actual = shorten(actual);
    if (typeof expected === 'string') this.expected = shorten(expected);
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = actual;
      this.expected = expected;
    }
  }
}
