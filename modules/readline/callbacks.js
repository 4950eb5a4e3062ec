// internal/readline/callbacks: readline.cursorTo, moveCursor, clearLine
// and clearScreenDown, which write control sequences to any stream
// (https://nodejs.org/api/readline.html#readlinecursortostream-x-y-callback),
// and emitKeypressEvents.
'use strict';

const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS } } = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { CSI, charLengthAt, emitKeys, symbols: { kSawKeyPress } } = require('internal/readline/utils');

// nothing answers a call with nothing to write: the callback still runs.
function nothing(callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return nothing(callback);
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();
  const data = typeof y !== 'number' ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) return nothing(callback);
  return stream.write(moveSequence(dx, dy), callback);
}

// moveSequence is the relative cursor movement by dx columns, dy rows.
function moveSequence(dx, dy) {
  let data = '';
  if (dx < 0) data += CSI`${-dx}D`;
  else if (dx > 0) data += CSI`${dx}C`;
  if (dy < 0) data += CSI`${-dy}A`;
  else if (dy > 0) data += CSI`${dy}B`;
  return data;
}

// clearSequence: dir < 0 clears left of the cursor, > 0 right of it, 0
// the whole line.
function clearSequence(dir) {
  if (dir < 0) return CSI.kClearToLineBeginning;
  if (dir > 0) return CSI.kClearToLineEnd;
  return CSI.kClearLine;
}

function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return nothing(callback);
  return stream.write(clearSequence(dir), callback);
}

function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return nothing(callback);
  return stream.write(CSI.kClearScreenDown, callback);
}

const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeDecoder = Symbol('escape-decoder');
const kEscapeCodeTimeout = 500;

// emitKeypressEvents makes stream emit 'keypress' for what it reads,
// once anyone listens for 'keypress'. iface (a readline Interface) gets
// its escape-code timeout honoured and learns whether the last chunk was
// one key (completion is enabled only then: pasted tabs insert tabs).
function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  const { StringDecoder } = require('string_decoder');
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  stream[kEscapeDecoder] = emitKeys(stream);
  stream[kEscapeDecoder].next();

  const triggerEscape = () => stream[kEscapeDecoder].next('');
  const { escapeCodeTimeout = kEscapeCodeTimeout } = iface;
  let timeoutId;

  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody listens any more: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const string = stream[kKeypressDecoder].write(input);
    if (!string) return;
    clearTimeout(timeoutId);
    iface[kSawKeyPress] = charLengthAt(string, 0) === string.length;
    iface.isCompletionEnabled = false;
    let length = 0;
    for (const character of string) {
      length += character.length;
      if (length === string.length) iface.isCompletionEnabled = true;
      try {
        stream[kEscapeDecoder].next(character);
        // A trailing ESC may be the Escape key or the start of a sequence
        // still in flight: decide after the timeout.
        if (length === string.length && character === CSI.kEscape) {
          timeoutId = setTimeout(triggerEscape, escapeCodeTimeout);
        }
      } catch (err) {
        // A 'keypress' listener threw inside the generator, which is now
        // finished: start a fresh one before passing the error on.
        stream[kEscapeDecoder] = emitKeys(stream);
        stream[kEscapeDecoder].next();
        throw err;
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = {
  clearLine,
  clearScreenDown,
  clearSequence,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  moveSequence,
};
