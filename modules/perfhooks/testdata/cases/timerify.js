const { performance, PerformanceObserver, createHistogram } = require('perf_hooks');
function foo(a, b) { return a + b; }
const h = createHistogram();
const f = performance.timerify(foo, { histogram: h });
console.log(f.name, f.length, f(3, 4), performance.timerify(foo) === f, f === performance.timerify(f));
const o = new PerformanceObserver((l) => {
  const e = l.getEntries()[0];
  console.log(e.name, e.entryType, e.detail, Object.keys(e), e.duration >= 0, e.constructor.name);
  console.log(h.count);
  o.disconnect();
});
o.observe({ type: 'function' });
f(4, 5);
class K { constructor(x) { this.x = x; } }
const TK = performance.timerify(K);
console.log(new TK(1));
const af = performance.timerify(async function slow() { return 7; });
af().then((v) => console.log('async', v));
for (const args of [[1], [foo, 1], [foo, { histogram: {} }]]) {
  try { performance.timerify(...args); } catch (e) { console.log(e.code, e.message); }
}
