const dc = require('diagnostics_channel');
const t = dc.tracingChannel('t');
console.log(t, Object.getOwnPropertyNames(Object.getPrototypeOf(t)), t.hasSubscribers, t.start.name, t.asyncEnd.name);
console.log(t.traceSync((a) => a + 1, {}, null, 1));
const show = (m) => {
  const copy = { ...m };
  if (copy.error) copy.error = copy.error.message;
  return copy;
};
const handlers = {
  start(m) { console.log('start', show(m)); },
  end(m) { console.log('end', show(m)); },
  asyncStart(m) { console.log('asyncStart', show(m)); },
  asyncEnd(m) { console.log('asyncEnd', show(m)); },
  error(m) { console.log('error', show(m)); },
};
t.subscribe(handlers);
console.log(t.hasSubscribers);
console.log(t.traceSync(function (a) { return [this, a + 1]; }, { k: 1 }, 'self', 1));
try { t.traceSync(() => { throw new Error('boom'); }, { k: 2 }); } catch (e) { console.log('caught', e.message); }
async function main() {
  console.log('resolved', await t.tracePromise(async (x) => x * 2, { k: 3 }, null, 21));
  try { await t.tracePromise(async () => { throw new Error('rej'); }, { k: 4 }); } catch (e) { console.log('rejected', e.message); }
  console.log('thenable', await t.tracePromise(() => ({ then(r) { r(9); } }), { k: 'thenable' }));
  await new Promise((resolve) => {
    t.traceCallback((a, cb) => setTimeout(() => cb(null, a), 1), 1, { k: 5 }, null, 7, (err, v) => {
      console.log('cb', err, v);
      resolve();
    });
  });
  t.traceCallback((cb) => cb(new Error('cberr')), 0, { k: 6 }, null, (err) => console.log('cb2', err.message));
  t.traceCallback(function (x, cb) { cb(null, [this, x]); }, undefined, undefined, 'me', 1, (e, r) => console.log('cb3', r));
  try { t.traceCallback(() => {}, -1, {}, null, 1); } catch (e) { console.log(e.code, e.message); }
  console.log(t.unsubscribe(handlers), t.unsubscribe({ start() {} }), t.hasSubscribers);
  const chans = {};
  for (const k of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) chans[k] = dc.channel(`own:${k}`);
  const own = dc.tracingChannel(chans);
  console.log(own.start === chans.start);
  dc.subscribe('own:end', (m) => console.log('own end', m));
  console.log(own.traceSync(() => 'v', { own: true }));
}
main();
