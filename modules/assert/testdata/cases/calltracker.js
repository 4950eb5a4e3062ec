'use strict';
const assert = require('assert');

const tracker = new assert.CallTracker();
function foo(a, b) { return a + b; }
const tracked = tracker.calls(foo, 2);
const t2 = tracker.calls();
const t3 = tracker.calls(3);
console.log(tracked(1, 2), t2(), t3.name === '');
console.log(tracker.getCalls(tracked));
const report = tracker.report();
console.log(report.map((r) => [r.message, r.actual, r.expected, r.operator, r.stack instanceof Error]));
try {
  tracker.verify();
} catch (e) {
  console.log(e.message, e.code, Object.keys(e).sort().join());
}
tracker.reset(tracked);
console.log(tracker.getCalls(tracked).length);
tracker.reset();
tracked(1, 1);
tracked(2, 2);
try {
  tracker.verify();
} catch (e) {
  console.log(e.message);
}
const lone = new assert.CallTracker();
lone.calls(function bar() {})();
lone.verify();
const one = new assert.CallTracker();
one.calls(function baz() {}, 2)();
try { one.verify(); } catch (e) { console.log(e.message, e['operator 0']); }
try { tracker.getCalls(foo); } catch (e) { console.log(e.code, e.message); }
try { tracker.calls(foo, -1); } catch (e) { console.log(e.code, e.message); }
