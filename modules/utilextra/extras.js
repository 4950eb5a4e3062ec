'use strict';
// The smaller util functions: getSystemErrorName/getSystemErrorMap (the
// errno table lives in internal/errors), aborted, and the transferable
// AbortSignal helpers.

const errors = require('internal/errors');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE }, validateAbortSignal, validateNumber } = errors;

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  return errors.getSystemErrorName(err);
}

function getSystemErrorMap() {
  return errors.getSystemErrorMap();
}

// aborted resolves once signal aborts. Node drops the wait when resource
// is garbage-collected; goja has no FinalizationRegistry, so here the
// listener lives until the signal aborts. resource is still validated.
async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return;
  await new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

// Transferability matters only for postMessage to workers, which gorun
// does not have. Node returns a new object sharing the signal's state (its
// makeTransferable copies the own properties onto a transferable host
// object), so the result is not === the argument; this does the same.
function transferableAbortSignal(signal) {
  if (typeof signal !== 'object' || signal === null || !(signal instanceof AbortSignal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  return Object.create(Object.getPrototypeOf(signal), Object.getOwnPropertyDescriptors(signal));
}

function transferableAbortController() {
  return new AbortController();
}

module.exports = {
  aborted,
  getSystemErrorMap,
  getSystemErrorName,
  transferableAbortController,
  transferableAbortSignal,
};
