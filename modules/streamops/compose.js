'use strict';
// compose(...streams): one Duplex that writes into the first stream and
// reads from the last, the middle joined by pipeline. Functions at either
// end go through Duplex.from first.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
  AbortError,
} = require('internal/errors');
const u = require('internal/streamops/utils');

function compose(...streams) {
  const { Duplex } = require('stream');
  const { pipeline } = require('internal/streams/pipeline');
  const eos = require('internal/streams/end-of-stream');

  if (streams.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const orgStreams = [...streams];

  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  if (typeof streams[streams.length - 1] === 'function') {
    const idx = streams.length - 1;
    streams[idx] = Duplex.from(streams[idx]);
  }

  for (let n = 0; n < streams.length; ++n) {
    if (!u.isNodeStream(streams[n]) && !u.isWebStream(streams[n])) {
      // Iterables and generator functions in the middle are pipeline's
      // business.
      continue;
    }
    if (n < streams.length - 1 &&
      !(u.isReadable(streams[n]) || u.isReadableStream(streams[n]) || u.isTransformStream(streams[n]))) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, orgStreams[n], 'must be readable');
    }
    if (n > 0 &&
      !(u.isWritable(streams[n]) || u.isWritableStream(streams[n]) || u.isTransformStream(streams[n]))) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, orgStreams[n], 'must be writable');
    }
  }

  let ondrain;
  let onfinish;
  let stopReading = () => {};
  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
    else if (!readable && !writable) d.destroy();
  }

  const head = streams[0];
  const tail = pipeline(streams, onfinished);

  const writable = !!(u.isWritable(head) || u.isWritableStream(head) || u.isTransformStream(head));
  const readable = !!(u.isReadable(tail) || u.isReadableStream(tail) || u.isTransformStream(tail));

  // Not part of the public API: Duplex needs the object modes of the ends.
  d = new Duplex({
    writableObjectMode: !!(head && head.writableObjectMode),
    readableObjectMode: !!(tail && tail.readableObjectMode),
    writable,
    readable,
  });

  if (writable) {
    if (u.isNodeStream(head)) {
      d._write = function(chunk, encoding, callback) {
        if (head.write(chunk, encoding)) callback();
        else ondrain = callback;
      };
      d._final = function(callback) {
        head.end();
        onfinish = callback;
      };
      head.on('drain', function() {
        if (ondrain) {
          const cb = ondrain;
          ondrain = null;
          cb();
        }
      });
    } else if (u.isWebStream(head)) {
      const w = u.isTransformStream(head) ? head.writable : head;
      const writer = w.getWriter();
      d._write = async function(chunk, encoding, callback) {
        try {
          await writer.ready;
          writer.write(chunk).catch(() => {});
          callback();
        } catch (err) {
          callback(err);
        }
      };
      d._final = async function(callback) {
        try {
          await writer.ready;
          writer.close().catch(() => {});
          onfinish = callback;
        } catch (err) {
          callback(err);
        }
      };
    }

    const toRead = u.isTransformStream(tail) ? tail.readable : tail;
    eos(toRead, () => {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    if (u.isNodeStream(tail)) {
      stopReading = u.readInto(d, tail);
    } else if (u.isWebStream(tail)) {
      const r = u.isTransformStream(tail) ? tail.readable : tail;
      const reader = r.getReader();
      d._read = async function() {
        for (;;) {
          try {
            const { value, done } = await reader.read();
            if (!d.push(value)) return;
            if (done) {
              d.push(null);
              return;
            }
          } catch {
            return;
          }
        }
      };
    }
  }

  d._destroy = function(err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    stopReading();
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      if (u.isNodeStream(tail)) u.destroyer(tail, err);
    }
  };

  return d;
}

// Node exports the function; .compose serves callers that destructure.
compose.compose = compose;
module.exports = compose;
