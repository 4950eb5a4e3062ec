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
  // the array is truncated in place (not replaced) once drained. A tick
  // of one argument queued by nextTick1 while context tracking is off is
  // (callback, arg, kOneArg): no arguments array, which costs more on
  // goja than the rest of the tick.
  const queue = [];
  let head = 0;
  const kOneArg = {};

  function runTicks() {
    while (head < queue.length) {
      const callback = queue[head];
      const args = queue[head + 1];
      let ctx = queue[head + 2];
      queue[head] = queue[head + 1] = queue[head + 2] = undefined;
      head += 3;
      if (head === queue.length) {
        queue.length = 0;
        head = 0;
        setTickPending(false);
      }
      const one = ctx === kOneArg;
      if (one) {
        if (!ctxOn) {
          callback(args);
          continue;
        }
        // Queued before tracking was enabled: no context, as for any
        // tick queued then.
        ctx = undefined;
      }
      // Called as a plain function, as node does (no receiver in stacks).
      if (ctxOn) {
        const prev = getContext();
        setContext(ctx);
        try {
          if (one) callback(args);
          else if (args === undefined) callback();
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

  // A plain call where the receiver is undefined (the common case):
  // call() and apply() are native round trips on goja.
  function invoke(fn, self, args) {
    if (args !== undefined) fn.apply(self, args);
    else if (self === undefined) fn();
    else fn.call(self);
    runTicks();
  }

  function invoke1(fn, self, a) {
    if (self === undefined) fn(a);
    else fn.call(self, a);
    runTicks();
  }

  function invoke2(fn, self, a, b) {
    if (self === undefined) fn(a, b);
    else fn.call(self, a, b);
    runTicks();
  }

  // Arguments are validated by the shims that expose these (process,
  // the queueMicrotask global); here they are known to be functions.
  function nextTick(callback, args) {
    if (queue.length === head) setTickPending(true);
    queue.push(callback, args, ctxOn ? getContext() : undefined);
  }

  // nextTick1 is nextTick(callback, [arg]) without the array.
  function nextTick1(callback, arg) {
    if (queue.length === head) setTickPending(true);
    if (ctxOn) queue.push(callback, [arg], getContext());
    else queue.push(callback, arg, kOneArg);
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

  return { invoke, invoke1, invoke2, runTicks, rejections, nextTick, nextTick1, queueMicrotask, enableContext };
})
