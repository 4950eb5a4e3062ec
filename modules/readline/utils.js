// internal/readline/utils: the pieces readline's Interface and
// emitKeypressEvents share: the private symbols, code-point helpers and
// the escape-sequence decoder that turns terminal input into 'keypress'
// events (https://nodejs.org/api/readline.html#readlineemitkeypresseventsstream-interface).
'use strict';

const kEscape = '\x1b';

// The Interface's private state and methods, under node's symbol
// descriptions (readline's legacy prototype maps _name to them).
const symbols = {
  kAddHistory: Symbol('_addHistory'),
  kBeforeEdit: Symbol('_beforeEdit'),
  kDecoder: Symbol('_decoder'),
  kDeleteLeft: Symbol('_deleteLeft'),
  kDeleteLineLeft: Symbol('_deleteLineLeft'),
  kDeleteLineRight: Symbol('_deleteLineRight'),
  kDeleteRight: Symbol('_deleteRight'),
  kDeleteWordLeft: Symbol('_deleteWordLeft'),
  kDeleteWordRight: Symbol('_deleteWordRight'),
  kGetDisplayPos: Symbol('_getDisplayPos'),
  kHistoryNext: Symbol('_historyNext'),
  kHistoryPrev: Symbol('_historyPrev'),
  kInsertString: Symbol('_insertString'),
  kLine: Symbol('_line'),
  kLineBuffer: Symbol('_line_buffer'),
  kLineObjectStream: Symbol('line object stream'),
  kKillRing: Symbol('_killRing'),
  kKillRingCursor: Symbol('_killRingCursor'),
  kMoveCursor: Symbol('_moveCursor'),
  kNormalWrite: Symbol('_normalWrite'),
  kOldPrompt: Symbol('_oldPrompt'),
  kOnLine: Symbol('_onLine'),
  kPreviousKey: Symbol('_previousKey'),
  kPrompt: Symbol('_prompt'),
  kPushToKillRing: Symbol('_pushToKillRing'),
  kPushToUndoStack: Symbol('_pushToUndoStack'),
  kQuestion: Symbol('kQuestion'),
  kQuestionCallback: Symbol('_questionCallback'),
  kQuestionCancel: Symbol('kQuestionCancel'),
  kRedo: Symbol('_redo'),
  kRedoStack: Symbol('_redoStack'),
  kRefreshLine: Symbol('_refreshLine'),
  kSawKeyPress: Symbol('_sawKeyPress'),
  kSawReturnAt: Symbol('_sawReturnAt'),
  kSetRawMode: Symbol('_setRawMode'),
  kSubstringSearch: Symbol('kSubstringSearch'),
  kTabComplete: Symbol('_tabComplete'),
  kTabCompleter: Symbol('_tabCompleter'),
  kTtyWrite: Symbol('_ttyWrite'),
  kUndo: Symbol('_undo'),
  kUndoStack: Symbol('_undoStack'),
  kWordLeft: Symbol('_wordLeft'),
  kWordRight: Symbol('_wordRight'),
  kWriteToOutput: Symbol('_writeToOutput'),
  kYank: Symbol('_yank'),
  kYankPop: Symbol('_yankPop'),
  kYanking: Symbol('_yanking'),
};

// CSI builds an ECMA-48 control sequence.
function CSI(strings, ...args) {
  let out = '\x1b[';
  for (let i = 0; i < args.length; i++) out += strings[i] + args[i];
  return out + strings[args.length];
}
CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = '\x1b[1K';
CSI.kClearToLineEnd = '\x1b[0K';
CSI.kClearLine = '\x1b[2K';
CSI.kClearScreenDown = '\x1b[0J';

// charLengthLeft is how many UTF-16 units the character before i takes.
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if (i > 1 && str.codePointAt(i - 2) >= 0x10000) return 2;
  return 1;
}

// charLengthAt is how many UTF-16 units the character at i takes.
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

// commonPrefix is the longest prefix every string shares.
function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  // After sorting, the first and last strings differ the most.
  const sorted = strings.slice().sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  let i = 0;
  while (i < first.length && first[i] === last[i]) i++;
  return first.slice(0, i);
}

// Key names of the escape sequences terminals send, by the code the
// decoder assembles (the sequence without ESC, its digits and modifier
// folded as xterm, rxvt, gnome, putty and cygwin send them). A code
// followed by '+s' or '+c' also sets shift or ctrl.
const keyCodes = {
  __proto__: null,
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[200~': 'paste-start', '[201~': 'paste-end',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9',
  '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end', 'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[[5~': 'pageup', '[[6~': 'pagedown',
  '[7~': 'home', '[8~': 'end',
  '[a': 'up+s', '[b': 'down+s', '[c': 'right+s', '[d': 'left+s', '[e': 'clear+s',
  '[2$': 'insert+s', '[3$': 'delete+s', '[5$': 'pageup+s', '[6$': 'pagedown+s',
  '[7$': 'home+s', '[8$': 'end+s',
  'Oa': 'up+c', 'Ob': 'down+c', 'Oc': 'right+c', 'Od': 'left+c', 'Oe': 'clear+c',
  '[2^': 'insert+c', '[3^': 'delete+c', '[5^': 'pageup+c', '[6^': 'pagedown+c',
  '[7^': 'home+c', '[8^': 'end+c',
  '[Z': 'tab+s',
};

const isDigit = (ch) => ch >= '0' && ch <= '9';

// emitKeys is a generator fed one character at a time (next(ch)); it
// emits 'keypress' on stream for each complete key. Escape sequences
// arrive over several calls, which is why it is a coroutine; next('')
// ends a lone ESC after the escape-code timeout.
function* emitKeys(stream) {
  for (;;) {
    let ch = yield;
    let s = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === kEscape) {
      escaped = true;
      s += (ch = yield);
      // ESC ESC … is meta plus the sequence that follows.
      if (ch === kEscape) s += (ch = yield);
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        // ESC O letter, or ESC O modifier letter.
        s += (ch = yield);
        if (isDigit(ch)) {
          modifier = (ch >> 0) - 1;
          s += (ch = yield);
        }
        code += ch;
      } else {
        // ESC [ letter, ESC [ modifier letter, ESC [ [ num char, ESC [ num ~ …
        s += (ch = yield);
        if (ch === '[') {
          code += ch;
          s += (ch = yield);
        }
        const start = s.length - 1;
        // Up to three digits (paste brackets are ESC [ 200 ~).
        for (let n = 0; n < 3 && isDigit(ch); n++) s += (ch = yield);
        if (ch === ';') {
          s += (ch = yield);
          if (isDigit(ch)) s += yield;
        }
        const cmd = s.slice(start);
        let m;
        if ((m = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/.exec(cmd)) !== null) {
          if (m[4]) {
            code += m[4];
          } else {
            code += m[1] + m[3];
            modifier = (m[2] || 1) - 1;
          }
        } else if ((m = /^((\d;)?(\d))?([A-Za-z])$/.exec(cmd)) !== null) {
          code += m[4];
          modifier = (m[3] || 1) - 1;
        } else {
          code += cmd;
        }
      }
      // xterm's modifier: 1 shift, 2 alt, 4 ctrl, 8 meta.
      key.ctrl = !!(modifier & 4);
      key.meta = !!(modifier & 10);
      key.shift = !!(modifier & 1);
      key.code = code;
      const named = keyCodes[code];
      if (named === undefined) {
        key.name = 'undefined';
      } else {
        const plus = named.indexOf('+');
        if (plus === -1) {
          key.name = named;
        } else {
          key.name = named.slice(0, plus);
          if (named[plus + 1] === 's') key.shift = true;
          else key.ctrl = true;
        }
      }
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      // Ctrl+letter arrives as the letter's control code.
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
      key.meta = escaped;
    } else if (escaped) {
      // Meta + a character, or a lone ESC whose timeout fired ('').
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }

    key.sequence = s;
    if (s.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : s, key);
    } else if (charLengthAt(s, 0) === s.length) {
      // One unnamed character, such as '.'.
      stream.emit('keypress', s, key);
    }
    // Anything else is a broken sequence, dropped as node drops it.
  }
}

module.exports = {
  CSI,
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  emitKeys,
  symbols,
};
