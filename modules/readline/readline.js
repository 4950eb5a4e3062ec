// Node's readline module: https://nodejs.org/api/readline.html
// Interface is the legacy function-style class (callable without `new`)
// over internal/readline/interface; its underscore methods (_ttyWrite,
// _refreshLine, …) are what the internal symbols resolve to, so code that
// patches rl._writeToOutput changes what readline does, as in node.
'use strict';

const {
  AbortError,
} = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const {
  Interface: _Interface,
  InterfaceConstructor,
} = require('internal/readline/interface');
const {
  clearLine,
  clearScreenDown,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
} = require('internal/readline/callbacks');
const { symbols } = require('internal/readline/utils');

const {
  kAddHistory, kDecoder, kDeleteLeft, kDeleteLineLeft, kDeleteLineRight, kDeleteRight,
  kDeleteWordLeft, kDeleteWordRight, kGetDisplayPos, kHistoryNext, kHistoryPrev,
  kInsertString, kLine, kLineBuffer, kMoveCursor, kNormalWrite, kOldPrompt, kOnLine,
  kPreviousKey, kPrompt, kQuestion, kQuestionCallback, kQuestionCancel, kRefreshLine,
  kSawKeyPress, kSawReturnAt, kSetRawMode, kTabComplete, kTabCompleter, kTtyWrite,
  kWordLeft, kWordRight, kWriteToOutput,
} = symbols;

const kEmptyObject = Object.freeze({ __proto__: null });
const kPromisifyCustom = Symbol.for('nodejs.util.promisify.custom');

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  // The legacy completer may be synchronous (one parameter): adapt it to
  // the callback form the legacy _tabComplete calls.
  if (input?.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const { completer: sync } = input;
    input.completer = (v, cb) => cb(null, sync(v));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const sync = completer;
    completer = (v, cb) => cb(null, sync(v));
  }
  InterfaceConstructor.call(this, input, output, completer, terminal);
  if (process.env.TERM === 'dumb') this._ttyWrite = ttyWriteDumb.bind(this);
}
Object.setPrototypeOf(Interface.prototype, _Interface.prototype);
Object.setPrototypeOf(Interface, _Interface);

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object') {
    const { signal } = options;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      const onAbort = () => this[kQuestionCancel]();
      signal.addEventListener('abort', onAbort, { once: true });
      const cleanup = () => signal.removeEventListener('abort', onAbort);
      const original = cb;
      cb = typeof cb === 'function' ? (answer) => {
        cleanup();
        return original(answer);
      } : cleanup;
    }
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

// util.promisify(rl.question) resolves with the answer.
Interface.prototype.question[kPromisifyCustom] = function question(query, options) {
  if (options === null || typeof options !== 'object') options = kEmptyObject;
  if (options.signal && options.signal.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: options.signal.reason }));
  }
  return new Promise((resolve, reject) => {
    let cb = resolve;
    if (options.signal) {
      const onAbort = () => reject(new AbortError(undefined, { cause: options.signal.reason }));
      options.signal.addEventListener('abort', onAbort, { once: true });
      cb = (answer) => {
        options.signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    this.question(query, options, cb);
  });
};

// Legacy state names, kept as accessors over the private symbols.
const stateNames = {
  _decoder: kDecoder,
  _line_buffer: kLineBuffer,
  _oldPrompt: kOldPrompt,
  _previousKey: kPreviousKey,
  _prompt: kPrompt,
  _questionCallback: kQuestionCallback,
  _sawKeyPress: kSawKeyPress,
  _sawReturnAt: kSawReturnAt,
};
for (const name of Object.keys(stateNames)) {
  const sym = stateNames[name];
  Object.defineProperty(Interface.prototype, name, {
    get() { return this[sym]; },
    set(value) { this[sym] = value; },
    enumerable: false,
    configurable: true,
  });
}

// Legacy method names: Interface.prototype._x is the internal method and
// the internal symbol reads this._x, so overriding either works.
const methodNames = {
  _setRawMode: kSetRawMode,
  _onLine: kOnLine,
  _writeToOutput: kWriteToOutput,
  _addHistory: kAddHistory,
  _refreshLine: kRefreshLine,
  _normalWrite: kNormalWrite,
  _insertString: kInsertString,
  _tabComplete: kTabComplete,
  _wordLeft: kWordLeft,
  _wordRight: kWordRight,
  _deleteLeft: kDeleteLeft,
  _deleteRight: kDeleteRight,
  _deleteWordLeft: kDeleteWordLeft,
  _deleteWordRight: kDeleteWordRight,
  _deleteLineLeft: kDeleteLineLeft,
  _deleteLineRight: kDeleteLineRight,
  _line: kLine,
  _historyNext: kHistoryNext,
  _historyPrev: kHistoryPrev,
  _getDisplayPos: kGetDisplayPos,
  _getCursorPos: null,
  _moveCursor: kMoveCursor,
  _ttyWrite: kTtyWrite,
};
for (const name of Object.keys(methodNames)) {
  const sym = methodNames[name];
  if (sym === null) continue;
  Object.defineProperty(Interface.prototype, sym, {
    get() { return this[name]; },
    enumerable: false,
    configurable: true,
  });
}
for (const name of Object.keys(methodNames)) {
  const sym = methodNames[name];
  Interface.prototype[name] = sym === null ? _Interface.prototype.getCursorPos : _Interface.prototype[sym];
}

// The legacy completer is callback-based.
Interface.prototype._tabComplete = function _tabComplete(lastKeypressWasTab) {
  this.pause();
  const string = this.line.slice(0, this.cursor);
  this.completer(string, (err, value) => {
    this.resume();
    if (err) {
      this._writeToOutput(`Tab completion error: ${require('internal/util/inspect').inspect(err)}`);
      return;
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  });
};

// ttyWriteDumb edits nothing: on TERM=dumb the line is echoed as typed.
function ttyWriteDumb(s, key) {
  key = key || kEmptyObject;
  if (key.name === 'escape') return;
  if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
  if (key.ctrl) {
    if (key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
      else this.close();
      return;
    } else if (key.name === 'd') {
      this.close();
      return;
    }
  }
  switch (key.name) {
    case 'return':
      this[kSawReturnAt] = Date.now();
      this._line();
      break;
    case 'enter':
      if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) this._line();
      this[kSawReturnAt] = 0;
      break;
    default:
      if (typeof s === 'string' && s) {
        this.line += s;
        this.cursor += s.length;
        this._writeToOutput(s);
      }
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return require('readline/promises'); },
});
