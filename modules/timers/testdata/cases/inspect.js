// Timer objects print one level deep, neighbours as [TimersList].
const util = require('util');
const t = setTimeout(() => {}, 10);
const shape = (s) => s.replace(/_idleStart: \d+/, '_idleStart: N').replace(/asyncId\)\]: \d+/, 'asyncId)]: N');
console.log(shape(util.inspect(t)));
console.log(shape(util.inspect({ nested: { t } }, { depth: 4 })));
const im = setImmediate(() => {});
console.log(shape(util.inspect(im)));
clearTimeout(t);
clearImmediate(im);
console.log(shape(util.inspect(t)));
console.log(util.inspect(im).includes('_destroyed: true'));
const list = setTimeout(() => {}, 10)._idlePrev;
console.log(util.inspect(list).replace(/(expiry|id|priorityQueuePosition): -?\d+/g, '$1: N'));
clearTimeout(list._idleNext);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(t)));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(im)));
console.log(Object.getOwnPropertySymbols(Object.getPrototypeOf(t)).length);
