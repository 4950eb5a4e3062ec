// process.exit() from a nextTick stops pending ticks, promises and timers.
process.on('exit', (code) => console.log('exit', code));
process.nextTick(() => {
  console.log('tick 1');
  process.exit(3);
});
process.nextTick(() => console.log('never: tick 2'));
Promise.resolve().then(() => console.log('never: promise'));
setTimeout(() => console.log('never: timer'), 0);
