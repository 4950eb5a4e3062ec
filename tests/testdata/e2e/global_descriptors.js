// Node defines some globals as data properties and others as accessors
// that turn into data properties on first read; reflection shows which.
'use strict';
const names = ['console', 'setTimeout', 'setImmediate', 'clearInterval', 'URL', 'URLSearchParams',
  'Event', 'EventTarget', 'CustomEvent', 'SharedArrayBuffer', 'Intl', 'queueMicrotask',
  'structuredClone', 'Buffer', 'TextEncoder', 'AbortController', 'Blob', 'atob', 'process',
  'performance', 'crypto', 'ReadableStream', 'MessageChannel', 'Uint8Array', 'ArrayBuffer'];
const shape = (name) => {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  if (d === undefined) return `${name}: missing`;
  const kind = 'value' in d ? `data${d.writable ? ' writable' : ''}` : 'accessor';
  return `${name}: ${kind}${d.enumerable ? ' enumerable' : ''}${d.configurable ? ' configurable' : ''}`;
};
for (const name of names) console.log(shape(name));
console.log(Object.getOwnPropertyDescriptor(globalThis, 'URL').value === URL,
  Reflect.getOwnPropertyDescriptor(globalThis, 'URLSearchParams').value === require('url').URLSearchParams);
// After a read, node's accessors have become data properties.
for (const name of ['TextEncoder', 'Blob', 'atob']) void globalThis[name];
for (const name of ['TextEncoder', 'Blob', 'atob']) console.log(shape(name));
const all = Object.getOwnPropertyDescriptors(globalThis);
console.log('value' in all.setInterval, 'value' in all.EventTarget, 'GoError' in globalThis);
