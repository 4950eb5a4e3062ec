const t = setTimeout(() => console.log('must not fire'), 1);
const id = +t;
console.log(typeof id, `${t}` === String(id), t[Symbol.toPrimitive]() === id);
clearTimeout(id);
console.log(t._destroyed, t._onTimeout);
const s = setTimeout(() => console.log('must not fire either'), 1);
clearTimeout(String(+s));
console.log(s._destroyed);
const i = setInterval(() => console.log('interval must not fire'), 1);
clearInterval(`${i}`);
const kept = setTimeout(() => console.log('fired once, then cleared', kept._destroyed), 1);
+kept;
setTimeout(() => { clearTimeout(+kept); console.log('clear after fire is harmless'); }, 5);
for (const v of [null, undefined, 0, {}, 'nope', NaN]) {
  clearTimeout(v);
  clearInterval(v);
}
for (const v of [null, undefined, 0, {}]) clearImmediate(v);
// Node's clearImmediate marks whatever it is given as destroyed, so a
// string makes it throw in its strict code.
try {
  clearImmediate('nope');
} catch (e) {
  console.log(e.name);
}
console.log('done');
