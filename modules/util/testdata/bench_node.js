// The node side of bench_test.go: same values, same calls, ns/op.
//   node modules/util/testdata/bench_node.js
'use strict';
const util = require('util');
globalThis.records = Array.from({ length: 1000 }, (_, i) => ({
  id: i, name: 'record ' + i, tags: ['a', 'b', 'c'], nested: { ok: i % 2 === 0, when: new Date(0) },
}));
globalThis.numbers = Array.from({ length: 10000 }, (_, i) => i * 3);
const benches = [
  ['InspectRecords', 50, () => util.inspect(records, { depth: Infinity, maxArrayLength: Infinity })],
  ['InspectNumbers', 50, () => util.inspect(numbers, { maxArrayLength: Infinity })],
  ['InspectSmallObject', 20000, () => util.inspect({ a: 1, b: 'two', c: [1, 2, 3], d: { e: null } })],
];
for (const [name, n, fn] of benches) {
  for (let i = 0; i < n; i++) fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  console.log(`${name}\t${Math.round(Number(process.hrtime.bigint() - start) / n)} ns/op`);
}
