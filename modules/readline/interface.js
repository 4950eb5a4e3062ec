// internal/readline/interface: the Interface both `readline` and
// `readline/promises` build on (https://nodejs.org/api/readline.html#class-interfaceconstructor).
// It reads lines from any stream that emits 'data' (or, in terminal mode,
// 'keypress'), and edits the line in place on a terminal: the editing
// keys live in internal/readline/edit.
'use strict';

const EventEmitter = require('events');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateNumber,
  validateString,
  validateUint32,
} = require('internal/validators');
const { moveCursor, cursorTo, clearScreenDown, emitKeypressEvents } = require('internal/readline/callbacks');
const { symbols } = require('internal/readline/utils');
const installEditing = require('internal/readline/edit');

const {
  kAddHistory, kBeforeEdit, kDecoder, kGetDisplayPos, kHistoryNext, kHistoryPrev,
  kInsertString, kKillRing, kKillRingCursor, kLine, kLineBuffer, kLineObjectStream,
  kMoveCursor, kNormalWrite, kOldPrompt, kOnLine, kPreviousKey, kPrompt, kPushToUndoStack,
  kQuestion, kQuestionCallback, kQuestionCancel, kRedoStack, kRefreshLine, kSawKeyPress,
  kSawReturnAt, kSetRawMode, kSubstringSearch, kTtyWrite, kUndoStack, kWriteToOutput,
} = symbols;

const kHistorySize = 30;
const kMinCrlfDelay = 100;
const kMaxUndoRedoStackSize = 2048;
const kEscapeCodeTimeout = 500;
// Any line ending: \r\n, \n, or a \r not followed by \n.
const lineEnding = /\r?\n|\r(?!\n)/g;

const SymbolAsyncIterator = Symbol.asyncIterator || Symbol.for('Symbol.asyncIterator');

let inspectInternals;
function lazyInspect() {
  inspectInternals ??= require('internal/util/inspect');
  return inspectInternals;
}

// InterfaceConstructor is a plain function so that readline's legacy
// Interface, callable without `new`, can run it on its own `this`.
function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  this.isCompletionEnabled = true;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = kEscapeCodeTimeout;
  this.tabSize = 8;
  EventEmitter.call(this);

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  if (input?.input) {
    // createInterface(options)
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validateUint32(options.tabSize, 'tabSize', true);
      this.tabSize = options.tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (!Number.isFinite(options.escapeCodeTimeout)) {
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
      this.escapeCodeTimeout = options.escapeCodeTimeout;
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) history = [];
  else validateArray(history, 'history');
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);
  // Without an explicit choice, a terminal output means terminal mode.
  if (terminal === undefined && !(output === null || output === undefined)) {
    terminal = !!output.isTTY;
  }

  const self = this;
  this.line = '';
  this[kSubstringSearch] = null;
  this.output = output;
  this.input = input;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this.history = history;
  this.historySize = historySize;
  // Text deleted with Ctrl-U/K/W, which Ctrl-Y (and Meta-Y) put back.
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = !!terminal;
  this[kLineObjectStream] = undefined;

  function onerror(err) {
    self.emit('error', err);
  }
  function ondata(data) {
    self[kNormalWrite](data);
  }
  function onend() {
    if (typeof self[kLineBuffer] === 'string' && self[kLineBuffer].length > 0) {
      self.emit('line', self[kLineBuffer]);
    }
    self.close();
  }
  function ontermend() {
    if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
    self.close();
  }
  function onkeypress(s, key) {
    self[kTtyWrite](s, key);
    if (key && key.sequence) {
      // A lone surrogate half may have left the display garbled.
      const ch = key.sequence.codePointAt(0);
      if (ch >= 0xd800 && ch <= 0xdfff) self[kRefreshLine]();
    }
  }
  function onresize() {
    self[kRefreshLine]();
  }

  input.on('error', onerror);
  if (!this.terminal) {
    input.on('data', ondata);
    input.on('end', onend);
    self.once('close', () => {
      input.removeListener('data', ondata);
      input.removeListener('error', onerror);
      input.removeListener('end', onend);
    });
    const { StringDecoder } = require('string_decoder');
    this[kDecoder] = new StringDecoder('utf8');
  } else {
    emitKeypressEvents(input, this);
    input.on('keypress', onkeypress);
    input.on('end', ontermend);
    this[kSetRawMode](true);
    this.terminal = true;
    this.cursor = 0;
    this.historyIndex = -1;
    if (output !== null && output !== undefined) output.on('resize', onresize);
    self.once('close', () => {
      input.removeListener('keypress', onkeypress);
      input.removeListener('error', onerror);
      input.removeListener('end', ontermend);
      if (output !== null && output !== undefined) output.removeListener('resize', onresize);
    });
  }

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      self.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  this.line = '';
  input.resume();
}
Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

class Interface extends InterfaceConstructor {
  // The output's width, or Infinity when it has none (never wraps).
  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  [kSetRawMode](mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  [kQuestion](query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }

  [kOnLine](line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  [kBeforeEdit](oldText, oldCursor) {
    this[kPushToUndoStack](oldText, oldCursor);
  }

  [kPushToUndoStack](text, cursor) {
    if (this[kUndoStack].push({ text, cursor }) > kMaxUndoRedoStackSize) this[kUndoStack].shift();
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kWriteToOutput](stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
  }

  [kAddHistory]() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    // Blank lines stay out of the history.
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dup = this.history.indexOf(this.line);
        if (dup !== -1) this.history.splice(dup, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  // Redraws prompt and line, then puts the cursor back where it was.
  [kRefreshLine]() {
    const line = this[kPrompt] + this.line;
    const dispPos = this[kGetDisplayPos](line);
    const cursorPos = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this[kWriteToOutput](line);
    // A line ending at the right margin needs the cursor pushed down.
    if (dispPos.cols === 0) this[kWriteToOutput](' ');
    cursorTo(this.output, cursorPos.cols);
    const diff = dispPos.rows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(d, key) {
    if (this.paused) this.resume();
    if (this.terminal) this[kTtyWrite](d, key);
    else this[kNormalWrite](d);
  }

  // Splits what arrives into lines. A \r ending one chunk and a \n
  // starting the next within crlfDelay are one line ending.
  [kNormalWrite](b) {
    if (b === undefined) return;
    let string = this[kDecoder].write(b);
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }
    lineEnding.lastIndex = 0;
    let match = lineEnding.exec(string);
    if (match === null) {
      if (string) this[kLineBuffer] = this[kLineBuffer] ? this[kLineBuffer] + string : string;
      return;
    }
    if (this[kLineBuffer]) {
      string = this[kLineBuffer] + string;
      this[kLineBuffer] = null;
      lineEnding.lastIndex = 0;
      match = lineEnding.exec(string);
    }
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
    const bounds = [0, match.index, lineEnding.lastIndex];
    while ((match = lineEnding.exec(string)) !== null) bounds.push(match.index, lineEnding.lastIndex);
    const last = bounds.length - 1;
    this[kLineBuffer] = string.slice(bounds[last]);
    for (let i = 1; i < last; i += 2) {
      this[kOnLine](string.slice(bounds[i - 1], bounds[i]));
    }
  }

  [kInsertString](c) {
    this[kBeforeEdit](this.line, this.cursor);
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
      this.cursor += c.length;
      this[kRefreshLine]();
      return;
    }
    const oldPos = this.getCursorPos();
    this.line += c;
    this.cursor += c.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows < newPos.rows) this[kRefreshLine]();
    else this[kWriteToOutput](c);
  }

  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  [kLine]() {
    const line = this[kAddHistory]();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this[kOnLine](line);
  }

  // History navigation matches what was typed before the cursor when
  // up/down started (substring search), skipping entries equal to the line.
  [kHistoryNext]() {
    if (this.historyIndex < 0) return;
    this[kBeforeEdit](this.line, this.cursor);
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex - 1;
    while (index >= 0 && (!this.history[index].startsWith(search) || this.line === this.history[index])) index--;
    this.line = index === -1 ? search : this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this[kRefreshLine]();
  }

  [kHistoryPrev]() {
    if (this.historyIndex >= this.history.length || !this.history.length) return;
    this[kBeforeEdit](this.line, this.cursor);
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex + 1;
    while (index < this.history.length && (!this.history[index].startsWith(search) || this.line === this.history[index])) index++;
    this.line = index === this.history.length ? search : this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this[kRefreshLine]();
  }

  // Where str leaves the cursor, in rows and columns, when written from
  // column 0 of a terminal as wide as the output (tabs and wide
  // characters included; escape sequences take no room).
  [kGetDisplayPos](str) {
    const { getStringWidth, stripVTControlCharacters } = lazyInspect();
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    str = stripVTControlCharacters(str);
    for (const char of str) {
      if (char === '\n') {
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
        continue;
      }
      if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(char, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        // A wide character does not split across the margin.
        if ((offset + 1) % col === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  getCursorPos() {
    return this[kGetDisplayPos](this[kPrompt] + this.line.slice(0, this.cursor));
  }

  [kMoveCursor](dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    else this[kRefreshLine]();
  }

  // Lines as an async iterator; lines emitted before the first call are
  // not kept, as in node 20.
  [SymbolAsyncIterator]() {
    if (this[kLineObjectStream] === undefined) {
      const { kFirstEventParam } = require('internal/event_target');
      this[kLineObjectStream] = EventEmitter.on(this, 'line', {
        close: ['close'],
        highWatermark: 1024,
        [kFirstEventParam]: true,
      });
    }
    return this[kLineObjectStream];
  }
}

installEditing(Interface.prototype, lazyInspect);

module.exports = {
  Interface,
  InterfaceConstructor,
  kHistoryNext,
  kHistoryPrev,
  kQuestion,
  kQuestionCancel,
  kSetRawMode,
};
