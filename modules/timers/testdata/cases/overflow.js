// Out-of-range delays run after 1 ms; too large ones warn.
const delays = [2 ** 31, -5, NaN, '7', 1.7, undefined, null, Infinity, 0];
for (const d of delays) {
  const t = setTimeout(() => {}, d);
  console.log(String(d), t._idleTimeout);
  clearTimeout(t);
}
const i = setInterval(() => {}, 0);
console.log(i._idleTimeout, i._repeat);
clearInterval(i);
