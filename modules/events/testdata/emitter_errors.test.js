// The 'error' event, errorMonitor, and every argument error EventEmitter
// raises, with node's exact messages.
const EventEmitter = require('events');

log('unhandled error event');
{
  const e = new EventEmitter();
  const err = new Error('boom');
  try {
    e.emit('error', err);
  } catch (got) {
    log(got === err, Object.keys(got));
  }
  caught('string', () => e.emit('error', 'Accepts a string'));
  caught('object', () => e.emit('error', { message: 'Error!' }));
  caught('number', () => e.emit('error', 42));
  caught('none', () => e.emit('error'));
  caught('undefined', () => e.emit('error', undefined));
  caught('null', () => e.emit('error', null));
  caught('array', () => e.emit('error', [1, 'two']));
  caught('custom inspect throws', () => e.emit('error', {
    message: 'Error!',
    [Symbol.for('nodejs.util.inspect.custom')]() { throw new Error(); },
  }));
  try {
    e.emit('error', 'ctx');
  } catch (got) {
    log('context', got.context, Object.keys(got));
  }
  caught('emit.call null-proto', () => EventEmitter.prototype.emit.call({ __proto__: null }, 'error', new Error('foo')));
  caught('emit.call plain', () => EventEmitter.prototype.emit.call({}, 'error', 'plain'));
  log(EventEmitter.prototype.emit.call({}, 'foo'));
}

log('error with listener');
{
  const e = new EventEmitter();
  const got = [];
  e.on('error', (err) => got.push(err.message));
  log(e.emit('error', new Error('handled')), got);
}

log('errorMonitor');
{
  const e = new EventEmitter();
  const err = new Error('MyError');
  const seen = [];
  e.on(EventEmitter.errorMonitor, (x, extra) => seen.push([x === err, extra]));
  try {
    e.emit('error', err, 'extra');
  } catch (got) {
    seen.push(['thrown', got === err]);
  }
  e.once('error', () => seen.push('listener'));
  e.emit('error', err);
  log(seen, e.eventNames());
}

log('invalid listener');
{
  const values = [null, undefined, 5, 'str', true, {}, [], Symbol('s'), 10n, Object.create(null),
    new (class Foo {})(), new Map(), -0, NaN, 'x'.repeat(40), "it's"];
  for (const method of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener', 'removeListener', 'off']) {
    caught(method, () => new EventEmitter()[method]('foo', null));
  }
  for (const v of values) caught('on', () => new EventEmitter().on('foo', v));
}

log('max listeners arguments');
{
  const e = new EventEmitter();
  for (const v of [NaN, -1, 'and even this', undefined, null, {}]) {
    caught('setMaxListeners', () => e.setMaxListeners(v));
    caught('defaultMaxListeners=', () => { EventEmitter.defaultMaxListeners = v; });
    caught('static setMaxListeners', () => EventEmitter.setMaxListeners(v));
  }
  log(EventEmitter.defaultMaxListeners);
  caught('static setMaxListeners target', () => EventEmitter.setMaxListeners(1, 'INVALID_EMITTER'));
  caught('static setMaxListeners object', () => EventEmitter.setMaxListeners(1, {}));
  caught('getMaxListeners', () => EventEmitter.getMaxListeners({}));
  caught('getMaxListeners null', () => EventEmitter.getMaxListeners(null));
  caught('getEventListeners', () => EventEmitter.getEventListeners({}, 'x'));
}

log('captureRejections arguments');
{
  for (const v of [1, [], function named() {}, {}, Infinity, Math.PI, 'meow', { hello: 42 }]) {
    caught('option', () => new EventEmitter({ captureRejections: v }));
  }
  for (const v of [[], { hello: 42 }, 42, 'x', null]) {
    caught('static', () => { EventEmitter.captureRejections = v; });
  }
  log(EventEmitter.captureRejections);
  log(new EventEmitter({ captureRejections: false })[Object.getOwnPropertySymbols(new EventEmitter())[1]]);
}

log('EventEmitterAsyncResource');
{
  const d = Object.getOwnPropertyDescriptor(EventEmitter, 'EventEmitterAsyncResource');
  log(typeof d.get, d.set, d.enumerable, d.configurable);
}
