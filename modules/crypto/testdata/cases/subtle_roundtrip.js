// crypto.subtle round trips: RSA-OAEP, wrapping, ECDH, JWK, PSS.
'use strict';
const { subtle } = globalThis.crypto;
const hex = (ab) => Buffer.from(ab).toString('hex');
async function show(label, p) {
  try { const v = await p; console.log(label, 'ok', v instanceof ArrayBuffer ? v.byteLength : v); }
  catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message)); }
}
(async () => {
  const rsa = await subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
  const ct = await subtle.encrypt({ name: 'RSA-OAEP', label: Buffer.from('l') }, rsa.publicKey, Buffer.from('hi'));
  console.log(ct.byteLength, Buffer.from(await subtle.decrypt({ name: 'RSA-OAEP', label: Buffer.from('l') }, rsa.privateKey, ct)).toString());
  const aes = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  const w = await subtle.wrapKey('raw', aes, rsa.publicKey, { name: 'RSA-OAEP' });
  const u = await subtle.unwrapKey('raw', w, rsa.privateKey, { name: 'RSA-OAEP' }, 'AES-GCM', true, ['encrypt']);
  console.log(hex(await subtle.exportKey('raw', u)) === hex(await subtle.exportKey('raw', aes)), u.algorithm, u.usages);
  const e1 = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits', 'deriveKey']);
  const e2 = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits']);
  const b1 = await subtle.deriveBits({ name: 'ECDH', public: e2.publicKey }, e1.privateKey, 384);
  const b2 = await subtle.deriveBits({ name: 'ECDH', public: e1.publicKey }, e2.privateKey, 384);
  console.log(hex(b1) === hex(b2), b1.byteLength, e1.publicKey.usages, e1.privateKey.usages);
  const dk = await subtle.deriveKey({ name: 'ECDH', public: e2.publicKey }, e1.privateKey, { name: 'HMAC', hash: 'SHA-256', length: 256 }, true, ['sign']);
  console.log(dk.algorithm);
  const jwk = await subtle.exportKey('jwk', e1.privateKey);
  const back = await subtle.importKey('jwk', jwk, { name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits']);
  console.log(back.type, back.algorithm, Object.keys(jwk));
  const spki = await subtle.exportKey('spki', rsa.publicKey);
  const pub2 = await subtle.importKey('spki', spki, { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['encrypt']);
  console.log(pub2.algorithm.modulusLength, pub2.algorithm.publicExponent, pub2.algorithm.hash, pub2.usages);
  const ed = await subtle.generateKey('Ed25519', true, ['sign', 'verify']);
  console.log(ed.publicKey.algorithm, (await subtle.exportKey('raw', ed.publicKey)).byteLength, Object.keys(await subtle.exportKey('jwk', ed.privateKey)));
  const x = await subtle.generateKey({ name: 'X25519' }, true, ['deriveBits']);
  console.log(x.publicKey.usages, x.privateKey.usages);
  const ps = await subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-384' }, false, ['sign', 'verify']);
  const s = await subtle.sign({ name: 'RSA-PSS', saltLength: 32 }, ps.privateKey, Buffer.from('m'));
  console.log(s.byteLength, await subtle.verify({ name: 'RSA-PSS', saltLength: 32 }, ps.publicKey, s, Buffer.from('m')));
  await show('x1', subtle.exportKey('pkcs8', ps.privateKey));
  await show('x2', subtle.exportKey('spki', ps.privateKey));
  await show('x3', subtle.encrypt({ name: 'AES-CBC', iv: Buffer.alloc(15) }, await subtle.generateKey({ name: 'AES-CBC', length: 128 }, false, ['encrypt']), Buffer.alloc(1)));
  await show('x4', subtle.deriveBits({ name: 'ECDH', public: e2.privateKey }, e1.privateKey, 8));
  await show('x5', subtle.importKey('jwk', { kty: 'oct', k: 'AAAA' }, 'AES-GCM', true, ['encrypt']));
  await show('x6', subtle.sign('ECDSA', e1.privateKey, Buffer.alloc(1)));
  await show('x7', subtle.digest('SHA-256'));
  await show('x8', subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['sign']));
})();
