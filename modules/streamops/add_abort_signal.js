'use strict';
// addAbortSignal(signal, stream): destroy (or, for a web stream, error)
// the stream with an AbortError when signal aborts.

const {
  codes: { ERR_INVALID_ARG_TYPE },
  AbortError,
} = require('internal/errors');
const u = require('internal/streamops/utils');

// Node accepts anything with an `aborted` property here, not only
// AbortSignal instances (and null fails on the `in`, as in Node, with
// V8's words).
function validateAbortSignal(signal, name) {
  if (signal === null) throw new TypeError("Cannot use 'in' operator to search for 'aborted' in null");
  if (typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!u.isNodeStream(stream) && !u.isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) return stream;
  const onAbort = u.isNodeStream(stream) ?
    () => stream.destroy(new AbortError(undefined, { cause: signal.reason })) :
    () => stream[u.kControllerErrorFunction](new AbortError(undefined, { cause: signal.reason }));
  if (signal.aborted) {
    onAbort();
  } else {
    const remove = u.addAbortListener(signal, onAbort);
    require('internal/streams/end-of-stream')(stream, remove);
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
