// The way depd finds its caller: temporarily raise stackTraceLimit, set
// prepareStackTrace to return call sites, capture on an object, restore.
function getStack() {
  const limit = Error.stackTraceLimit;
  const obj = {};
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = function prepareObjectStackTrace(o, stack) { return stack; };
  Error.stackTraceLimit = Math.max(10, limit);
  Error.captureStackTrace(obj);
  const stack = obj.stack.slice(1);
  Error.prepareStackTrace = prep;
  Error.stackTraceLimit = limit;
  return stack;
}
function callSiteLocation(callSite) {
  let file = callSite.getFileName() || '<anonymous>';
  const line = callSite.getLineNumber();
  const colm = callSite.getColumnNumber();
  if (callSite.isEval()) file = callSite.getEvalOrigin() + ', ' + file;
  const site = [file.slice(file.lastIndexOf('/') + 1), line, colm];
  site.callSite = callSite;
  site.name = callSite.getFunctionName();
  return site;
}
function depd(namespace) {
  const stack = getStack();
  const site = callSiteLocation(stack[1]);
  const file = site[0];
  return function deprecate(message) {
    const st = getStack();
    const caller = callSiteLocation(st[1]);
    console.log(`${namespace} deprecated ${message} at ${caller[0]}:${caller[1]}:${caller[2]} (module in ${file}, fn ${caller.name})`);
  };
}
const deprecate = depd('my-lib');
function oldApi() { deprecate('oldApi() is old'); }
function userCode() { oldApi(); }
userCode();
const wrapped = { run() { deprecate('from method'); } };
wrapped.run();
console.log(Error.stackTraceLimit, typeof deprecate);
