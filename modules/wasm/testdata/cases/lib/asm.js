'use strict';
// A tiny WebAssembly binary writer for the cases: sections are given as
// arrays, function bodies as opcode bytes.

const T = { i32: 0x7f, i64: 0x7e, f32: 0x7d, f64: 0x7c, funcref: 0x70, externref: 0x6f };

function uleb(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function sleb(n) {
  n = BigInt(n);
  const out = [];
  for (;;) {
    const b = Number(n & 0x7fn);
    n >>= 7n;
    if ((n === 0n && (b & 0x40) === 0) || (n === -1n && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

const str = (s) => { const b = [...Buffer.from(s)]; return [...uleb(b.length), ...b]; };
const vec = (items) => [...uleb(items.length), ...items.flat()];
const section = (id, body) => [id, ...uleb(body.length), ...body];
const limits = (min, max) => (max === undefined ? [0, ...uleb(min)] : [1, ...uleb(min), ...uleb(max)]);

// build({types: [[params, results]], imports: [[mod, name, kind, desc]],
//   funcs: [[typeIdx, body, locals?]], tables, memory, globals: [[type, mut, init]],
//   exports: [[name, kind, idx]], start, elem: [[offset, [fn…]]], data: [[offset, bytes]],
//   custom: [[name, bytes]]})
function build(m) {
  const out = [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0];
  const kind = { func: 0, table: 1, memory: 2, global: 3 };
  if (m.types) out.push(...section(1, vec(m.types.map(([p, r]) => [0x60, ...vec(p.map((t) => [T[t]])), ...vec(r.map((t) => [T[t]]))]))));
  if (m.imports) {
    out.push(...section(2, vec(m.imports.map(([mod, name, k, d]) => {
      const head = [...str(mod), ...str(name), kind[k]];
      if (k === 'func') return [...head, ...uleb(d)];
      if (k === 'memory') return [...head, ...limits(d[0], d[1])];
      if (k === 'table') return [...head, T[d[0]], ...limits(d[1], d[2])];
      return [...head, T[d[0]], d[1] ? 1 : 0];
    }))));
  }
  if (m.funcs) out.push(...section(3, vec(m.funcs.map(([t]) => uleb(t)))));
  if (m.tables) out.push(...section(4, vec(m.tables.map(([t, min, max]) => [T[t], ...limits(min, max)]))));
  if (m.memory) out.push(...section(5, vec([limits(m.memory[0], m.memory[1])])));
  if (m.globals) out.push(...section(6, vec(m.globals.map(([t, mut, init]) => [T[t], mut ? 1 : 0, ...init, 0x0b]))));
  if (m.exports) out.push(...section(7, vec(m.exports.map(([name, k, i]) => [...str(name), kind[k], ...uleb(i)]))));
  if (m.start !== undefined) out.push(...section(8, uleb(m.start)));
  if (m.elem) out.push(...section(9, vec(m.elem.map(([off, fns]) => [0, 0x41, ...sleb(off), 0x0b, ...vec(fns.map((f) => uleb(f)))]))));
  if (m.funcs) {
    out.push(...section(10, vec(m.funcs.map(([, body, locals = []]) => {
      const b = [...vec(locals.map(([n, t]) => [...uleb(n), T[t]])), ...body, 0x0b];
      return [...uleb(b.length), ...b];
    }))));
  }
  if (m.data) out.push(...section(11, vec(m.data.map(([off, bytes]) => [0, 0x41, ...sleb(off), 0x0b, ...vec(bytes.map((x) => [x]))]))));
  for (const [name, bytes] of m.custom || []) out.push(...section(0, [...str(name), ...bytes]));
  return new Uint8Array(out);
}

// Opcodes used by the cases.
const op = {
  unreachable: 0x00, end: 0x0b, call: 0x10, drop: 0x1a, select: 0x1b, if: 0x04, else: 0x05, return: 0x0f,
  get: 0x20, set: 0x21, gget: 0x23, gset: 0x24,
  i32load: 0x28, i32store: 0x36, i32load8u: 0x2d, i32store8: 0x3a,
  memsize: 0x3f, memgrow: 0x40,
  i32: 0x41, i64: 0x42, f32: 0x43, f64: 0x44,
  i32eqz: 0x45, i32lts: 0x48, i32add: 0x6a, i32sub: 0x6b, i32mul: 0x6c, i32divs: 0x6d,
  i64add: 0x7c, i64mul: 0x7e, f64add: 0xa0,
};

module.exports = { build, op, sleb, uleb, T };
