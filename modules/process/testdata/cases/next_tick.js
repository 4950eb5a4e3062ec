'use strict';
// Tick callbacks run with no receiver and the arguments they were given.
const obj = {};
process.nextTick(function (a, b) { console.log('args', a, b === obj, this); }, 42, obj);
process.nextTick(function () { console.log('no args', arguments.length, this); });
process.nextTick(function (...args) { console.log('many', args.join(), this); }, 1, 2, 3, 4, 5);
process.nextTick(() => console.log('arrow', this === module.exports));
try {
  process.nextTick(42);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
process.on('exit', () => {
  process.nextTick(() => console.log('never: the process is exiting'));
  console.log('exit');
});
