// Ciphers: known answers for each mode, padding, AEAD tags, streams,
// and node's errors.
'use strict';
const crypto = require('crypto');
const key = Buffer.alloc(32, 1);
const iv = Buffer.alloc(16, 2);
const text = 'The quick brown fox jumps over the lazy dog';
for (const alg of ['aes-256-cbc', 'aes-128-cbc', 'aes192', 'aes-256-ctr', 'aes-256-ofb', 'aes-256-cfb',
  'aes-256-cfb8', 'aes-256-ecb', 'aes-128-ecb', 'des-ede3-cbc', 'chacha20']) {
  const info = crypto.getCipherInfo(alg);
  const k = key.subarray(0, info.keyLength);
  const v = info.ivLength ? iv.subarray(0, info.ivLength) : null;
  const c = crypto.createCipheriv(alg, k, v);
  const ct = c.update(text, 'utf8', 'base64') + c.final('base64');
  const d = crypto.createDecipheriv(alg, k, v);
  console.log(alg, ct, d.update(ct, 'base64', 'utf8') + d.final('utf8'));
}
{
  const c = crypto.createCipheriv('aes-128-cbc', key.subarray(0, 16), iv);
  c.setAutoPadding(false);
  console.log(c.update(Buffer.alloc(32)).toString('hex'), c.final().length);
  const d = crypto.createDecipheriv('aes-128-cbc', key.subarray(0, 16), iv);
  const parts = [d.update(Buffer.alloc(16)), d.update(Buffer.alloc(20))];
  console.log(parts.map((p) => p.length));
}
{
  const c = crypto.createCipheriv('aes-256-gcm', key, iv.subarray(0, 12));
  c.setAAD(Buffer.from('header'));
  const ct = Buffer.concat([c.update('secret '), c.update('message'), c.final()]);
  const tag = c.getAuthTag();
  console.log('gcm', ct.toString('hex'), tag.toString('hex'));
  const d = crypto.createDecipheriv('aes-256-gcm', key, iv.subarray(0, 12));
  d.setAAD(Buffer.from('header'));
  d.setAuthTag(tag);
  console.log(d.update(ct, undefined, 'utf8') + d.final('utf8'));
  const bad = crypto.createDecipheriv('aes-256-gcm', key, iv.subarray(0, 12));
  bad.setAuthTag(Buffer.alloc(16));
  bad.update(ct);
  try { bad.final(); } catch (e) { console.log(e.message, e.code); }
}
for (const [ivLen, tagLen] of [[7, 8], [16, 4], [60, 16], [12, 12]]) {
  const c = crypto.createCipheriv('aes-128-gcm', key.subarray(0, 16), Buffer.alloc(ivLen, 9), { authTagLength: tagLen });
  const ct = Buffer.concat([c.update('x'.repeat(40)), c.final()]);
  const tag = c.getAuthTag();
  const d = crypto.createDecipheriv('aes-128-gcm', key.subarray(0, 16), Buffer.alloc(ivLen, 9), { authTagLength: tagLen });
  d.setAuthTag(tag);
  console.log('gcm', ivLen, tagLen, ct.toString('hex'), tag.toString('hex'), Buffer.concat([d.update(ct), d.final()]).toString());
}
{
  const c = crypto.createCipheriv('chacha20-poly1305', key, iv.subarray(0, 12), { authTagLength: 16 });
  c.setAAD(Buffer.from('x'));
  const ct = Buffer.concat([c.update('hello chacha'), c.final()]);
  console.log('chacha20-poly1305', ct.toString('hex'), c.getAuthTag().toString('hex'));
}
{
  const kek = key.subarray(0, 16);
  const w = crypto.createCipheriv('id-aes128-wrap', kek, Buffer.from('A6A6A6A6A6A6A6A6', 'hex'));
  const wrapped = w.update(Buffer.alloc(24, 3));
  w.final();
  const u = crypto.createDecipheriv('id-aes128-wrap', kek, Buffer.from('A6A6A6A6A6A6A6A6', 'hex'));
  console.log('wrap', wrapped.toString('hex'), u.update(wrapped).toString('hex'));
  const wp = crypto.createCipheriv('id-aes256-wrap-pad', key, Buffer.from('A65959A6', 'hex'));
  console.log('wrap-pad', wp.update(Buffer.alloc(5, 3)).toString('hex'), wp.update(Buffer.alloc(13, 4)).toString('hex'));
}
function show(f) {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.library, e.reason);
  }
}
const k16 = Buffer.alloc(16);
const iv16 = Buffer.alloc(16);
show(() => crypto.createCipheriv('nope', k16, iv16));
show(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), iv16));
show(() => crypto.createCipheriv('aes-128-cbc', k16, Buffer.alloc(15)));
show(() => crypto.createCipheriv('aes-128-cbc', k16, null));
show(() => crypto.createCipheriv('aes-128-ecb', k16, iv16));
show(() => crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(0)));
show(() => crypto.createCipheriv('aes-128-gcm', k16, iv16, { authTagLength: 3 }));
show(() => crypto.createCipheriv('aes-128-cbc', 1, iv16));
show(() => crypto.createCipheriv(1, k16, iv16));
show(() => { const d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); d.update(Buffer.alloc(16)); return d.final(); });
show(() => { const d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); d.update(Buffer.alloc(15)); return d.final(); });
show(() => { const d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); return d.final(); });
show(() => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.setAutoPadding(false); c.update(Buffer.alloc(15)); return c.final(); });
show(() => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.final(); return c.update('x'); });
show(() => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.final(); return c.final(); });
show(() => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.final(); return c.setAutoPadding(false); });
show(() => crypto.createCipheriv('aes-128-gcm', k16, iv16).getAuthTag());
show(() => crypto.createCipheriv('aes-128-cbc', k16, iv16).setAAD(Buffer.alloc(2)));
show(() => { const c = crypto.createCipheriv('aes-128-gcm', k16, iv16); c.update('x'); c.setAAD(Buffer.alloc(2)); });
show(() => crypto.createDecipheriv('aes-128-gcm', k16, iv16).setAuthTag(Buffer.alloc(3)));
show(() => crypto.createDecipheriv('aes-128-gcm', k16, iv16, { authTagLength: 16 }).setAuthTag(Buffer.alloc(8)));
show(() => { const d = crypto.createDecipheriv('aes-128-gcm', k16, iv16); d.setAuthTag(Buffer.alloc(16)); d.setAuthTag(Buffer.alloc(16)); });
show(() => typeof crypto.createCipheriv('aes-128-cbc', k16, iv16).setAuthTag);
show(() => crypto.createCipheriv('aes-128-cbc', k16, iv16).update('x', 'utf8', 'bogus'));
show(() => crypto.createCipheriv('aes-128-cbc', k16, iv16).update(1));
show(() => { const d = crypto.createDecipheriv('id-aes128-wrap', k16, Buffer.from('A6A6A6A6A6A6A6A6', 'hex')); return d.update(Buffer.alloc(24)); });
show(() => crypto.getCipherInfo('aes-128-gcm', { ivLength: 8 }));
show(() => crypto.getCipherInfo('aes-128-cbc', { ivLength: 8 }));
show(() => crypto.getCipherInfo('aes-128-cbc', { keyLength: 16 }));
show(() => crypto.getCipherInfo('nope'));
show(() => crypto.getCipherInfo(419));
show(() => crypto.getCipherInfo('id-aes256-wrap'));
show(() => crypto.getCiphers().includes('aes-256-gcm'));
const enc = crypto.createCipheriv('aes-128-ctr', k16, iv16);
const chunks = [];
enc.on('data', (d) => chunks.push(d));
enc.on('end', () => console.log('stream', Buffer.concat(chunks).toString('hex')));
enc.write('hello ');
enc.end('stream');
const dec = crypto.createDecipheriv('aes-128-cbc', k16, iv16);
dec.on('error', (e) => console.log('stream error', e.code));
dec.end(Buffer.alloc(16));
dec.resume();
