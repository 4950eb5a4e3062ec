// util.deprecate warns once per code, with the code in the message, and
// process.noDeprecation silences it from then on.
const util = require('util');
process.on('warning', (w) => console.log('event', w.name, w.code, w.message));
const oldA = util.deprecate(() => 'a result', 'oldA() is deprecated. Use newA()', 'DEP_A');
const oldB = util.deprecate(function oldB(x) { return x * 2; }, 'oldB() is deprecated');
console.log(oldA(), oldA(), oldB(2), oldB(3));
const sameCode = util.deprecate(() => 'same code', 'another message, same code', 'DEP_A');
console.log(sameCode());
class Legacy {}
const Dep = util.deprecate(Legacy, 'Legacy is deprecated', 'DEP_CLASS');
console.log(new Dep() instanceof Legacy);
setTimeout(() => {
  process.noDeprecation = true;
  util.deprecate(() => {}, 'silenced', 'DEP_SILENT')();
  process.emitWarning('silenced too', 'DeprecationWarning');
  process.emitWarning('but not this', 'OtherWarning');
}, 1);
