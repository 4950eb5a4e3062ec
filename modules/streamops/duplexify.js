'use strict';
// Duplex.from(body): a Duplex out of a stream, a { readable, writable }
// pair, an (async) iterable, an async generator function
// (`async function*(source) {…}` consuming what is written), an async
// function, a promise, a Blob or web streams.
//
// Exported as duplexFrom(Duplex, body); Node's own shape
// duplexify(body, name) is accepted too.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE },
  AbortError,
} = require('internal/errors');
const u = require('internal/streamops/utils');

let Duplexify;
function duplexifyClass(Duplex) {
  if (Duplexify && Object.getPrototypeOf(Duplexify) === Duplex) return Duplexify;
  // A side given as false is born finished, so finished() and pipeline
  // don't wait for it.
  Duplexify = class Duplexify extends Duplex {
    constructor(options) {
      super(options);
      if (options && options.readable === false) {
        this._readableState.readable = false;
        this._readableState.ended = true;
        this._readableState.endEmitted = true;
      }
      if (options && options.writable === false) {
        this._writableState.writable = false;
        this._writableState.ending = true;
        this._writableState.ended = true;
        this._writableState.finished = true;
      }
    }
  };
  return Duplexify;
}

function isBlob(b) {
  const { Blob } = require('buffer');
  return typeof Blob === 'function' && b instanceof Blob;
}

function duplexFrom(Duplex, body) {
  if (typeof body === 'string' && arguments.length === 2 && !isDuplexCtor(Duplex)) {
    // Node's shape: duplexify(body, name).
    return duplexify(require('stream').Duplex, Duplex, body);
  }
  return duplexify(Duplex, body, 'body');
}

function isDuplexCtor(D) {
  return typeof D === 'function' && D.prototype && typeof D.prototype.write === 'function' &&
    typeof D.prototype.pipe === 'function';
}

function duplexify(Duplex, body, name) {
  const D = duplexifyClass(Duplex);
  const stream = require('stream');
  const from = require('internal/streams/from');

  if (u.isDuplexNodeStream(body)) return body;
  if (u.isReadableNodeStream(body)) return _duplexify(D, { readable: body });
  if (u.isWritableNodeStream(body)) return _duplexify(D, { writable: body });
  if (u.isNodeStream(body)) return _duplexify(D, { writable: false, readable: false });
  if (u.isReadableStream(body)) return _duplexify(D, { readable: stream.Readable.fromWeb(body) });
  if (u.isWritableStream(body)) return _duplexify(D, { writable: stream.Writable.fromWeb(body) });

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);

    if (u.isIterable(value)) {
      return from(D, value, { objectMode: true, write, final, destroy });
    }

    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) throw new ERR_INVALID_RETURN_VALUE('nully', 'body', val);
      }, (err) => {
        u.destroyer(d, err);
      });
      d = new D({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }

    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (isBlob(body)) return duplexify(Duplex, body.arrayBuffer(), name);

  if (u.isIterable(body)) return from(D, body, { objectMode: true, writable: false });

  if (body && u.isReadableStream(body.readable) && u.isWritableStream(body.writable)) {
    return Duplex.fromWeb(body);
  }

  if (body && (typeof body.writable === 'object' || typeof body.readable === 'object')) {
    const readable = body.readable ?
      (u.isReadableNodeStream(body.readable) ? body.readable : duplexify(Duplex, body.readable, name)) :
      undefined;
    const writable = body.writable ?
      (u.isWritableNodeStream(body.writable) ? body.writable : duplexify(Duplex, body.writable, name)) :
      undefined;
    return _duplexify(D, { readable, writable });
  }

  const then = body && body.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => {
      u.destroyer(d, err);
    });
    d = new D({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw new ERR_INVALID_ARG_TYPE(name,
    ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable',
      'Function', '{ readable, writable } pair', 'Promise'], body);
}

function deferred() {
  let resolve;
  const promise = new Promise((res) => { resolve = res; });
  return { promise, resolve };
}

// fromAsyncGen calls fn with an async iterable of what gets written to
// the duplex; each write's callback runs once fn pulls the chunk.
function fromAsyncGen(fn) {
  let { promise, resolve } = deferred();
  const ac = new AbortController();
  const signal = ac.signal;
  const source = u.asyncGen(async (emit) => {
    for (;;) {
      const p = promise;
      promise = null;
      const { chunk, done, cb } = await p;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      ({ promise, resolve } = deferred());
      await emit(chunk);
    }
  });
  const value = fn(source, { signal });

  return {
    value,
    write(chunk, encoding, cb) {
      const r = resolve;
      resolve = null;
      r({ chunk, done: false, cb });
    },
    final(cb) {
      const r = resolve;
      resolve = null;
      r({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

function _duplexify(D, pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ?
    require('stream').Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;
  const eos = require('internal/streams/end-of-stream');

  let readable = !!u.isReadable(r);
  let writable = !!u.isWritable(w);

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
  }

  d = new D({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) u.destroyer(r, err);
      onfinished(err);
    });

    d._write = function(chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };

    d._final = function(callback) {
      w.end();
      onfinish = callback;
    };

    w.on('drain', function() {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });

    w.on('finish', function() {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) u.destroyer(r, err);
      onfinished(err);
    });

    stopReading = u.readInto(d, r);
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
      u.destroyer(w, err);
      u.destroyer(r, err);
    }
  };

  return d;
}

duplexFrom.duplexFrom = duplexFrom;
module.exports = duplexFrom;
