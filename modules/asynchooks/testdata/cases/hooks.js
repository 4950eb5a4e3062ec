// createHook sees AsyncResources: init with type, trigger id and resource,
// before/after around runInAsyncScope (where executionAsyncId is the
// resource's), destroy after emitDestroy; validation as Node's.
const { createHook, executionAsyncId, triggerAsyncId, executionAsyncResource, AsyncResource } = require('async_hooks');
const log = [];
const tracked = new Set();
const hook = createHook({
  init(id, type, trigger, resource) {
    if (type !== 'Mine') return;
    tracked.add(id);
    log.push(['init', type, trigger === executionAsyncId(), resource instanceof AsyncResource]);
  },
  before(id) { if (tracked.has(id)) log.push(['before', executionAsyncId() === id]); },
  after(id) { if (tracked.has(id)) log.push(['after']); },
  destroy(id) { if (tracked.has(id)) log.push(['destroy']); },
});
console.log(hook.enable() === hook, typeof executionAsyncId(), triggerAsyncId());
const r = new AsyncResource('Mine');
console.log(r.triggerAsyncId() === executionAsyncId(), r.asyncId() > executionAsyncId());
const inner = r.runInAsyncScope(function(a, b) {
  const nested = new AsyncResource('Mine');
  return [this.x, a + b, executionAsyncId() === r.asyncId(), triggerAsyncId() === r.triggerAsyncId(),
    executionAsyncResource() === r, nested.triggerAsyncId() === r.asyncId()];
}, { x: 1 }, 2, 3);
console.log(inner);
r.emitDestroy();
console.log(log.map((e) => e.join(' ')));
setImmediate(() => {
  console.log(log.map((e) => e.join(' ')));
  hook.disable();
  new AsyncResource('Mine');
  console.log(log.length);
});
for (const bad of [{ init: 1 }, { before: 'x' }, { after: {} }, { destroy: null }, { promiseResolve: 2 }]) {
  try { createHook(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { new AsyncResource(''); } catch (e) { console.log(e.code, e.message); }
const h2 = createHook({ before(id) { if (id === r2.asyncId()) console.log('before2'); }, after(id) { if (id === r2.asyncId()) console.log('after2', executionAsyncId() === id); } }).enable();
const r2 = new AsyncResource('Other');
try { r2.runInAsyncScope(() => { throw new Error('boom'); }); } catch (e) { console.log(e.message, executionAsyncId()); }
h2.disable();
