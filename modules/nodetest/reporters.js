'use strict';
// The formatters behind node:test's output: `tap` (node's default on a
// pipe) and `spec` (the default on a terminal). Both consume the runner's
// events, shaped as node's reporter stream events ({ type, data }), and
// return the text to write for each; `flush` returns the closing text.
// https://nodejs.org/docs/latest-v20.x/api/test.html#test-reporters

let inspect;
function lazyInspect() {
  if (inspect === undefined) inspect = require('util').inspect;
  return inspect;
}

const kLineBreak = /\r?\n/;
const kFrameStart = /^ {4}at /;
// Frames of the runtime's own machinery. node's event loop lives in
// node:internal/ modules; gorun's timers and AsyncLocalStorage (which
// runs each test body) are node:timers and node:async_hooks.
const kInternalFrame = /^ {4}at (?:.*\()?node:(?:internal\/|timers[:)]|async_hooks[:)])/;
// Failures whose ERR_TEST_FAILURE wraps the user's own error: the TAP
// output shows the wrapped error's message, code and stack instead.
const kUnwrapErrors = new Set(['testCodeFailure', 'hookFailed', 'uncaughtException', 'unhandledRejection']);

function tapEscape(input) {
  // node escapes control characters first, so their backslashes are
  // doubled too: a newline reads `\\n`.
  return String(input)
    .replaceAll('\b', '\\b')
    .replaceAll('\f', '\\f')
    .replaceAll('\t', '\\t')
    .replaceAll('\n', '\\n')
    .replaceAll('\r', '\\r')
    .replaceAll('\v', '\\v')
    .replaceAll('\\', '\\\\')
    .replaceAll('#', '\\#');
}

const tapIndent = (nesting) => '    '.repeat(nesting);

function isAssertionLike(value) {
  return value !== null && typeof value === 'object' && 'expected' in value && 'actual' in value;
}

function isErrorLike(value) {
  return value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
}

// jsToYaml prints value under name as the YAML block node's TAP reporter
// writes into a test's diagnostics.
function jsToYaml(indent, name, value, seen) {
  if (value === undefined) return '';
  const prefix = `${indent}  ${name}:`;
  if (value === null) return `${prefix} ~\n`;
  const opts = { colors: false, breakLength: Infinity };
  if (typeof value !== 'object') {
    if (typeof value !== 'string') return `${prefix} ${lazyInspect()(value, opts)}\n`;
    const lines = value.split(kLineBreak);
    if (lines.length === 1) return `${prefix} ${lazyInspect()(value, opts)}\n`;
    let str = `${prefix} |-\n`;
    for (const line of lines) str += `${indent}    ${line}\n`;
    return str;
  }
  seen.add(value);
  const isErr = isErrorLike(value);
  let result = '';
  let propsIndent = indent;
  if (name != null) {
    result += `${prefix}\n`;
    propsIndent += '  ';
  }
  for (const [key, v] of Object.entries(value)) {
    if (isErr && (key === 'cause' || key === 'code')) continue;
    if (seen.has(v)) {
      result += `${propsIndent}  ${key}: <Circular>\n`;
      continue;
    }
    result += jsToYaml(propsIndent, key, v, seen);
  }
  if (isErr) {
    const { cause, code, failureType, message, stack, name: ownName } = value;
    let errMsg = message ?? '<unknown error>';
    let errStack = stack;
    let errCode = code;
    let errName = ownName;
    let errExpected, errActual, errOperator;
    let errIsAssertion = false;
    if (code === 'ERR_TEST_FAILURE' && kUnwrapErrors.has(failureType)) {
      errStack = cause?.stack ?? undefined;
      errCode = cause?.code ?? errCode;
      errName = cause?.name ?? errName;
      if (isAssertionLike(cause)) {
        errExpected = cause.expected;
        errActual = cause.actual;
        errOperator = cause.operator;
        errIsAssertion = true;
      }
      if (failureType === 'testCodeFailure' || failureType === 'hookFailed') {
        errMsg = cause?.message ?? (cause === undefined ? errMsg : String(cause));
      }
    } else if (code === 'ERR_TEST_FAILURE' && typeof errStack === 'string') {
      // The runner's own failures (timeouts, cancellations) show only the
      // frames outside the runtime's internals, as node's internal errors
      // do: often none.
      errStack = errStack.split(kLineBreak).filter((f) => !kInternalFrame.test(f)).join('\n');
    }
    result += jsToYaml(indent, 'error', errMsg, seen);
    if (errCode) result += jsToYaml(indent, 'code', errCode, seen);
    if (errName && errName !== 'Error') result += jsToYaml(indent, 'name', errName, seen);
    if (errIsAssertion) {
      result += jsToYaml(indent, 'expected', errExpected, seen);
      result += jsToYaml(indent, 'actual', errActual, seen);
      if (errOperator) result += jsToYaml(indent, 'operator', errOperator, seen);
    }
    if (typeof errStack === 'string') {
      const frames = [];
      for (const frame of errStack.split(kLineBreak)) {
        const processed = frame.replace(kFrameStart, '');
        if (processed.length > 0 && processed.length !== frame.length) frames.push(processed);
      }
      if (frames.length > 0) {
        const delim = `\n${indent}    `;
        result += `${indent}  stack: |-${delim}${frames.join(delim)}\n`;
      }
    }
  }
  return result;
}

function tapTest(nesting, testNumber, status, name, skip, todo) {
  let line = `${tapIndent(nesting)}${status} ${testNumber}`;
  if (name) line += ` ${tapEscape(`- ${name}`)}`;
  if (skip !== undefined) {
    line += ` # SKIP${typeof skip === 'string' && skip.length ? ` ${tapEscape(skip)}` : ''}`;
  } else if (todo !== undefined) {
    line += ` # TODO${typeof todo === 'string' && todo.length ? ` ${tapEscape(todo)}` : ''}`;
  }
  return line + '\n';
}

function tapDetails(nesting, details, location) {
  const indent = tapIndent(nesting);
  let out = `${indent}  ---\n`;
  out += jsToYaml(indent, 'duration_ms', details.duration_ms);
  out += jsToYaml(indent, 'type', details.type);
  if (location) out += jsToYaml(indent, 'location', location);
  out += jsToYaml(indent, null, details.error, new Set());
  out += `${indent}  ...\n`;
  return out;
}

// tap formats events as TAP version 13, byte for byte as node 20's
// reporter does.
class TapFormatter {
  constructor() { this.started = false; }
  format({ type, data }) {
    let out = '';
    if (!this.started) {
      this.started = true;
      out = 'TAP version 13\n';
    }
    switch (type) {
      case 'test:fail':
        out += tapTest(data.nesting, data.testNumber, 'not ok', data.name, data.skip, data.todo);
        out += tapDetails(data.nesting, data.details, `${data.file}:${data.line}:${data.column}`);
        break;
      case 'test:pass':
        out += tapTest(data.nesting, data.testNumber, 'ok', data.name, data.skip, data.todo);
        out += tapDetails(data.nesting, data.details, null);
        break;
      case 'test:plan':
        out += `${tapIndent(data.nesting)}1..${data.count}\n`;
        break;
      case 'test:start':
        out += `${tapIndent(data.nesting)}# Subtest: ${tapEscape(data.name)}\n`;
        break;
      case 'test:diagnostic':
        out += `${tapIndent(data.nesting)}# ${tapEscape(data.message)}\n`;
        break;
    }
    return out;
  }
  flush() { return ''; }
}

const symbols = {
  'test:fail': '\u2716 ',
  'test:pass': '\u2714 ',
  'test:diagnostic': '\u2139 ',
  'arrow:right': '\u25B6 ',
  'hyphen:minus': '\uFE63 ',
};

// SpecFormatter formats events as node 20's `spec` reporter: a tree of
// marks and names with durations, the failures repeated at the end.
class SpecFormatter {
  constructor(colors, cwd) {
    this.colors = colors;
    this.cwd = cwd;
    this.stack = [];
    this.reported = [];
    this.failed = [];
    const c = (code) => (colors ? `\u001b[${code}m` : '');
    this.c = {
      'test:fail': c(31), 'test:pass': c(32), 'test:diagnostic': c(34),
      white: c(39), gray: c(90),
    };
  }
  indent(nesting) { return '  '.repeat(nesting); }
  formatError(error, indent) {
    if (!error) return '';
    const err = error.code === 'ERR_TEST_FAILURE' ? error.cause : error;
    const text = lazyInspect()(err, { colors: this.colors, breakLength: Infinity });
    return `\n${indent}  ${text.split(kLineBreak).join(`\n${indent}  `)}\n`;
  }
  formatReport(type, data, prefix = '', indent = '', hasChildren = false) {
    const { c } = this;
    let color = c[type] ?? c.white;
    let symbol = symbols[type] ?? ' ';
    const { skip, todo } = data;
    const duration = data.details?.duration_ms ? ` ${c.gray}(${data.details.duration_ms}ms)${c.white}` : '';
    let title = `${data.name}${duration}`;
    if (skip !== undefined) {
      title += ` # ${typeof skip === 'string' && skip.length ? skip : 'SKIP'}`;
    } else if (todo !== undefined) {
      title += ` # ${typeof todo === 'string' && todo.length ? todo : 'TODO'}`;
    }
    const error = this.formatError(data.details?.error, indent);
    if (hasChildren) {
      const err = !error || data.details?.error?.failureType === 'subtestsFailed' ? '' : `\n${error}`;
      return `${prefix}${indent}${color}${symbol}${title}${c.white}${err}`;
    }
    if (skip !== undefined) {
      color = c.gray;
      symbol = symbols['hyphen:minus'];
    }
    return `${prefix}${indent}${color}${symbol}${title}${c.white}${error}`;
  }
  reportTest(type, data) {
    this.stack.shift();
    let prefix = '';
    while (this.stack.length) {
      const parent = this.stack.pop();
      this.reported.unshift(parent.data);
      prefix += `${this.indent(parent.data.nesting)}${symbols['arrow:right']}${parent.data.name}\n`;
    }
    let hasChildren = false;
    const first = this.reported[0];
    if (first && first.nesting === data.nesting && first.name === data.name) {
      this.reported.shift();
      hasChildren = true;
    }
    return `${this.formatReport(type, data, prefix, this.indent(data.nesting), hasChildren)}\n`;
  }
  format({ type, data }) {
    switch (type) {
      case 'test:fail':
        if (data.details?.error?.failureType !== 'subtestsFailed') this.failed.push(data);
        return this.reportTest(type, data);
      case 'test:pass':
        return this.reportTest(type, data);
      case 'test:start':
        this.stack.unshift({ data, type });
        return '';
      case 'test:diagnostic':
        return `${this.c[type]}${this.indent(data.nesting)}${symbols[type]}${data.message}${this.c.white}\n`;
    }
    return '';
  }
  flush() {
    if (this.failed.length === 0) return '';
    const { c } = this;
    const out = [`\n${c['test:fail']}${symbols['test:fail']}failing tests:${c.white}\n`];
    const path = require('path');
    for (const test of this.failed) {
      out.push(`test at ${path.relative(this.cwd, test.file)}:${test.line}:${test.column}`,
        this.formatReport('test:fail', test));
    }
    return out.join('\n');
  }
}

// DotFormatter formats events as node 20's `dot` reporter: one mark per
// test and the failures in full at the end.
class DotFormatter {
  constructor(colors, columns) {
    this.spec = new SpecFormatter(colors, '');
    this.columns = columns;
    this.count = 0;
    this.failed = [];
  }
  format({ type, data }) {
    let out = '';
    if (type === 'test:pass') out = '.';
    if (type === 'test:fail') {
      out = 'X';
      this.failed.push(data);
    }
    if ((type === 'test:fail' || type === 'test:pass') && ++this.count === this.columns) {
      out += '\n';
      this.count = 0;
    }
    return out;
  }
  flush() {
    let out = '\n';
    if (this.failed.length > 0) {
      const { c } = this.spec;
      out += `\n${c['test:fail']}Failed tests:${c.white}\n\n`;
      for (const test of this.failed) out += this.spec.formatReport('test:fail', test);
    }
    return out;
  }
}

module.exports = { TapFormatter, SpecFormatter, DotFormatter, tapEscape, jsToYaml };
