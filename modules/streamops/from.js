'use strict';
// from(Readable, iterable, opts): the implementation of Readable.from.
// Strings and Buffers are one chunk; other iterables are read one value
// per _read, promises awaited; destroying the readable returns (or throws
// into) the iterator so generators run their finally blocks.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES },
} = require('internal/errors');

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let isAsync;
  let iterator;
  if (iterable && iterable[Symbol.asyncIterator]) {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && iterable[Symbol.iterator]) {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({
    objectMode: true,
    highWaterMark: 1,
    // Users may override highWaterMark and objectMode.
    ...opts,
  });

  // Only one next() is in flight at a time.
  let reading = false;

  readable._read = function() {
    if (!reading) {
      reading = true;
      if (isAsync) next();
      else nextSync();
    }
  };

  readable._destroy = function(error, cb) {
    close(error).then(
      () => process.nextTick(cb, error),
      (e) => process.nextTick(cb, e || error),
    );
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    const hasThrow = typeof iterator.throw === 'function';
    if (hadError && hasThrow) {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  // nextSync serves sync iterators without a promise per value (goja's
  // are costly); a thenable value is awaited, then the loop resumes.
  function nextSync() {
    for (;;) {
      let value;
      try {
        const step = iterator.next();
        if (step.done) {
          readable.push(null);
          return;
        }
        value = step.value;
        if (value && typeof value.then === 'function') {
          value.then((res) => {
            try {
              if (pushOne(res)) nextSync();
            } catch (err) {
              readable.destroy(err);
            }
          }, (err) => readable.destroy(err));
          return;
        }
        if (!pushOne(value)) return;
      } catch (err) {
        readable.destroy(err);
        return;
      }
    }
  }

  // pushOne pushes a resolved value and reports whether to go on reading.
  function pushOne(res) {
    if (res === null) {
      reading = false;
      throw new ERR_STREAM_NULL_VALUES();
    }
    if (readable.push(res)) return true;
    reading = false;
    return false;
  }

  async function next() {
    for (;;) {
      try {
        const { value, done } = isAsync ? await iterator.next() : iterator.next();
        if (done) {
          readable.push(null);
        } else {
          const res = (value && typeof value.then === 'function') ? await value : value;
          if (res === null) {
            reading = false;
            throw new ERR_STREAM_NULL_VALUES();
          } else if (readable.push(res)) {
            continue;
          } else {
            reading = false;
          }
        }
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  return readable;
}

module.exports = from;
