// structuredClone moves transferred ArrayBuffers (the originals are detached),
// and isAscii/isUtf8 refuse a detached buffer as node does.
for (const f of [() => structuredClone(1, {transfer: [{}]}), () => { const ab = new ArrayBuffer(4); return structuredClone(ab, {transfer: [ab, ab]}) }, () => { const ab = new ArrayBuffer(4); structuredClone(ab, {transfer:[ab]}); return structuredClone(ab, {transfer: [ab]}) }, () => { const ab = new ArrayBuffer(4); structuredClone(ab, {transfer:[ab]}); return structuredClone(ab) }, () => { const u = new Uint8Array([1,2,3]); const c = structuredClone({u, b: u.buffer}, {transfer: [u.buffer]}); return [u.byteLength, u.buffer.byteLength, c.u, c.b === c.u.buffer, c.b.byteLength] }, () => { const ab = new ArrayBuffer(2); return structuredClone(5, {transfer: [ab]}) && ab.byteLength }, () => { const ab = new ArrayBuffer(2); try { structuredClone(() => 1, {transfer: [ab]}) } catch (e) { return [e.name, ab.byteLength] } }, () => structuredClone(new Uint8Array([9, 8]), { transfer: [] })]) { try { console.log("ok", f()) } catch (e) { console.log(e.name, e.message, e.code) } }
const buf = Buffer.from('abc'); const ab = buf.buffer;
try { structuredClone(ab, { transfer: [ab] }); console.log(require('buffer').isAscii(buf)) } catch (e) { console.log(e.code, e.name) }
const ab2 = new ArrayBuffer(8);
structuredClone(ab2, { transfer: [ab2] });
for (const f of [require('buffer').isAscii, require('buffer').isUtf8]) {
  try { f(ab2); } catch (e) { console.log(e.name, e.code, e.message); }
  try { f(new Uint8Array(ab2)); } catch (e) { console.log('view', e.name); }
}
