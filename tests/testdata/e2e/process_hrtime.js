// hrtime, hrtime.bigint and memoryUsage: shapes and invariants, not values.
const t = process.hrtime();
console.log(Array.isArray(t), t.length, Number.isInteger(t[0]), Number.isInteger(t[1]), t[1] < 1e9);
const d = process.hrtime(t);
console.log(d.length, d[0] >= 0, d[1] >= 0, d[0] < 5);
const b1 = process.hrtime.bigint();
const b2 = process.hrtime.bigint();
console.log(typeof b1, b2 >= b1);
try { process.hrtime(1); } catch (e) { console.log(e.code, e.message); }
try { process.hrtime([1]); } catch (e) { console.log(e.code, e.message); }
try { process.hrtime([1, 2, 3]); } catch (e) { console.log(e.code, e.message); }
const m = process.memoryUsage();
console.log(Object.keys(m).sort());
console.log(Object.values(m).every((v) => Number.isInteger(v) && v >= 0), m.rss > 0);
console.log(typeof process.memoryUsage.rss, Number.isInteger(process.memoryUsage.rss()));
const cpu = process.cpuUsage();
console.log(Object.keys(cpu), Number.isInteger(cpu.user), Number.isInteger(cpu.system));
const rel = process.cpuUsage(cpu);
console.log(rel.user >= 0, rel.system >= 0);
const rs = process.resourceUsage();
console.log(typeof rs, typeof rs.maxRSS);
