// Error.prepareStackTrace receives the error and CallSite objects, the way
// depd and callsites use it.
function getCallSites() {
  const orig = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, stack) => stack;
  const err = new Error();
  const stack = err.stack;
  Error.prepareStackTrace = orig;
  return stack;
}
function describe(site) {
  return [
    site.getFunctionName(), site.getMethodName(), site.getTypeName(),
    site.getFileName() === __filename ? '<this file>' : site.getFileName(),
    site.getLineNumber(), site.getColumnNumber(),
    site.isNative(), site.isToplevel(), site.isEval(), site.isConstructor(),
    typeof site.getThis(), typeof site.getFunction(), site.getEvalOrigin(),
  ].join(' | ');
}
function outerFn() { return getCallSites(); }
const sites = outerFn();
console.log(Array.isArray(sites), sites.length > 2);
for (const s of sites.slice(0, 3)) console.log(describe(s));
class Widget {
  constructor() { this.sites = getCallSites(); }
  method() { return getCallSites(); }
}
console.log(describe(new Widget().sites[1]));
console.log(describe(new Widget().method()[1]));
console.log(String(sites[1]));
console.log(String(new Widget().sites[1]));
const obj = { m() { return getCallSites(); } };
console.log(describe(obj.m()[1]), '|', String(obj.m()[1]));
Error.prepareStackTrace = (err, frames) => `${err.name}|${err.message}|${frames.length > 0}|${frames[0].getFunctionName()}`;
function named() { return new TypeError('custom prepare'); }
console.log(named().stack);
const e = new Error('lazy');
Error.prepareStackTrace = () => 'changed after creation';
console.log(e.stack);
Error.prepareStackTrace = (err) => ({ notAString: err.message });
console.log(new Error('object result').stack);
Error.prepareStackTrace = undefined;
console.log(new Error('back to default').stack.split('\n')[0]);
const target = {};
Error.prepareStackTrace = (err, f) => `captured ${err === target} ${f.length > 0}`;
Error.captureStackTrace(target);
console.log(target.stack);
delete Error.prepareStackTrace;
