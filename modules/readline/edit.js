// internal/readline/edit: the line-editing half of readline's Interface
// in terminal mode: the key bindings (emacs-style, as node's:
// https://nodejs.org/api/readline.html#tty-keybindings), word motions,
// the kill ring, undo/redo and tab completion. installEditing adds them
// to the Interface prototype.
'use strict';

const { charLengthAt, charLengthLeft, commonPrefix, symbols } = require('internal/readline/utils');
const { cursorTo, clearScreenDown } = require('internal/readline/callbacks');

const {
  kBeforeEdit, kDeleteLeft, kDeleteLineLeft, kDeleteLineRight, kDeleteRight,
  kDeleteWordLeft, kDeleteWordRight, kHistoryNext, kHistoryPrev, kInsertString,
  kKillRing, kKillRingCursor, kLine, kMoveCursor, kPreviousKey, kPushToKillRing,
  kRedo, kRedoStack, kRefreshLine, kSawReturnAt, kSetRawMode, kSubstringSearch,
  kTabComplete, kTabCompleter, kTtyWrite, kUndo, kUndoStack, kWordLeft, kWordRight,
  kWriteToOutput, kYank, kYankPop, kYanking,
} = symbols;

const kMaxKillRing = 32;
const kEmptyKey = Object.freeze({ __proto__: null });
const lineEnding = /\r?\n|\r(?!\n)/g;
// A word to the left is found by matching the reversed text from its start,
// which keeps long lines linear.
const wordBefore = /^\s*(?:[^\w\s]+|\w+)?/;
const wordAfter = /^(?:\s+|[^\w\s]+|\w+)\s*/;
const deleteWordAfter = /^(?:\s+|\W+|\w+)\s*/;

function reversed(str) {
  return Array.from(str).reverse().join('');
}

const methods = {
  [kWordLeft]() {
    if (this.cursor > 0) {
      const match = wordBefore.exec(reversed(this.line.slice(0, this.cursor)));
      this[kMoveCursor](-match[0].length);
    }
  },

  [kWordRight]() {
    if (this.cursor < this.line.length) {
      const match = wordAfter.exec(this.line.slice(this.cursor));
      this[kMoveCursor](match[0].length);
    }
  },

  [kDeleteLeft]() {
    if (this.cursor > 0 && this.line.length > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const size = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - size) + this.line.slice(this.cursor);
      this.cursor -= size;
      this[kRefreshLine]();
    }
  },

  [kDeleteRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const size = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + size);
      this[kRefreshLine]();
    }
  },

  [kDeleteWordLeft]() {
    if (this.cursor > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      let leading = this.line.slice(0, this.cursor);
      const match = wordBefore.exec(reversed(leading));
      leading = leading.slice(0, leading.length - match[0].length);
      this.line = leading + this.line.slice(this.cursor);
      this.cursor = leading.length;
      this[kRefreshLine]();
    }
  },

  [kDeleteWordRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const trailing = this.line.slice(this.cursor);
      const match = deleteWordAfter.exec(trailing);
      this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
      this[kRefreshLine]();
    }
  },

  [kDeleteLineLeft]() {
    this[kBeforeEdit](this.line, this.cursor);
    const del = this.line.slice(0, this.cursor);
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this[kPushToKillRing](del);
    this[kRefreshLine]();
  },

  [kDeleteLineRight]() {
    this[kBeforeEdit](this.line, this.cursor);
    const del = this.line.slice(this.cursor);
    this.line = this.line.slice(0, this.cursor);
    this[kPushToKillRing](del);
    this[kRefreshLine]();
  },

  [kPushToKillRing](del) {
    if (!del || del === this[kKillRing][0]) return;
    this[kKillRing].unshift(del);
    this[kKillRingCursor] = 0;
    while (this[kKillRing].length > kMaxKillRing) this[kKillRing].pop();
  },

  [kYank]() {
    if (this[kKillRing].length > 0) {
      this[kYanking] = true;
      this[kInsertString](this[kKillRing][this[kKillRingCursor]]);
    }
  },

  // Meta-Y right after a yank replaces the yanked text with the next
  // older kill.
  [kYankPop]() {
    if (!this[kYanking] || this[kKillRing].length <= 1) return;
    const lastYank = this[kKillRing][this[kKillRingCursor]];
    this[kKillRingCursor]++;
    if (this[kKillRingCursor] >= this[kKillRing].length) this[kKillRingCursor] = 0;
    const currentYank = this[kKillRing][this[kKillRingCursor]];
    const head = this.line.slice(0, this.cursor - lastYank.length);
    const tail = this.line.slice(this.cursor);
    this.line = head + currentYank + tail;
    this.cursor = head.length + currentYank.length;
    this[kRefreshLine]();
  },

  [kUndo]() {
    if (this[kUndoStack].length <= 0) return;
    this[kRedoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kUndoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  },

  [kRedo]() {
    if (this[kRedoStack].length <= 0) return;
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kRedoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  },

  // The completer may return [completions, word] or a promise of it.
  async [kTabComplete](lastKeypressWasTab) {
    this.pause();
    const string = this.line.slice(0, this.cursor);
    let value;
    try {
      value = await this.completer(string);
    } catch (err) {
      this[kWriteToOutput](`Tab completion error: ${inspectLoader().inspect(err)}`);
      return;
    } finally {
      this.resume();
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  },

  // Completes the common prefix of the candidates; on a second tab in a
  // row lists them in columns under the line.
  [kTabCompleter](lastKeypressWasTab, { 0: completions, 1: completeOn }) {
    if (!completions || completions.length === 0) return;
    const prefix = commonPrefix(completions.filter((e) => e !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this[kInsertString](prefix.slice(completeOn.length));
      return;
    } else if (!completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix + this.line.slice(this.cursor);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this[kRefreshLine]();
      return;
    }
    if (!lastKeypressWasTab) return;
    this[kBeforeEdit](this.line, this.cursor);

    const { getStringWidth } = inspectLoader();
    const widths = completions.map((e) => getStringWidth(e));
    const width = Math.max(...widths) + 2;
    let maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    let output = '\r\n';
    let lineIndex = 0;
    let whitespace = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      // '' in the list starts a new group.
      if (completion === '' || lineIndex === maxColumns) {
        output += '\r\n';
        lineIndex = 0;
        whitespace = 0;
      } else {
        output += ' '.repeat(whitespace);
      }
      if (completion !== '') {
        output += completion;
        whitespace = width - widths[i];
        lineIndex++;
      } else {
        output += '\r\n';
      }
    }
    if (lineIndex !== 0) output += '\r\n\r\n';
    this[kWriteToOutput](output);
    this[kRefreshLine]();
  },

  [kTtyWrite](s, key) {
    const previousKey = this[kPreviousKey];
    key = key || kEmptyKey;
    this[kPreviousKey] = key;
    if (!key.meta || key.name !== 'y') this[kYanking] = false;

    // Up and down search the history for what precedes the cursor.
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null) this[kSubstringSearch] = this.line.slice(0, this.cursor);
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }

    // Ctrl-_ undoes, Ctrl-^ redoes.
    if (typeof key.sequence === 'string') {
      const code = key.sequence.codePointAt(0);
      if (code === 0x1f) {
        this[kUndo]();
        return;
      }
      if (code === 0x1e) {
        this[kRedo]();
        return;
      }
    }

    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) {
      if (key.name === 'backspace') this[kDeleteLineLeft]();
      else if (key.name === 'delete') this[kDeleteLineRight]();
    } else if (key.ctrl) {
      ctrlKey(this, key);
    } else if (key.meta) {
      switch (key.name) {
        case 'b': this[kWordLeft](); break;
        case 'f': this[kWordRight](); break;
        case 'd':
        case 'delete': this[kDeleteWordRight](); break;
        case 'backspace': this[kDeleteWordLeft](); break;
        case 'y': this[kYankPop](); break;
      }
    } else {
      plainKey(this, s, key, previousKey);
    }
  },
};

function ctrlKey(rl, key) {
  switch (key.name) {
    case 'c':
      if (rl.listenerCount('SIGINT') > 0) rl.emit('SIGINT');
      else rl.close();
      break;
    case 'h': rl[kDeleteLeft](); break;
    case 'd':
      // EOF on an empty line, else delete under the cursor.
      if (rl.cursor === 0 && rl.line.length === 0) rl.close();
      else if (rl.cursor < rl.line.length) rl[kDeleteRight]();
      break;
    case 'u': rl[kDeleteLineLeft](); break;
    case 'k': rl[kDeleteLineRight](); break;
    case 'a': rl[kMoveCursor](-Infinity); break;
    case 'e': rl[kMoveCursor](+Infinity); break;
    case 'b': rl[kMoveCursor](-charLengthLeft(rl.line, rl.cursor)); break;
    case 'f': rl[kMoveCursor](+charLengthAt(rl.line, rl.cursor)); break;
    case 'l':
      cursorTo(rl.output, 0, 0);
      clearScreenDown(rl.output);
      rl[kRefreshLine]();
      break;
    case 'n': rl[kHistoryNext](); break;
    case 'p': rl[kHistoryPrev](); break;
    case 'y': rl[kYank](); break;
    case 'z':
      if (process.platform === 'win32') break;
      if (rl.listenerCount('SIGTSTP') > 0) {
        rl.emit('SIGTSTP');
      } else {
        process.once('SIGCONT', () => {
          // A stream abandoned meanwhile raises nothing.
          if (!rl.paused) {
            rl.pause();
            rl.emit('SIGCONT');
          }
          rl[kSetRawMode](true);
          rl[kRefreshLine]();
        });
        rl[kSetRawMode](false);
        process.kill(process.pid, 'SIGTSTP');
      }
      break;
    case 'w':
    case 'backspace': rl[kDeleteWordLeft](); break;
    case 'delete': rl[kDeleteWordRight](); break;
    case 'left': rl[kWordLeft](); break;
    case 'right': rl[kWordRight](); break;
  }
}

function plainKey(rl, s, key, previousKey) {
  // A \r counts only when a \n follows it at once.
  if (rl[kSawReturnAt] && key.name !== 'enter') rl[kSawReturnAt] = 0;
  switch (key.name) {
    case 'return':
      rl[kSawReturnAt] = Date.now();
      rl[kLine]();
      return;
    case 'enter':
      // The \n of a \r\n pair ends no second line.
      if (rl[kSawReturnAt] === 0 || Date.now() - rl[kSawReturnAt] > rl.crlfDelay) rl[kLine]();
      rl[kSawReturnAt] = 0;
      return;
    case 'backspace': rl[kDeleteLeft](); return;
    case 'delete': rl[kDeleteRight](); return;
    case 'left': rl[kMoveCursor](-charLengthLeft(rl.line, rl.cursor)); return;
    case 'right': rl[kMoveCursor](+charLengthAt(rl.line, rl.cursor)); return;
    case 'home': rl[kMoveCursor](-Infinity); return;
    case 'end': rl[kMoveCursor](+Infinity); return;
    case 'up': rl[kHistoryPrev](); return;
    case 'down': rl[kHistoryNext](); return;
    case 'tab':
      if (typeof rl.completer === 'function' && rl.isCompletionEnabled) {
        rl[kTabComplete](previousKey && previousKey.name === 'tab');
        return;
      }
      break;
  }
  if (typeof s !== 'string' || !s) return;
  // Text written in one go may hold several lines.
  lineEnding.lastIndex = 0;
  let lastIndex = 0;
  let match;
  while ((match = lineEnding.exec(s)) !== null) {
    rl[kInsertString](s.slice(lastIndex, match.index));
    ({ lastIndex } = lineEnding);
    rl[kLine]();
    lineEnding.lastIndex = lastIndex;
  }
  rl[kInsertString](s.slice(lastIndex));
}

// inspectLoader loads internal/util/inspect on first use (completion
// lists and errors only).
let inspectLoader;

// installEditing adds the editing methods to proto; lazyInspect returns
// internal/util/inspect.
module.exports = function installEditing(proto, lazyInspect) {
  inspectLoader = lazyInspect;
  for (const key of Reflect.ownKeys(methods)) {
    Object.defineProperty(proto, key, {
      value: methods[key], writable: true, configurable: true, enumerable: false,
    });
  }
};
