const { monitorEventLoopDelay } = require('perf_hooks');
const d = monitorEventLoopDelay({ resolution: 5 });
console.log(d, Object.getOwnPropertyNames(Object.getPrototypeOf(d)));
console.log(d.enable(), d.enable());
for (const o of [{ resolution: 0 }, { resolution: 1.5 }, 'x']) {
  try { monitorEventLoopDelay(o); } catch (e) { console.log(e.code, e.message); }
}
setTimeout(() => {
  console.log(d.disable(), d.disable());
  console.log(d.count > 3, d.min >= 5e6, d.max >= d.min, d.mean >= 5e6, d.percentile(50) >= 5e6, d.stddev >= 0);
  const n = d.count;
  setTimeout(() => console.log(d.count === n), 30);
}, 100);
// An enabled monitor never keeps the process alive.
const idle = monitorEventLoopDelay();
idle.enable();
