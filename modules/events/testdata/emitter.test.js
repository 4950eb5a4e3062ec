// EventEmitter's listener bookkeeping: storage shape, ordering, once
// wrappers, removal during emit, and the newListener/removeListener events.
const EventEmitter = require('events');

log('module shape');
log(EventEmitter === EventEmitter.EventEmitter, typeof EventEmitter, EventEmitter.name, EventEmitter.length);
log(Object.getOwnPropertyNames(EventEmitter));
log(Object.getOwnPropertyNames(EventEmitter.prototype));
log(Object.getOwnPropertySymbols(EventEmitter.prototype));
log(EventEmitter.prototype.on === EventEmitter.prototype.addListener,
    EventEmitter.prototype.off === EventEmitter.prototype.removeListener);
for (const name of Object.getOwnPropertyNames(EventEmitter.prototype)) {
  const v = EventEmitter.prototype[name];
  if (typeof v === 'function') log('method', name, v.name, v.length);
}
for (const name of Object.getOwnPropertyNames(EventEmitter)) {
  const d = Object.getOwnPropertyDescriptor(EventEmitter, name);
  log('static', name, 'get' in d ? 'accessor' : typeof d.value, d.enumerable, d.configurable);
}
log(EventEmitter.usingDomains, EventEmitter.defaultMaxListeners, EventEmitter.captureRejections);
log(EventEmitter.errorMonitor, EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
log(EventEmitter.kMaxEventTargetListeners, EventEmitter.kMaxEventTargetListenersWarned);

log('instance shape');
{
  const e = new EventEmitter();
  log(Object.keys(e), Object.getOwnPropertySymbols(e), e._eventsCount, e._maxListeners);
  log(Object.getPrototypeOf(e._events), e._events instanceof Object);
  log(e.getMaxListeners(), e.eventNames(), e.listeners('x'), e.rawListeners('x'), e.listenerCount('x'));
}

log('emit arguments and this');
{
  const e = new EventEmitter();
  const seen = [];
  e.on('n', function(...args) { seen.push([args.length, this === e, ...args]); });
  log(e.emit('n'), e.emit('n', 1), e.emit('n', 1, 2), e.emit('n', 1, 2, 3), e.emit('n', 1, 2, 3, 4, 5));
  log(seen);
  log(e.emit('nothing'), e.emit('nothing', 1));
  e.on('n', function() { seen.push('second', arguments.length); });
  seen.length = 0;
  e.emit('n', null, null, null, null);
  log(seen);
}

log('storage shape');
{
  const e = new EventEmitter();
  function a() {}
  function b() {}
  e.on('x', a);
  log(e._events.x === a, e._eventsCount);
  e.on('x', b);
  log(Array.isArray(e._events.x), e._events.x.length, e._events.x[0] === a, e._events.x[1] === b);
  e.removeListener('x', a);
  log(e._events.x === b, e._eventsCount);
  e.on('y', a);
  e.removeListener('y', a);
  log(Object.keys(e._events), e._eventsCount);
  e.removeListener('x', b);
  log(Object.keys(e._events), e._eventsCount);
}

log('order, prepend, once');
{
  const e = new EventEmitter();
  const calls = [];
  e.on('x', () => calls.push('on1'));
  e.prependListener('x', () => calls.push('prepend'));
  e.once('x', () => calls.push('once'));
  e.prependOnceListener('x', () => calls.push('prependOnce'));
  e.on('x', () => calls.push('on2'));
  e.emit('x');
  e.emit('x');
  log(calls);
}

log('once wrappers in rawListeners');
{
  const e = new EventEmitter();
  function l1() { return 'l1'; }
  function l2() { return 'l2'; }
  e.on('x', l1);
  e.once('x', l2);
  const raw = e.rawListeners('x');
  log(raw.length, raw[0] === l1, raw[1] === l2, raw[1].listener === l2, typeof raw[1], raw[1].name);
  log(e.listeners('x')[1] === l2, e.listenerCount('x', l2), e.listenerCount('x', l1), e.listenerCount('x'));
  log(raw[1](), e.rawListeners('x').length, raw[1](), e.listenerCount('x'));
  e.once('y', l1);
  e.removeListener('y', l1);
  log(e.eventNames());
  e.once('z', l1);
  log(e._events.z.listener === l1, e._events.z !== l1);
}

log('once with many arities');
for (let i = 0; i <= 4; i++) {
  const e = new EventEmitter();
  const args = [];
  for (let j = 0; j < i; j++) args.push(j);
  e.once('foo', (...params) => log('once', i, params));
  e.emit('foo', ...args);
  e.emit('foo', ...args);
}

log('once re-emitting itself');
{
  const e = new EventEmitter();
  let n = 0;
  e.once('e', () => {
    n++;
    e.emit('e');
  });
  e.once('e', () => n++);
  e.emit('e');
  log(n, e.listenerCount('e'));
}

log('removal during emit');
{
  const e = new EventEmitter();
  const calls = [];
  function l3() {
    calls.push('l3');
    e.removeListener('hello', l4);
  }
  function l4() {
    calls.push('l4');
  }
  e.on('hello', l3);
  e.on('hello', l4);
  e.emit('hello');
  e.emit('hello');
  log(calls);
}

log('modify in emit');
{
  const e = new EventEmitter();
  let called = [];
  function c1() {
    called.push('c1');
    e.on('foo', c2);
    e.on('foo', c3);
    e.removeListener('foo', c1);
  }
  function c2() {
    called.push('c2');
    e.removeListener('foo', c2);
  }
  function c3() {
    called.push('c3');
    e.removeListener('foo', c3);
  }
  e.on('foo', c1);
  e.emit('foo');
  log(called, e.listeners('foo').length);
  e.emit('foo');
  log(called, e.listeners('foo').length);
  called = [];
  e.on('foo', c2);
  e.on('foo', c3);
  e.emit('foo');
  log(called, e.listeners('foo').length);
}

log('newListener');
{
  const e = new EventEmitter();
  const seen = [];
  e.on('newListener', function(name, listener) {
    seen.push([name, typeof listener, this === e, e.listeners(name).length]);
  });
  function h() {}
  e.on('a', h);
  e.once('b', h);
  e.prependListener('a', h);
  log(seen);
  log(e.listeners('newListener').length);

  const e2 = new EventEmitter();
  const l1 = () => {};
  const l2 = () => {};
  e2.once('newListener', function() {
    e2.once('newListener', function() {});
    e2.on('hello', l2);
  });
  e2.on('hello', l1);
  log(e2.listeners('hello')[0] === l2, e2.listeners('hello')[1] === l1);
}

log('removeListener event');
{
  const e = new EventEmitter();
  const seen = [];
  function a() {}
  function b() {}
  e.on('removeListener', (name, fn) => seen.push([name, fn === a ? 'a' : fn === b ? 'b' : '?', e.listeners(name).length]));
  e.on('x', a);
  e.on('x', b);
  e.removeListener('x', a);
  e.removeListener('x', b);
  e.removeListener('x', b);
  e.once('y', a);
  e.emit('y');
  log(seen);
}

log('removeAllListeners');
{
  const e = new EventEmitter();
  const order = [];
  const noop1 = () => {};
  e.on('foo', noop1);
  e.on('bar', noop1);
  e.on('baz', noop1);
  e.on('baz', noop1);
  const bazListeners = e.listeners('baz');
  e.on('removeListener', (name) => order.push(name));
  e.removeAllListeners('bar');
  e.removeAllListeners('baz');
  log(order, e.eventNames(), bazListeners.length);
  order.length = 0;
  e.on(Symbol('s'), noop1);
  log(e.removeAllListeners() === e, order, e.eventNames(), e._eventsCount);

  const lifo = new EventEmitter();
  const got = [];
  lifo.on('removeListener', (n) => got.push('r1:' + n));
  lifo.on('removeListener', (n) => got.push('r2:' + n));
  lifo.on('foo', noop1);
  lifo.removeAllListeners();
  log(got);

  const plain = new EventEmitter();
  plain.on('a', noop1);
  plain.on('b', noop1);
  plain.removeAllListeners('a');
  log(plain.eventNames(), plain._eventsCount);
  plain.removeAllListeners('b');
  log(plain.eventNames(), plain._eventsCount);
  plain._events = undefined;
  log(plain.removeAllListeners() === plain, plain.removeListener('x', noop1) === plain, plain.listeners('x'));
}

log('special event names');
{
  const e = new EventEmitter();
  const h = () => {};
  log(e._events.hasOwnProperty, e._events.toString);
  e.on('__proto__', h);
  e.on('__defineGetter__', h);
  e.on('toString', h);
  e.on(123, h);
  log(e.eventNames(), e.listeners('__proto__').length, e.listenerCount(123), e.listenerCount('123'));
  let got;
  e.on('__proto__', (v) => { got = v; });
  e.emit('__proto__', 7);
  log(got);
}

log('symbols');
{
  const e = new EventEmitter();
  const foo = Symbol('foo');
  const l = () => {};
  e.on(foo, l);
  e.on('bar', l);
  log(e.eventNames(), e.listeners(foo).length);
  e.removeListener(foo, l);
  log(e.eventNames());
}

log('max listeners');
{
  const e = new EventEmitter();
  log(e.setMaxListeners(3) === e, e.getMaxListeners(), e._maxListeners);
  e.setMaxListeners(0);
  log(e.getMaxListeners());
  log(EventEmitter.getMaxListeners(e));
  const before = EventEmitter.defaultMaxListeners;
  EventEmitter.defaultMaxListeners = 5;
  log(new EventEmitter().getMaxListeners(), EventEmitter.getMaxListeners(new EventEmitter()));
  EventEmitter.setMaxListeners(7);
  log(EventEmitter.defaultMaxListeners);
  const t1 = new EventEmitter();
  const t2 = new EventEmitter();
  EventEmitter.setMaxListeners(2, t1, t2);
  log(t1.getMaxListeners(), t2.getMaxListeners(), EventEmitter.defaultMaxListeners);
  EventEmitter.defaultMaxListeners = before;
}

log('static helpers');
{
  const e = new EventEmitter();
  const l = () => {};
  e.on('foo', l);
  e.on('foo', () => {});
  log(EventEmitter.listenerCount(e, 'foo'), EventEmitter.getEventListeners(e, 'foo').length,
      EventEmitter.getEventListeners(e, 'foo')[0] === l);
  log(EventEmitter.listenerCount({ listenerCount: () => 42 }, 'x'));
}

log('inheritance');
{
  class Sub extends EventEmitter {
    constructor() {
      super({ captureRejections: true });
      this.tag = 'sub';
    }
  }
  const s = new Sub();
  let got;
  s.on('x', (v) => { got = v; });
  s.emit('x', 1);
  log(got, s instanceof EventEmitter, Object.keys(s));

  function Legacy() {
    EventEmitter.call(this);
  }
  Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Legacy, EventEmitter);
  const l = new Legacy();
  l.on('y', (v) => { got = v; });
  l.emit('y', 2);
  log(got, Object.keys(l));

  function Shared() {
    EventEmitter.call(this);
  }
  Shared.prototype = new EventEmitter();
  const a = new Shared();
  const b = new Shared();
  a.on('x', () => {});
  log(a.listenerCount('x'), b.listenerCount('x'));

  function Early(cb) {
    this.once(1, cb);
    this.emit(1);
    this.removeAllListeners();
    EventEmitter.call(this);
  }
  Object.setPrototypeOf(Early.prototype, EventEmitter.prototype);
  let early = 0;
  const ee = new Early(() => early++);
  log(early, Object.keys(ee._events));

  const recv = {};
  EventEmitter.prototype.on.call(recv, 'event', () => {});
  EventEmitter.prototype.on.call(recv, 'event', () => {});
  log(Object.keys(recv), recv._eventsCount, EventEmitter.prototype.emit.call({}, 'foo'));
}

log('listenerCount with listener');
{
  const e = new EventEmitter();
  const h = () => {};
  const other = () => {};
  e.once('event', h);
  e.on('event', h);
  e.once('event', other);
  log(e.listenerCount('event'), e.listenerCount('event', h), e.listenerCount('event', other), e.listenerCount('nope', h));
  e.emit('event');
  log(e.listenerCount('event'), e.listenerCount('event', h), e.listenerCount('event', other));
}
