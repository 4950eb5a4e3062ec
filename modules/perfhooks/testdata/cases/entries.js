const { performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, Performance } = require('perf_hooks');
const t = performance.now();
console.log(typeof t, t > 0, t < 10000, performance.timeOrigin > 1.6e12, Math.abs(performance.timeOrigin + t - Date.now()) < 1000);
const m = performance.mark('a', { startTime: 10, detail: { x: 1 } });
console.log(m, m instanceof PerformanceEntry, Object.keys(m));
performance.mark('b', { startTime: 5 });
console.log(performance.measure('ab', 'b', 'a'));
console.log(performance.measure('opts', { start: 'b', duration: 2, detail: [1] }));
console.log(performance.measure('num', { start: 1, end: 4 }));
console.log(performance.measure('end', { end: 'a' }).duration);
console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}:${e.startTime}`));
console.log(performance.getEntriesByName('a'), performance.getEntriesByType('measure').length);
console.log(performance.getEntriesByName('a', 'measure'));
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMeasures();
console.log(performance.getEntries().length);
const errs = [
  () => performance.measure('q', 'nomark'),
  () => performance.measure('q', { start: 'b' }, 'b'),
  () => performance.measure('q', { start: 1, end: 2, duration: 3 }),
  () => performance.mark(),
  () => performance.measure(),
  () => performance.getEntriesByName(),
  () => performance.mark('a', { startTime: -1 }),
  () => performance.mark('a', 3),
  () => new PerformanceEntry(),
  () => new PerformanceMeasure(),
  () => new Performance(),
  () => performance.measure('q', -1),
];
for (const f of errs) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(new PerformanceMark('z', { startTime: 5 }).toJSON(), new PerformanceMark('z').startTime > 0);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(performance)));
console.log(Object.getPrototypeOf(Performance.prototype) === EventTarget.prototype);
console.log(performance.eventLoopUtilization(), performance.nodeTiming.loopStart);
const j = performance.toJSON();
console.log(Object.keys(j), Object.keys(j.nodeTiming));
setTimeout(() => {
  console.log(performance.nodeTiming.loopStart > 0);
  const u = performance.eventLoopUtilization();
  console.log(Object.keys(u), u.active > 0, u.utilization > 0 && u.utilization <= 1);
}, 5);
const { now } = performance;
try { now(); } catch (e) { console.log(e.code, e.message); }
try { performance.getEntries.call({}); } catch (e) { console.log(e.code, e.message); }
console.log(Object.prototype.toString.call(performance), String(performance.mark('q')));
console.log(Object.getOwnPropertyDescriptor(PerformanceMark.prototype, Symbol.toStringTag));
console.log(Object.getOwnPropertyDescriptor(PerformanceEntry.prototype, 'name').enumerable);
const detail = { nested: [1, { d: new Date(0) }], m: new Map([[1, 2]]) };
const withDetail = performance.mark('d', { detail });
console.log(withDetail.detail, withDetail.detail !== detail, withDetail.detail.nested !== detail.nested);
try { performance.mark('f', { detail: () => {} }); } catch (e) { console.log(e.name, e.code); }
