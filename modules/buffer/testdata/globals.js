// Preloaded by the Go test: until the runtime makes them global, give the
// cases the globals node has (Buffer, TextEncoder…) from gorun's modules.
// Under node every name is already there and nothing changes.
'use strict';
if (typeof globalThis.Buffer !== 'function') {
  const b = require('buffer');
  const enc = require('gorun-test-encoding');
  for (const [k, v] of Object.entries({
    Buffer: b.Buffer, atob: b.atob, btoa: b.btoa, Blob: b.Blob, File: b.File,
    TextEncoder: enc.TextEncoder, TextDecoder: enc.TextDecoder,
  })) {
    Object.defineProperty(globalThis, k, { value: v, writable: true, configurable: true });
  }
}
