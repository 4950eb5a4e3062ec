// Prints the milliseconds spent encoding and decoding 1 MiB with each
// Buffer codec (median of several rounds after warm-up), for bench/main.go.
const kind = process.argv[2];
const data = Buffer.alloc(1 << 20);
for (let i = 0; i < data.length; i++) data[i] = (i * 31 + 7) & 0xff;
const text = Buffer.from('héllo wörld — ünïcode ✓ '.repeat(1 << 15));
const cases = {
  base64: () => Buffer.from(data.toString('base64'), 'base64'),
  hex: () => Buffer.from(data.toString('hex'), 'hex'),
  utf8: () => Buffer.from(text.toString('utf8'), 'utf8'),
  concat: () => Buffer.concat([data, data, data, data]),
  indexOf: () => data.indexOf(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8])),
};
const fn = cases[kind];
// Warm-up rounds first, for both runtimes: the first allocations of a
// few MiB fault in fresh pages (and V8 compiles), which is start-up, not
// the codec's rate.
for (let round = 0; round < 3; round++) fn();
const times = [];
for (let round = 0; round < 9; round++) {
  const t0 = process.hrtime.bigint();
  fn();
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);
console.log(times[4]);
