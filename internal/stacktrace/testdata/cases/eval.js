// Frames of eval'd code and of functions made by new Function.
function show(e) { console.log(e.stack); }
show(eval('new Error("direct eval")'));
function insideFn() { return eval('new Error("eval in function")'); }
show(insideFn());
show(new Function('return new Error("new Function")')());
show(eval('(function namedInEval() { return new Error("named in eval"); })()'));
Error.prepareStackTrace = (e, cs) => cs.slice(0, 2).map(c => [c.isEval(), c.getEvalOrigin(), c.getFileName(),
  c.getFunctionName(), c.getLineNumber(), c.getColumnNumber(), String(c)].join(' | ')).join('\n');
console.log(eval('new Error("x").stack'));
Error.prepareStackTrace = undefined;
