const { createHistogram } = require('perf_hooks');
const h = createHistogram();
console.log(h);
for (const a of [0, -1, 2 ** 53, 1.5, '1', 1n]) {
  try { h.record(a); console.log('ok', a); } catch (e) { console.log(e.code, e.message); }
}
for (const a of [0, -1, 101, 100, 50, '1']) {
  try { console.log(h.percentile(a)); } catch (e) { console.log(e.code, e.message); }
}
console.log(h.count, h.min, h.max, h.minBigInt, h.countBigInt, h.exceeds, h.percentileBigInt(50), h.percentiles);
const proto = Object.getPrototypeOf(h);
console.log(Object.getOwnPropertyNames(proto), Object.getOwnPropertyNames(Object.getPrototypeOf(proto)));
for (const v of [5, 10, 7, 7, 7, 3000, 1000000, 123456789]) h.record(v);
console.log(h, h.percentile(99), h.percentile(0.001), h.percentilesBigInt);
console.log(JSON.stringify(h));
const h2 = createHistogram();
h2.record(1000000);
h.add(h2);
console.log(h.max, h.percentiles);
try { h.add({}); } catch (e) { console.log(e.code, e.message); }
for (const o of [{ lowest: 0 }, { highest: 1 }, { figures: 6 }, 1]) {
  try { createHistogram(o); } catch (e) { console.log(e.code, e.message); }
}
h.reset();
console.log(h, h.toJSON());
