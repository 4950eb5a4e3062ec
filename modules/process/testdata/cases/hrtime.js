const t = process.hrtime();
console.log(t.length, Number.isInteger(t[0]), t[1] >= 0 && t[1] < 1e9);
const d = process.hrtime(t);
console.log(d.length, d[0] >= 0, d[1] >= 0 && d[1] < 1e9);
const b = process.hrtime.bigint();
console.log(typeof b, process.hrtime.bigint() >= b);
// Both clocks share node's origin (uv_hrtime): they agree to a second.
const s = process.hrtime()[0];
console.log(Number(process.hrtime.bigint() / 1000000000n) - s <= 1);
for (const bad of [1, [1], [1, 2, 3], 'x']) {
  try {
    process.hrtime(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
