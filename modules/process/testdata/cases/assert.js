// process.assert warns once (DEP0100) and throws ERR_ASSERTION.
function show(fn) {
  try {
    console.log('ok', fn());
  } catch (e) {
    console.log(e.name, e.code, e.message, String(e.stack).split('\n')[0]);
  }
}
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
show(() => process.assert(1, 'error'));
show(() => process.assert(undefined, 'errorMessage'));
show(() => process.assert(false));
