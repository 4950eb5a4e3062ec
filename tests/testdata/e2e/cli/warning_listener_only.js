// A 'warning' listener does not stop the default stderr output; removing
// all listeners does not either.
process.on('warning', () => console.log('listener saw it'));
process.emitWarning('printed and seen');
process.nextTick(() => {
  process.removeAllListeners('warning');
  process.emitWarning('printed, not seen');
});
