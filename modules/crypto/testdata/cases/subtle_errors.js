// crypto.subtle: node's errors for unsupported usages, algorithms and
// missing dictionary members.
'use strict';
const { subtle } = globalThis.crypto;
(async () => {
  const algs = [['RSASSA-PKCS1-v1_5', { modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }], ['RSA-PSS', { modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }], ['ECDSA', { namedCurve: 'P-256' }], ['ECDH', { namedCurve: 'P-256' }], ['Ed25519', {}], ['X25519', {}], ['AES-GCM', { length: 128 }], ['AES-KW', { length: 128 }], ['AES-CTR', { length: 128 }], ['HMAC', { hash: 'SHA-256' }]];
  for (const [name, o] of algs) {
    try { await subtle.generateKey({ name, ...o }, true, ['bogusUsage']); } catch (e) { console.log(name, e.name, e.message); }
    try { await subtle.generateKey({ name, ...o }, true, ['encrypt']); } catch (e) { console.log(name, e.name, e.message); }
  }
  for (const n of ['PBKDF2', 'HKDF']) try { await subtle.importKey('raw', Buffer.alloc(4), n, false, ['sign']); } catch (e) { console.log(n, e.name, e.message); }
  const ed = await subtle.generateKey('Ed25519', true, ['sign', 'verify']);
  { const j = await subtle.exportKey('jwk', ed.publicKey); console.log(Object.keys(j), j.alg, j.crv); }
  const x = await subtle.generateKey('X25519', true, ['deriveBits']);
  { const j = await subtle.exportKey('jwk', x.publicKey); console.log(Object.keys(j), j.key_ops); }
  const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  console.log(Object.keys(await subtle.exportKey('jwk', ec.publicKey)));
  for (const [a, k, d] of [[{ name: 'PBKDF2' }, 'PBKDF2'], [{ name: 'HKDF' }, 'HKDF'], [{ name: 'PBKDF2', hash: 'SHA-1' }, 'PBKDF2'], [{ name: 'ECDH' }, 'ECDH']]) {
    try { const key = k === 'ECDH' ? (await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits'])).privateKey : await subtle.importKey('raw', Buffer.alloc(4), k, false, ['deriveBits']); await subtle.deriveBits(a, key, 8); } catch (e) { console.log(JSON.stringify(a), e.name, e.message); }
  }
  for (const a of [{ name: 'AES-GCM' }, { name: 'AES-CBC' }, { name: 'AES-CTR' }, { name: 'AES-CTR', counter: Buffer.alloc(16) }, { name: 'RSA-PSS' }]) {
    try { await subtle.encrypt(a, await subtle.generateKey({ name: 'AES-GCM', length: 128 }, false, ['encrypt']), Buffer.alloc(1)); } catch (e) { console.log(JSON.stringify(a), e.name, e.message); }
  }
  for (const a of [{ name: 'RSASSA-PKCS1-v1_5' }, { name: 'RSA-OAEP' }, { name: 'HMAC' }]) {
    try { await subtle.generateKey(a, true, ['sign']); } catch (e) { console.log(JSON.stringify(a), e.name, e.message); }
  }
})();
