// performance.markResourceTiming, PerformanceResourceTiming's getters, and
// the resource buffer: size limit, resourcetimingbufferfull, clearing.
const { performance, PerformanceObserver, PerformanceResourceTiming } = require('perf_hooks');
const info = (startTime, endTime, extra) => ({
  startTime, endTime, finalServiceWorkerStartTime: 1, redirectStartTime: 2, redirectEndTime: 3,
  postRedirectStartTime: 4, finalNetworkRequestStartTime: 5, finalNetworkResponseStartTime: 6,
  encodedBodySize: 10, decodedBodySize: 20, finalConnectionTimingInfo: extra,
});
for (const f of [() => new PerformanceResourceTiming(), () => performance.setResourceTimingBufferSize(),
  () => performance.setResourceTimingBufferSize.call({}, 1), () => performance.clearResourceTimings.call({})]) {
  try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const obs = new PerformanceObserver((list) => {
  console.log('observed', list.getEntries().map((e) => `${e.name}@${e.startTime}`));
  obs.disconnect();
});
obs.observe({ entryTypes: ['resource'] });
const r = performance.markResourceTiming(info(10, 30, { domainLookupStartTime: 7, domainLookupEndTime: 8,
  connectionStartTime: 9, connectionEndTime: 11, secureConnectionStartTime: 12, ALPNNegotiatedProtocol: 'h2' }),
'https://a.example/x', 'fetch', globalThis, '');
console.log(r instanceof PerformanceResourceTiming, Object.prototype.toString.call(r));
console.log(r);
console.log(JSON.stringify(r));
console.log(Object.keys(r), r.cacheMode);
const local = performance.markResourceTiming(info(1, 2, null), 'b', 'other', globalThis, 'local');
console.log(local.transferSize, local.domainLookupStart, local.nextHopProtocol, local.duration);
console.log(performance.getEntries().length, performance.getEntriesByType('resource').length, performance.getEntriesByName('b').length);
performance.clearResourceTimings();
console.log(performance.getEntriesByType('resource').length);
performance.onresourcetimingbufferfull = () => console.log('handler property called');
performance.setResourceTimingBufferSize(1);
let fired = 0;
performance.addEventListener('resourcetimingbufferfull', (e) => {
  fired++;
  console.log('full', e.type, e.constructor.name, performance.getEntriesByType('resource').map((x) => x.startTime));
  if (fired === 1) performance.setResourceTimingBufferSize(3);
});
for (let i = 1; i <= 5; i++) performance.markResourceTiming(info(i, i), `u${i}`, '', globalThis, '');
console.log('sync', performance.getEntriesByType('resource').map((x) => x.startTime));
setImmediate(() => setImmediate(() => {
  console.log('after', fired, performance.getEntriesByType('resource').map((x) => x.startTime));
}));
