import pLimit from 'p-limit';
const limit = pLimit(2);
let running = 0, peak = 0;
const order = [];
const task = (i) => limit(async () => {
  running++; peak = Math.max(peak, running);
  // delays far apart, so the completion order survives a loaded machine
  await new Promise((r) => setTimeout(r, [200, 10, 20, 10, 30][i]));
  order.push(i); running--;
  return i * 10;
});
const results = await Promise.all([0, 1, 2, 3, 4].map(task));
console.log(results, peak, order);
console.log(limit.activeCount, limit.pendingCount, limit.concurrency);
limit.concurrency = 3;
console.log(limit.concurrency);
try { pLimit(0); } catch (e) { console.log(e.name, e.message); }
