function show(fn) {
  try {
    const r = fn();
    console.log('ok', Object.keys(r), r.user >= 0, r.system >= 0);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
show(() => process.cpuUsage());
show(() => process.cpuUsage(process.cpuUsage()));
for (const v of [1, {}, { user: 'a' }, { user: null, system: 'c' }, { user: 3, system: 'b' },
  { user: -1, system: 2 }, { user: Infinity, system: 4 }, { user: 3, system: -2 }, 'str', true]) {
  show(() => process.cpuUsage(v));
}
const m = process.memoryUsage();
console.log(Object.keys(m), typeof process.memoryUsage.rss());
console.log(Object.keys(process.resourceUsage()));
