// Error.stackTraceLimit bounds the frames; 0 and non-numbers give none.
function depth(n) { return n === 0 ? new Error('deep') : depth(n - 1); }
const frames = (e) => e.stack.split('\n').length - 1;
console.log(Error.stackTraceLimit, frames(depth(20)));
Error.stackTraceLimit = 3;
console.log(frames(depth(20)), depth(20).stack);
Error.stackTraceLimit = 0;
console.log(JSON.stringify(depth(5).stack));
Error.stackTraceLimit = Infinity;
console.log(frames(depth(30)) >= 31);
Error.stackTraceLimit = 'x';
console.log(JSON.stringify(depth(2).stack));
delete Error.stackTraceLimit;
console.log(JSON.stringify(depth(2).stack), 'stackTraceLimit' in Error);
Error.stackTraceLimit = 1;
const o = {};
Error.captureStackTrace(o);
console.log(o.stack.split('\n').length);
Error.stackTraceLimit = 10;
