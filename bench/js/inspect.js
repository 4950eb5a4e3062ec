// Prints the milliseconds for util.inspect of 2000 nested records.
const util = require('util');
const rows = [];
for (let i = 0; i < 2000; i++) rows.push({ id: i, name: `row ${i}`, tags: ['a', 'b'], nested: { x: i, y: [i, i + 1] } });
const t0 = process.hrtime.bigint();
util.inspect(rows, { depth: Infinity, maxArrayLength: Infinity });
console.log(Number(process.hrtime.bigint() - t0) / 1e6);
