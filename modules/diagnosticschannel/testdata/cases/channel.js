const dc = require('diagnostics_channel');
console.log(Object.keys(dc), dc);
const c = dc.channel('x');
console.log(c, Object.keys(c), Object.getOwnPropertyNames(Object.getPrototypeOf(c)), c instanceof dc.Channel, c.hasSubscribers);
const f = (m, n) => console.log('got', m, n);
c.subscribe(f);
console.log(c, c instanceof dc.Channel, c.hasSubscribers, Object.getPrototypeOf(c).constructor.name,
  Object.getPrototypeOf(c) === dc.Channel.prototype, dc.hasSubscribers('x'), dc.hasSubscribers('nope'));
c.publish({ a: 1 });
console.log(c.unsubscribe(f), c.unsubscribe(f), c);
console.log(dc.channel('x') === c, dc.hasSubscribers('x'), dc.unsubscribe('never-made', f));
const errs = [() => dc.channel(1), () => c.subscribe(1), () => dc.subscribe('x', 1), () => dc.tracingChannel(1),
  () => dc.tracingChannel({ start: 1 })];
for (const e of errs) {
  // The message of tracingChannel(1) changed within Node 20; the code did not.
  try { e(); console.log('no throw'); } catch (err) { console.log(err.code, err.message.replace(/TracingChannel or Object/, 'Channel or Object')); }
}
const s = Symbol('s');
console.log(dc.channel(s), dc.channel(s) === dc.channel(s));
const made = new dc.Channel('made');
console.log(dc.channel('made') === made);
// Subscribing during a publish does not affect that publish.
const late = () => console.log('late');
dc.subscribe('p', () => { console.log('first'); dc.subscribe('p', late); });
dc.channel('p').publish(1);
dc.channel('p').publish(2);
// Stores: any object with run(context, fn).
const store = { run(ctx, fn) { console.log('store.run', ctx); return fn(); } };
const z = dc.channel('z');
console.log(z.runStores(5, function (a) { return [this, a]; }, 'th', 1));
z.bindStore(store, (d) => ({ d }));
console.log(z.hasSubscribers, z);
z.subscribe((m) => console.log('published', m));
console.log(z.runStores(5, function (a, b) { return [this, a, b]; }, 'th', 1, 2));
const bare = { run(ctx, fn) { console.log('bare.run', ctx); return fn(); } };
z.bindStore(bare);
console.log(z.runStores(6, () => 'ok'));
console.log(z.unbindStore(store), z.unbindStore(store), z.unbindStore(bare), z.hasSubscribers);
