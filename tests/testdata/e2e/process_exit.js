process.on('exit', (code) => {
  console.log('exit handler', code);
  setTimeout(() => console.log('never: timers do not run after exit'), 0);
  process.nextTick(() => console.log('never: ticks do not run after exit'));
});
setTimeout(() => {
  console.log('in timer');
  process.exit(5);
  console.log('never: after exit');
}, 1);
setTimeout(() => console.log('never: second timer'), 50);
