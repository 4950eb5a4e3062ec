// Transfer lists: ArrayBuffers move (the sender's is detached), and
// node's errors for bad lists.
'use strict';
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const ab = new ArrayBuffer(4);
new Uint8Array(ab)[0] = 9;
port2.once('message', (m) => {
  console.log('received', m.byteLength, new Uint8Array(m)[0], 'sender now', ab.byteLength);
  port2.close();
});
port1.postMessage(ab, [ab]);
const ab2 = new ArrayBuffer(2);
for (const f of [
  () => port1.postMessage(ab2, [ab2, ab2]),
  () => port1.postMessage(1, [{}]),
  () => port1.postMessage(1, [new Uint8Array(2)]),
  () => port1.postMessage(5, 0),
  () => port1.postMessage(5, 'X'),
  () => port1.postMessage(5, { transfer: null }),
  () => port1.postMessage(5, { transfer: { [Symbol.iterator]() { return {}; } } }),
]) {
  try {
    f();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const t of [null, undefined, [], {}, { transfer: undefined }, { transfer: [] }]) port1.postMessage(0, t);
console.log(Object.getOwnPropertyNames(port1.constructor.prototype).sort());
try {
  port1.constructor();
} catch (e) {
  console.log(e.name, e.code);
}
try {
  MessageChannel();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
