// Errors come back from v8.deserialize as real errors ([object Error]) of
// their class, with the serialized own properties in V8's order.
const v8 = require('v8');
for (const err of [new TypeError('x'), new RangeError('r', { cause: 1 }), Object.assign(new Error('m'), { code: 'E' }), new Error(), new SyntaxError('s')]) {
  const e = v8.deserialize(v8.serialize(err));
  console.log(Object.prototype.toString.call(e), e instanceof Error, e.constructor.name, Object.getOwnPropertyNames(e), e.message, e.cause, e.code, typeof e.stack, e.stack === err.stack);
}
const { port1, port2 } = new MessageChannel();
port2.on('message', (e) => { console.log('port', Object.prototype.toString.call(e), e.message); port2.close(); });
port1.postMessage(new TypeError('via port'));
console.log(structuredClone(new EvalError('sc')) instanceof EvalError);
