// The lazily loaded operators on Readable.prototype keep node's declared
// arity and names (the iterator-helper tests check .length).
const { Readable } = require('stream');
for (const k of ['map', 'filter', 'forEach', 'toArray', 'some', 'every', 'find', 'reduce',
  'flatMap', 'drop', 'take', 'compose']) {
  const d = Object.getOwnPropertyDescriptor(Readable.prototype, k);
  console.log(k, d.value.length, d.value.name, d.enumerable, d.writable, d.configurable);
}
Readable.from([1, 2, 3, 4]).drop(1).take(2).toArray().then((a) => console.log(a));
