// The performance global (perf_hooks) exists in node 20.
console.log(typeof performance, typeof performance.now(), performance.now() >= 0, typeof performance.timeOrigin);
console.log(typeof performance.mark, typeof PerformanceObserver);
