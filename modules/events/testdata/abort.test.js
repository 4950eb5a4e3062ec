// AbortController, AbortSignal and DOMException, plus events.addAbortListener.
const { addAbortListener } = require('events');
const { aborted } = require('internal/abort_controller');

log('AbortController');
{
  const ac = new AbortController();
  const s = ac.signal;
  log(s.aborted, s.reason, ac.signal === s, Object.prototype.toString.call(ac), Object.prototype.toString.call(s));
  log(s instanceof EventTarget, Object.keys(AbortController.prototype), Object.keys(AbortSignal.prototype));
  const order = [];
  s.onabort = (ev) => order.push(['onabort', ev.type, ev.isTrusted]);
  s.addEventListener('abort', (ev) => order.push(['listener', ev.target === s]));
  log(typeof s.onabort);
  ac.abort();
  ac.abort('again');
  log(order, s.aborted, s.reason instanceof DOMException, s.reason instanceof Error, s.reason.name, s.reason.message,
      s.reason.code, String(s.reason), Object.prototype.toString.call(s.reason));
  caught('throwIfAborted', () => s.throwIfAborted());
  const ac2 = new AbortController();
  ac2.abort('reason');
  log(ac2.signal.reason);
  caught('throwIfAborted value', () => ac2.signal.throwIfAborted());
  new AbortController().signal.throwIfAborted();
  caught('constructor', () => new AbortSignal());
  caught('this', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}));
}

log('onabort ordering');
{
  const ac = new AbortController();
  const order = [];
  ac.signal.addEventListener('abort', () => order.push(1));
  ac.signal.onabort = () => order.push('x');
  ac.signal.addEventListener('abort', () => order.push(2));
  ac.signal.onabort = () => order.push('on');
  ac.signal.onabort = null;
  log(ac.signal.onabort);
  ac.signal.onabort = () => order.push('on2');
  ac.abort();
  log(order);
}

log('AbortSignal statics');
{
  const s = AbortSignal.abort();
  log(s.aborted, s.reason.name, s.reason.message);
  log(AbortSignal.abort(42).reason);
  const a = new AbortController();
  const b = new AbortController();
  const any = AbortSignal.any([a.signal, b.signal]);
  const nested = AbortSignal.any([any]);
  log(any.aborted);
  b.abort('b wins');
  log(any.aborted, any.reason, nested.aborted, nested.reason, a.signal.aborted);
  log(AbortSignal.any([AbortSignal.abort('pre')]).reason, AbortSignal.any([]).aborted);
  caught('any bad', () => AbortSignal.any([1]));
  caught('any not array', () => AbortSignal.any('x'));
  caught('timeout bad', () => AbortSignal.timeout(-1));
  const t = AbortSignal.timeout(10);
  t.addEventListener('abort', () => log('timeout fired', t.reason.name, t.reason.message, t.reason.code));
  const keepAlive = setTimeout(() => log('kept alive'), 20);
  log(typeof keepAlive);
}

log('DOMException');
{
  const e = new DOMException('m', 'AbortError');
  log(e.name, e.message, e.code, String(e), e instanceof Error, Object.getOwnPropertyNames(e).filter((k) => k !== 'stack'));
  const e2 = new DOMException('x', { name: 'TimeoutError', cause: 1 });
  log(e2.name, e2.code, e2.cause);
  const e3 = new DOMException();
  log(e3.name, e3.message, e3.code);
  log(DOMException.ABORT_ERR, DOMException.TIMEOUT_ERR, e.DATA_CLONE_ERR, DOMException.name, DOMException.length);
  log(new DOMException('s', 'SyntaxError').code, new DOMException('u', 'Unknown').code);
}

log('addAbortListener');
{
  const ac = new AbortController();
  let n = 0;
  const d = addAbortListener(ac.signal, () => n++);
  const d2 = addAbortListener(ac.signal, () => n += 10);
  d2[Symbol.dispose || Symbol.for('nodejs.dispose')]();
  ac.abort();
  log(n, typeof d);
  addAbortListener(AbortSignal.abort(), () => log('already aborted listener ran'));
  log('after addAbortListener on aborted signal');
  caught('no signal', () => addAbortListener(undefined, () => {}));
  caught('bad listener', () => addAbortListener(ac.signal, 1));
  caught('bad signal', () => addAbortListener({}, () => {}));
}

log('aborted()');
{
  const ac = new AbortController();
  aborted(ac.signal, {}).then((v) => log('aborted resolved', v.type, v.isTrusted));
  ac.abort();
  aborted(undefined, {}).catch((e) => log('aborted bad', e.code, e.message));
}
