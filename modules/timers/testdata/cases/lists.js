// Timers of one duration share a list: newest after the head, oldest
// before it, as Node's linked lists.
const a = setTimeout(() => {}, 10);
const b = setTimeout(() => {}, 10);
const c = setTimeout(() => {}, 20);
const L = a._idlePrev === b ? a._idleNext : a._idlePrev;
console.log(L.constructor.name, L.msecs, a._idleNext === L, a._idlePrev === b, b._idleNext === a, b._idlePrev === L);
console.log(L._idleNext === b, L._idlePrev === a, c._idleNext === c._idlePrev, c._idleNext !== L);
console.log(Object.keys(L));
clearTimeout(b);
console.log(b._idleNext, b._idlePrev, a._idleNext === L, a._idlePrev === L, L._idleNext === a);
a.refresh();
console.log(a._idleNext === L, L._idleNext === a);
clearTimeout(a);
clearTimeout(c);
const d = setTimeout(function () {
  console.log('fired', this === d, d._idleNext, d._idlePrev, d._destroyed);
  setImmediate(() => console.log('after', d._destroyed));
}, 1);
const i = setInterval(() => {
  console.log('interval', i._idleNext, i._idlePrev, i._destroyed);
  setImmediate(() => {
    console.log('rearmed', i._idleNext !== null, i._idleNext === i._idlePrev);
    clearInterval(i);
    console.log('cleared', i._destroyed, i._idleNext);
  });
}, 20);
