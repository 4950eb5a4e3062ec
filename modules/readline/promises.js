// Node's readline/promises: https://nodejs.org/api/readline.html#promises-api
// An Interface whose question returns a promise, and Readline, which
// queues cursor and clearing sequences until commit().
'use strict';

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateAbortSignal, validateBoolean, validateInteger } = require('internal/validators');
const {
  Interface: _Interface,
  kQuestion,
  kQuestionCancel,
} = require('internal/readline/interface');
const { clearSequence, moveSequence } = require('internal/readline/callbacks');
const { CSI } = require('internal/readline/utils');

const kEmptyObject = Object.freeze({ __proto__: null });

class Interface extends _Interface {
  // The signature is the legacy one: (input, output, completer, terminal)
  // or (options).
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  question(query, options = kEmptyObject) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options?.signal;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this[kQuestion](query, cb);
    });
  }
}

// isWritable accepts what node's readline accepts: a writable stream
// (anything with write() and on() that is not a closed Writable).
function isWritable(stream) {
  return stream !== null && typeof stream === 'object' &&
    typeof stream.write === 'function' && typeof stream.on === 'function' &&
    stream.writable !== false;
}

class Readline {
  #autoCommit = false;
  #stream;
  #todo = [];

  constructor(stream, options = undefined) {
    if (!isWritable(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    this.#stream = stream;
    if (options?.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }

  #queue(data) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(data));
    else this.#todo.push(data);
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    this.#queue(y == null ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`);
    return this;
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      this.#queue(moveSequence(dx, dy));
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    this.#queue(clearSequence(dir));
    return this;
  }

  clearScreenDown() {
    this.#queue(CSI.kClearScreenDown);
    return this;
  }

  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), resolve);
      this.#todo = [];
    });
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
