const { performance, PerformanceObserver } = require('perf_hooks');
console.log(PerformanceObserver.supportedEntryTypes);
const o = new PerformanceObserver((list, ob) => {
  console.log('cb', ob === o, list.getEntries().map((e) => e.name), list.getEntriesByName('x').length,
    list.getEntriesByType('measure').length);
  console.log(list.getEntriesByName('x', 'mark')[0].startTime);
  o.disconnect();
  console.log(o);
});
o.observe({ entryTypes: ['mark', 'measure', 'bogus'] });
console.log(o);
performance.mark('x', { startTime: 3 });
performance.mark('w', { startTime: 1 });
performance.measure('y', { start: 1, end: 2 });
console.log(o.takeRecords().length);
performance.mark('x', { startTime: 4 });
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
try { o.observe({ type: 'mark' }); } catch (e) { console.log(e.name, e.message, e.code); }
for (const opts of [{}, { type: 'mark', entryTypes: ['mark'] }, { entryTypes: 'mark' }, 1]) {
  try { new PerformanceObserver(() => {}).observe(opts); } catch (e) { console.log(e.name, e.message, e.code); }
}
try { new PerformanceObserver(1); } catch (e) { console.log(e.name, e.message, e.code); }
const b = new PerformanceObserver((list) => {
  console.log('buffered', list.getEntries().map((e) => e.name));
  b.disconnect();
});
b.observe({ type: 'mark', buffered: true });
const none = new PerformanceObserver(() => console.log('never'));
none.observe({ type: 'nothing' });
console.log(none);
