const { monitorEventLoopDelay } = require('perf_hooks');
const d = monitorEventLoopDelay({ resolution: 5 });
console.log(d, Object.getOwnPropertyNames(Object.getPrototypeOf(d)));
console.log(d.enable(), d.enable());
for (const o of [{ resolution: 0 }, { resolution: 1.5 }, 'x']) {
  try { monitorEventLoopDelay(o); } catch (e) { console.log(e.code, e.message); }
}
setTimeout(() => {
  console.log(d.disable(), d.disable());
  // Exact delays depend on the machine: check the shape of the numbers only.
  console.log(d.count > 3, d.min > 0, d.max >= d.min, d.mean >= d.min, d.percentile(50) >= d.min, d.stddev >= 0);
  const n = d.count;
  setTimeout(() => console.log(d.count === n), 30);
}, 100);
// An enabled monitor never keeps the process alive.
const idle = monitorEventLoopDelay();
idle.enable();
