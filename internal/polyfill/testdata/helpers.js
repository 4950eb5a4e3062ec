// Prepended to every case, under node (gen.js) and under goja
// (polyfill_test.go): print(...) writes one line; show(v) renders a value
// with its type, prototype and property attributes, the same way on both.
'use strict';
function show(v, seen = new Set()) {
  switch (typeof v) {
    case 'string': return JSON.stringify(v);
    case 'bigint': return `${v}n`;
    case 'symbol': return v.toString();
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'function': return `[Function ${v.name}/${v.length}]`;
    case 'undefined': return 'undefined';
    case 'boolean': return String(v);
  }
  if (v === null) return 'null';
  if (seen.has(v)) return '[Circular]';
  seen.add(v);
  const proto = Object.getPrototypeOf(v);
  const tag = proto === null ? 'null' : (Object.prototype.hasOwnProperty.call(proto, 'constructor') && proto.constructor.name) || '?';
  const props = (keys) => keys.map((k) => {
    const d = Object.getOwnPropertyDescriptor(v, k);
    const flags = (d.writable ? 'w' : '') + (d.enumerable ? 'e' : '') + (d.configurable ? 'c' : '');
    return `${typeof k === 'symbol' ? k.toString() : k}:${flags}=${'value' in d ? show(d.value, seen) : 'accessor'}`;
  }).join(',');
  let out;
  if (v instanceof Map) out = `{${[...v].map(([k, x]) => `${show(k, seen)}=>${show(x, seen)}`).join(',')}}`;
  else if (v instanceof Set) out = `{${[...v].map((x) => show(x, seen)).join(',')}}`;
  else if (v instanceof Date) out = `(${v.getTime()})`;
  else if (v instanceof RegExp) out = `(${v} lastIndex=${v.lastIndex})`;
  else if (ArrayBuffer.isView(v)) out = `(off=${v.byteOffset} len=${v.byteLength} [${Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)).join(',')}])`;
  else if (v instanceof ArrayBuffer) out = `([${Array.from(new Uint8Array(v)).join(',')}])`;
  else if (v instanceof Error) out = `(${props(Object.getOwnPropertyNames(v).filter((k) => k !== 'stack'))})`;
  else if (Array.isArray(v)) {
    const items = [];
    for (let i = 0; i < v.length; i++) items.push(i in v ? show(v[i], seen) : '<hole>');
    const extra = Reflect.ownKeys(v).filter((k) => k !== 'length' && !(typeof k === 'string' && /^\d+$/.test(k)));
    out = `[${items.join(',')}]${extra.length ? `{${props(extra)}}` : ''}`;
  } else if (typeof v.valueOf === 'function' && v.valueOf() !== v) out = `(${show(v.valueOf(), seen)})`;
  else out = `{${props(Reflect.ownKeys(v))}}`;
  seen.delete(v);
  return tag + out;
}
function desc(obj, key) {
  const d = Object.getOwnPropertyDescriptor(obj, key);
  if (!d) return 'missing';
  const flags = (d.writable ? 'w' : '') + (d.enumerable ? 'e' : '') + (d.configurable ? 'c' : '');
  return `${flags} ${show(d.value)}`;
}
function attempt(f) {
  try { return `ok ${show(f())}`; } catch (e) { return `${e.name}${e.code !== undefined ? `[${e.code}]` : ''}: ${e.message}`; }
}
