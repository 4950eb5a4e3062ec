// console.time/timeLog/timeEnd print elapsed times; the digits vary from
// run to run, so this script masks them before they reach stdout.
const write = process.stdout.write;
process.stdout.write = function (chunk, ...rest) {
  const masked = String(chunk).replace(/\d+(\.\d+)?(ms|s|min|h)\b/g, '<elapsed>');
  return write.call(this, masked, ...rest);
};
console.time();
console.timeLog();
console.timeLog('default', 'extra', { data: [1, 2] });
console.timeEnd();
console.time('label');
console.group('grouped');
console.timeLog('label', 'inside group');
console.groupEnd();
setTimeout(() => {
  console.timeEnd('label');
  console.time(42);
  console.timeEnd('42');
  console.log(typeof console.time(), typeof console.timeEnd());
}, 1);
