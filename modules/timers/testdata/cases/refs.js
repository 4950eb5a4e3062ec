const t = setTimeout(() => console.log('unref timer must not fire'), 5000);
console.log(t.hasRef(), t.unref() === t, t.hasRef(), t.ref().hasRef());
t.unref();
const im = setImmediate(() => console.log('an unref immediate still runs while the loop is alive'));
console.log(im.hasRef(), im.unref() === im, im.hasRef());
const i = setInterval(() => {}, 10).unref();
console.log(i.hasRef());
let n = 0;
const r = setTimeout(() => {
  n++;
  if (n < 3) r.refresh();
  else console.log('refreshed', n, r._destroyed);
}, 1);
console.log(r.refresh() === r);
const c = setTimeout(() => {}, 1);
console.log(c.close() === c, c._destroyed, c._idleTimeout, c._onTimeout);
const done = setImmediate(() => {
  console.log('immediate ran', done._destroyed, done.hasRef());
  done.ref();
  console.log('ref after run', done.hasRef());
});
