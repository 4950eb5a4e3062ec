const timers = require('timers');
console.log(Object.keys(timers));
for (const name of ['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate']) {
  console.log(name, timers[name].name, timers[name].length, timers[name] === globalThis[name],
    Object.getOwnPropertyDescriptor(globalThis, name).enumerable);
}
for (const bad of [undefined, null, 1, 'x', {}]) {
  try {
    setTimeout(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try { setImmediate(); } catch (e) { console.log(e.message); }
try { setInterval({}); } catch (e) { console.log(e.message); }
setTimeout(function (a, b, c, d) {
  console.log('args', a, b, c, d, this.constructor.name);
  setImmediate(function (a, b, c) { console.log('immediate args', a, b, c, this.constructor.name); }, 1, 2, 3);
}, 1, 'a', 'b', 'c', 'd');
