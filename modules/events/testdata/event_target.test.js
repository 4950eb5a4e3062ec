// Event, CustomEvent, EventTarget and NodeEventTarget, as Node exposes
// them (the globals, and NodeEventTarget from internal/event_target).
const { NodeEventTarget } = require('internal/event_target');
const { getEventListeners, setMaxListeners, getMaxListeners } = require('events');

log('Event statics');
for (const prop of ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE']) {
  const d = Object.getOwnPropertyDescriptor(Event, prop);
  log(prop, Event[prop], d.writable, d.configurable, d.enumerable);
}

log('Event');
{
  const ev = new Event('foo', { cancelable: true, bubbles: 1 });
  log(ev.type, ev.cancelable, ev.bubbles, ev.composed, ev.defaultPrevented, ev.returnValue, ev.eventPhase,
      ev.target, ev.currentTarget, ev.srcElement, ev.isTrusted, ev.cancelBubble, typeof ev.timeStamp,
      ev.composedPath(), Object.prototype.toString.call(ev), Object.keys(ev));
  ev.preventDefault();
  log(ev.defaultPrevented, ev.returnValue);
  ev.cancelBubble = true;
  log(ev.cancelBubble);
  const plain = new Event('bar');
  plain.preventDefault();
  log(plain.defaultPrevented, plain.returnValue);
  plain.initEvent('baz', true, true);
  log(plain.type, plain.bubbles, plain.cancelable);
  const numeric = new Event(42);
  log(numeric.type, typeof numeric.type);
  caught('no type', () => new Event());
  caught('bad options', () => new Event('x', 1));
  caught('this', () => Event.prototype.preventDefault.call({}));
  caught('getter this', () => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}));
  log(Object.keys(Event.prototype));
}

log('CustomEvent');
{
  const ce = new CustomEvent('c', { detail: { a: 1 } });
  log(ce.type, ce.detail, ce instanceof Event, Object.prototype.toString.call(ce));
  log(new CustomEvent('d').detail);
  caught('no type', () => new CustomEvent());
  caught('detail this', () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')));
}

log('EventTarget basics');
{
  const et = new EventTarget();
  const calls = [];
  function a(ev) {
    calls.push(['a', ev.type, this === et, ev.target === et, ev.currentTarget === et, ev.eventPhase]);
  }
  const obj = { handleEvent(ev) { calls.push(['obj', ev.type, this === obj]); } };
  et.addEventListener('x', a);
  et.addEventListener('x', a);
  et.addEventListener('x', a, { capture: true });
  et.addEventListener('x', obj);
  et.addEventListener('x', () => calls.push('once'), { once: true });
  const ev = new Event('x');
  log(et.dispatchEvent(ev), ev.eventPhase, ev.currentTarget, ev.target === et);
  et.dispatchEvent(new Event('x'));
  log(calls);
  log(getEventListeners(et, 'x').length, getEventListeners(et, 'y'));
  et.removeEventListener('x', a);
  log(getEventListeners(et, 'x').length);
  et.removeEventListener('x', a, true);
  et.removeEventListener('x', obj);
  log(getEventListeners(et, 'x').length);
  caught('missing args', () => et.addEventListener('x'));
  caught('remove missing args', () => et.removeEventListener('x'));
  caught('bad listener', () => et.addEventListener('x', 5));
  caught('dispatch nothing', () => et.dispatchEvent());
  caught('dispatch plain', () => et.dispatchEvent({ type: 'x' }));
  caught('this', () => EventTarget.prototype.addEventListener.call({}, 'x', () => {}));
  log(Object.keys(EventTarget.prototype), Object.prototype.toString.call(et));
}

log('cancel and stop');
{
  const et = new EventTarget();
  const calls = [];
  et.addEventListener('x', (ev) => {
    calls.push(1);
    ev.preventDefault();
    ev.stopImmediatePropagation();
  });
  et.addEventListener('x', () => calls.push(2));
  log(et.dispatchEvent(new Event('x', { cancelable: true })), et.dispatchEvent(new Event('x')), calls);
}

log('removal and addition during dispatch');
{
  const et = new EventTarget();
  const calls = [];
  function b() { calls.push('b'); }
  et.addEventListener('x', () => {
    calls.push('a');
    et.removeEventListener('x', b);
    et.addEventListener('x', () => calls.push('c'));
  });
  et.addEventListener('x', b);
  et.addEventListener('x', () => calls.push('d'));
  et.dispatchEvent(new Event('x'));
  log(calls);
}

log('recursion');
{
  const et = new EventTarget();
  const ev = new Event('x');
  et.addEventListener('x', () => caught('recursion', () => et.dispatchEvent(ev)));
  et.dispatchEvent(ev);
}

log('signal option');
{
  const et = new EventTarget();
  const ac = new AbortController();
  let n = 0;
  et.addEventListener('x', () => n++, { signal: ac.signal });
  et.dispatchEvent(new Event('x'));
  ac.abort();
  et.dispatchEvent(new Event('x'));
  et.addEventListener('x', () => n++, { signal: ac.signal });
  et.dispatchEvent(new Event('x'));
  log(n, getEventListeners(et, 'x').length);
}

log('max listeners');
{
  const et = new EventTarget();
  process.on('warning', (w) => log('warning', w.name, w.message, w.type, w.count, w.target === et));
  setMaxListeners(2, et);
  log(getMaxListeners(et));
  for (let i = 0; i < 3; i++) et.addEventListener('foo', () => {});
  et.addEventListener('foo', () => {});
}

log('NodeEventTarget');
{
  const net = new NodeEventTarget();
  const got = [];
  function h(v) { got.push(['h', v]); }
  log(net.on('a', h) === net, net.addListener('a', (v) => got.push(['h2', v])) === net);
  net.once('a', (v) => got.push(['once', v]));
  log(net.eventNames(), net.listenerCount('a'), net.getMaxListeners());
  log(net.emit('a', 1), net.emit('a', 2), net.emit('none', 3));
  log(got);
  net.off('a', h);
  log(net.listenerCount('a'));
  net.removeAllListeners('a');
  log(net.listenerCount('a'), net.eventNames());
  net.setMaxListeners(5);
  log(net.getMaxListeners());
  caught('emit bad type', () => net.emit(1));
  caught('this', () => NodeEventTarget.prototype.on.call(new EventTarget(), 'x', h));
}

log('listener throws');
{
  const et = new EventTarget();
  const err = new Error('from listener');
  const calls = [];
  process.once('uncaughtException', (e) => log('uncaught', e === err, calls));
  et.addEventListener('x', () => { throw err; });
  et.addEventListener('x', () => calls.push('second ran'));
  et.dispatchEvent(new Event('x'));
  log('dispatch returned', calls);
}
