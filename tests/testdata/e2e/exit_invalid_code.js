// Invalid exit codes throw ERR_INVALID_ARG_TYPE / ERR_OUT_OF_RANGE.
for (const bad of [1.5, {}, true, [], 2n, '1.5', NaN, Infinity]) {
  try {
    process.exit(bad);
  } catch (e) {
    console.log(typeof bad, e.name, e.code, e.message);
  }
}
for (const bad of [0.5, false, {}]) {
  try {
    process.exitCode = bad;
    console.log('accepted', process.exitCode);
  } catch (e) {
    console.log('exitCode', e.code, e.message);
  }
}
process.exitCode = undefined;
console.log('exitCode reset', process.exitCode);
process.exitCode = null;
console.log('exitCode null', process.exitCode);
process.exitCode = '4';
process.on('exit', (c) => console.log('exit with', c));
