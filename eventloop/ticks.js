// The macrotask wrapper and process.nextTick's queue.
//
// goja runs promise jobs only when the outermost Go→JS call returns, so
// every callback the loop runs goes through invoke(): the callback, then
// the tick queue, then (as invoke returns) the promise jobs. The loop calls
// runTicks() again while ticks remain, which reproduces Node's
// processTicksAndRejections ordering:
// https://nodejs.org/en/learn/asynchronous-work/event-loop-timers-and-nexttick
(function (setTickPending, processRejections, reportException) {
  'use strict';
  // Pending ticks, flattened as (callback, args, ctx) triples so a tick
  // allocates no record; head chases the end so taking one is O(1), and
  // the array is truncated in place (not replaced) once drained.
  const queue = [];
  let head = 0;

  function runTicks() {
    while (head < queue.length) {
      const callback = queue[head];
      const args = queue[head + 1];
      const ctx = queue[head + 2];
      queue[head] = queue[head + 1] = queue[head + 2] = undefined;
      head += 3;
      if (head === queue.length) {
        queue.length = 0;
        head = 0;
        setTickPending(false);
      }
      // Called as a plain function, as node does (no receiver in stacks).
      if (ctxOn) {
        const prev = getContext();
        setContext(ctx);
        try {
          if (args === undefined) callback();
          else callback(...args);
        } finally {
          setContext(prev);
        }
        continue;
      }
      if (args === undefined) callback();
      else if (args.length === 1) callback(args[0]);
      else if (args.length === 2) callback(args[0], args[1]);
      else callback(...args);
    }
  }

  // Node processes promise rejections once ticks and microtasks are
  // drained; ticks a handler schedules run before its microtasks.
  function rejections() {
    if (processRejections()) runTicks();
  }

  function invoke(fn, self, args) {
    if (args === undefined) fn.call(self);
    else fn.apply(self, args);
    runTicks();
  }

  // Arguments are validated by the shims that expose these (process,
  // the queueMicrotask global); here they are known to be functions.
  function nextTick(callback, args) {
    if (queue.length === head) setTickPending(true);
    queue.push(callback, args, ctxOn ? getContext() : undefined);
  }

  // Async context tracking (eventloop/context.go), off until enabled.
  let ctxOn = false;
  let getContext;
  let setContext;
  function enableContext(get, set) {
    getContext = get;
    setContext = set;
    ctxOn = true;
  }

  const resolved = Promise.resolve();
  function queueMicrotask(callback) {
    // A microtask that throws is an uncaught exception, not a rejection.
    resolved.then(() => {
      try {
        callback();
      } catch (err) {
        reportException(err);
      }
    });
  }

  return { invoke, runTicks, rejections, nextTick, queueMicrotask, enableContext };
})
