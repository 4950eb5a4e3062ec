// MaxListenersExceededWarning: when it fires, its exact text and fields,
// and the `warned` flag Node leaves on the listener array.
const EventEmitter = require('events');

const warnings = [];
process.on('warning', (w) => {
  warnings.push(w);
  log('warning', w.name, w.message, w.type, w.count, w.emitter === undefined ? 'no emitter' : w.emitter.constructor.name,
      w.code, Object.keys(w));
});

{
  const e = new EventEmitter();
  for (let i = 0; i < 10; i++) e.on('default', () => {});
  log('10 listeners', Object.hasOwn(e._events.default, 'warned'));
  e.on('default', () => {});
  log('11 listeners', e._events.default.warned);
  e.on('default', () => {});
  log('12 listeners', e._events.default.warned);

  const symbol = Symbol('symbol');
  e.setMaxListeners(1);
  e.on(symbol, () => {});
  log('symbol 1', Object.hasOwn(e._events[symbol], 'warned'));
  e.on(symbol, () => {});
  log('symbol 2', Object.hasOwn(e._events[symbol], 'warned'));

  e.setMaxListeners(0);
  for (let i = 0; i < 100; i++) e.on('unlimited', () => {});
  log('unlimited', Object.hasOwn(e._events.unlimited, 'warned'));
}

{
  class MyEmitter extends EventEmitter {}
  const e = new MyEmitter();
  e.setMaxListeners(2);
  e.on('x', () => {});
  e.prependListener('x', () => {});
  e.once('x', () => {});
}

{
  const before = EventEmitter.defaultMaxListeners;
  EventEmitter.defaultMaxListeners = 3;
  const e = new EventEmitter();
  for (let i = 0; i < 4; i++) e.on('three', () => {});
  log('default 3', e._events.three.warned);
  delete e._events.three.warned;
  EventEmitter.defaultMaxListeners = 5;
  e.on('three', () => {});
  log('default 5, 5 listeners', Object.hasOwn(e._events.three, 'warned'));
  e.on('three', () => {});
  log('default 5, 6 listeners', e._events.three.warned);
  EventEmitter.defaultMaxListeners = before;
}

process.on('exit', () => log('total warnings', warnings.length));
