// err.stack's header line is fixed when the error is created.
const top2 = (s) => s.split('\n').slice(0, 2).join('\n');
const e = new Error('original message');
e.name = 'Renamed';
e.message = 'changed message';
console.log(top2(e.stack));
console.log(String(e));
const multi = new Error('line one\nline two');
console.log(top2(multi.stack).split('\n').length, multi.stack.split('\n')[1]);
class Named extends Error { get name() { return 'GetterName'; } }
console.log(top2(new Named('from getter').stack));
class Proto extends Error {}
Proto.prototype.name = 'ProtoName';
console.log(top2(new Proto('proto name').stack));
const noMsg = new TypeError();
console.log(JSON.stringify(noMsg.stack.split('\n')[0]), JSON.stringify(String(noMsg)));
const objMsg = new Error({ toString() { return 'from toString'; } });
console.log(objMsg.message, objMsg.stack.split('\n')[0]);
const numMsg = new RangeError(404);
console.log(typeof numMsg.message, numMsg.stack.split('\n')[0]);
console.log(Object.getOwnPropertyNames(new Error('x')).sort(), Object.keys(new Error('x')));
console.log(Object.getOwnPropertyNames(new Error('x', { cause: 1 })).sort());
const d = Object.getOwnPropertyDescriptor(new Error('x'), 'stack');
console.log(d.enumerable, d.configurable, typeof d.value === 'string' || typeof d.get === 'function');
console.log(Error('called without new') instanceof Error, TypeError('t').name);
console.log(new Error('a').stack === new Error('a').stack);
console.log(Error.prototype.toString.call({ name: 'N', message: 'M' }), Error.prototype.toString.call({}));
console.log(Error.prototype.name, Error.prototype.message === '', typeof Error.captureStackTrace);
