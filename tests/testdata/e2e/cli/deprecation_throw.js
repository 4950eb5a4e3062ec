// With process.throwDeprecation the warning is thrown on the next tick (after
// earlier warnings were printed), not synchronously from the deprecated call.
const util = require('util');
process.throwDeprecation = true;
const thrower = util.deprecate(function thrower() {}, 'now it throws', 'DEP_THROW');
try {
  thrower();
  console.log('returned normally');
} catch (e) {
  console.log('never: threw synchronously', e.message);
}
process.on('exit', (code) => console.log('exit', code));
