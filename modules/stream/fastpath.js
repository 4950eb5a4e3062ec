'use strict';
// internal/streams/fastpath: two primitives the stream state machines
// (and fs streams) use on every chunk, where goja's general paths cost
// more than the bookkeeping around them.
//
// tick1(fn, arg) is process.nextTick(fn, arg): process.nextTick takes its
// arguments as a rest parameter, and building that array costs more than
// the rest of the tick; the loop's nextTick1 queues one argument as it
// is. Behaviour is process.nextTick's: a program that replaced
// process.nextTick (a fake timer, a tracer) gets the call, and nothing is
// queued once the process is exiting.
//
// byteLength(chunk) is chunk.length, read in Go for a Buffer or other
// Uint8Array: goja parses every named property of a typed array as an
// index first, which makes `chunk.length` several times a plain property
// read and leaves garbage behind.

const proc = process;
const { nextTick1 } = binding;
const fnToString = Function.prototype.toString;

// process._exiting is an accessor; its getter is called directly (it
// reads a closure variable and ignores its receiver), which spares the
// accessor dispatch.
const exitingDesc = Object.getOwnPropertyDescriptor(proc, '_exiting');
const isExiting = exitingDesc && typeof exitingDesc.get === 'function' ?
  exitingDesc.get : () => proc._exiting;

// The runtime's own process.nextTick (modules/process) is recognised by
// its body, which hands the callback to the loop as
// binding.nextTick(callback, …): a replacement may have been installed
// before this module first loads, so identity with the value seen then
// proves nothing. The answer is kept for the function last seen.
let seen = null;
let seenIsOwn = false;

function isOwnNextTick(fn) {
  if (fn !== seen) {
    seen = fn;
    try {
      seenIsOwn = typeof fn === 'function' &&
        fnToString.call(fn).includes('binding.nextTick(callback');
    } catch {
      seenIsOwn = false; // a revoked proxy, say: called as it is
    }
  }
  return seenIsOwn;
}

function tick1(fn, arg) {
  const nt = proc.nextTick;
  // The common case inline: the function seen last, and it was ours.
  if (nt === seen ? !seenIsOwn : !isOwnNextTick(nt)) {
    proc.nextTick(fn, arg);
  } else if (!isExiting()) {
    nextTick1(fn, arg);
  }
}

module.exports = { tick1, byteLength: binding.byteLength, isOwnNextTick };
