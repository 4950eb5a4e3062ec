// events.once() and events.on(): promise and async-iterator adapters,
// their error handling, and AbortSignal support.
const EventEmitter = require('events');
const { once, on } = EventEmitter;

const asyncIter = Symbol.asyncIterator || Symbol.for('Symbol.asyncIterator');

async function main() {
  {
    const ee = new EventEmitter();
    process.nextTick(() => ee.emit('myevent', 42, 'b'));
    const value = await once(ee, 'myevent');
    log('once value', value, ee.listenerCount('myevent'), ee.listenerCount('error'));
  }
  {
    const ee = new EventEmitter();
    const err = new Error('kaboom');
    process.nextTick(() => ee.emit('error', err));
    try {
      await once(ee, 'myevent');
    } catch (e) {
      log('once rejected', e === err, ee.listenerCount('myevent'), ee.listenerCount('error'));
    }
  }
  {
    const ee = new EventEmitter();
    const err = new Error('kaboom');
    process.nextTick(() => ee.emit('error', err));
    const [got] = await once(ee, 'error');
    log('once error event', got === err, ee.listenerCount('error'));
  }
  {
    const ee = new EventEmitter();
    const ac = new AbortController();
    const p = once(ee, 'foo', { signal: ac.signal });
    log('listeners while waiting', ee.listenerCount('foo'), ee.listenerCount('error'));
    ac.abort();
    try {
      await p;
    } catch (e) {
      log('aborted', e.name, e.code, e.message, e.cause && e.cause.name, ee.listenerCount('foo'), ee.listenerCount('error'));
    }
  }
  {
    const ee = new EventEmitter();
    const ac = new AbortController();
    ac.abort('why');
    try {
      await once(ee, 'foo', { signal: ac.signal });
    } catch (e) {
      log('pre-aborted', e.name, e.code, e.cause);
    }
  }
  for (const signal of [1, {}, 'x', null]) {
    try {
      await once(new EventEmitter(), 'foo', { signal });
    } catch (e) {
      log('bad signal', e.name, e.code, e.message);
    }
  }
  {
    const et = new EventTarget();
    process.nextTick(() => et.dispatchEvent(new Event('tick')));
    const [ev] = await once(et, 'tick');
    log('once EventTarget', ev.type, ev instanceof Event);
  }
  try {
    await once({}, 'x');
  } catch (e) {
    log('once bad emitter', e.code, e.message);
  }

  {
    const ee = new EventEmitter();
    const iter = on(ee, 'foo');
    log('iterator shape', typeof iter.next, typeof iter.return, typeof iter.throw, typeof iter[asyncIter],
        iter[asyncIter]() === iter);
    process.nextTick(() => {
      ee.emit('foo', 'bar');
      ee.emit('foo', 42);
      ee.emit('foo', 1, 2);
    });
    const got = [];
    for (;;) {
      const { value, done } = await iter.next();
      if (done) break;
      got.push(value);
      if (got.length === 3) break;
    }
    log('on values', got, ee.listenerCount('foo'), ee.listenerCount('error'));
    const r = await iter.return();
    log('on return', r, ee.listenerCount('foo'), ee.listenerCount('error'));
    log('after return', await iter.next());
  }
  {
    const ee = new EventEmitter();
    const iter = on(ee, 'foo');
    const err = new Error('kaboom');
    ee.emit('foo', 'queued');
    ee.emit('error', err);
    log('queued', await iter.next());
    try {
      await iter.next();
    } catch (e) {
      log('on error', e === err);
    }
    log('after error', await iter.next(), ee.listenerCount('foo'));
  }
  {
    const ee = new EventEmitter();
    const iter = on(ee, 'foo');
    const p = iter.next();
    iter.throw(new Error('thrown'));
    try {
      await p;
    } catch (e) {
      log('iter.throw', e.message);
    }
    try {
      iter.throw('not an error');
    } catch (e) {
      log('iter.throw bad', e.code, e.message);
    }
  }
  {
    const ee = new EventEmitter();
    const ac = new AbortController();
    const iter = on(ee, 'foo', { signal: ac.signal, close: ['end'] });
    const p = iter.next();
    ac.abort();
    try {
      await p;
    } catch (e) {
      log('on aborted', e.name, e.code, ee.listenerCount('foo'));
    }
    const iter2 = on(ee, 'foo', { close: ['end'] });
    ee.emit('foo', 1);
    ee.emit('end');
    log('close event', await iter2.next(), await iter2.next(), ee.listenerCount('end'));
  }
  for (const opts of [{ highWaterMark: 0 }, { lowWaterMark: 'x' }, { signal: 'x' }]) {
    try {
      on(new EventEmitter(), 'foo', opts);
    } catch (e) {
      log('on bad options', e.code, e.message);
    }
  }
  {
    const ac = new AbortController();
    ac.abort();
    try {
      on(new EventEmitter(), 'foo', { signal: ac.signal });
    } catch (e) {
      log('on pre-aborted', e.name);
    }
  }
  {
    const ee = new EventEmitter();
    ee.pause = () => log('paused');
    ee.resume = () => log('resumed');
    const iter = on(ee, 'data', { highWaterMark: 2, lowWaterMark: 1 });
    const wm = iter[Symbol.for('nodejs.watermarkData')];
    for (let i = 0; i < 4; i++) ee.emit('data', i);
    log('watermark', wm.size, wm.high, wm.low, wm.isPaused);
    await iter.next();
    await iter.next();
    await iter.next();
    log('watermark after', wm.size, wm.isPaused);
    await iter.return();
  }
}

main().then(() => log('done'), (e) => log('FAILED', e));
