// crypto.subtle: known answers, round trips and node's DOMException
// names/messages, with fixed keys so the outputs are node's.
'use strict';
const crypto = require('crypto');
const { subtle } = crypto.webcrypto;
const pems = require('./keys.json');
const hex = (ab) => Buffer.from(ab).toString('hex');
const der = (pem, type) => crypto.createPrivateKey(pem).export({ format: 'der', type: 'pkcs8' });

async function show(label, p) {
  try {
    const v = await p;
    console.log(label, 'ok', v instanceof ArrayBuffer ? hex(v) : v);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}

(async () => {
  console.log(crypto.webcrypto === globalThis.crypto, crypto.subtle === subtle);
  for (const h of ['SHA-1', 'SHA-256', 'sha-384', 'SHA-512']) {
    console.log(h, hex(await subtle.digest(h, Buffer.from('abc'))));
  }
  const raw = Buffer.alloc(32, 7);
  const hmac = await subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  console.log(hmac, hmac.algorithm, hmac.type, hmac.extractable, hmac.usages);
  const sig = await subtle.sign('HMAC', hmac, Buffer.from('data'));
  console.log('hmac', hex(sig), await subtle.verify('HMAC', hmac, sig, Buffer.from('data')),
    await subtle.verify('HMAC', hmac, sig, Buffer.from('datb')));
  console.log(await subtle.exportKey('jwk', hmac), hex(await subtle.exportKey('raw', hmac)));

  const aes = await subtle.importKey('raw', Buffer.alloc(16, 1), 'AES-GCM', true, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
  const iv = Buffer.alloc(12, 2);
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: Buffer.from('aad') }, aes, Buffer.from('secret'));
  console.log('gcm', hex(ct), Buffer.from(await subtle.decrypt({ name: 'AES-GCM', iv, additionalData: Buffer.from('aad') }, aes, ct)).toString());
  await show('gcm-bad', subtle.decrypt({ name: 'AES-GCM', iv }, aes, ct));
  const cbc = await subtle.importKey('raw', Buffer.alloc(32, 3), { name: 'AES-CBC' }, true, ['encrypt', 'decrypt']);
  console.log('cbc', hex(await subtle.encrypt({ name: 'AES-CBC', iv: Buffer.alloc(16) }, cbc, Buffer.from('hello'))));
  const ctr = await subtle.importKey('raw', Buffer.alloc(16, 4), { name: 'AES-CTR' }, true, ['encrypt']);
  console.log('ctr', hex(await subtle.encrypt({ name: 'AES-CTR', counter: Buffer.alloc(16), length: 64 }, ctr, Buffer.from('hello'))));
  console.log(await subtle.exportKey('jwk', cbc));
  const kw = await subtle.importKey('raw', Buffer.alloc(16, 5), 'AES-KW', false, ['wrapKey', 'unwrapKey']);
  const wrapped = await subtle.wrapKey('raw', cbc, kw, 'AES-KW');
  console.log('wrap', hex(wrapped));
  const unwrapped = await subtle.unwrapKey('raw', wrapped, kw, 'AES-KW', 'AES-CBC', true, ['encrypt']);
  console.log(hex(await subtle.exportKey('raw', unwrapped)));

  const pb = await subtle.importKey('raw', Buffer.from('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  console.log('pbkdf2', hex(await subtle.deriveBits({ name: 'PBKDF2', salt: Buffer.from('salt'), iterations: 1000, hash: 'SHA-256' }, pb, 256)));
  const dk = await subtle.deriveKey({ name: 'PBKDF2', salt: Buffer.from('salt'), iterations: 10, hash: 'SHA-1' }, pb,
    { name: 'AES-GCM', length: 128 }, true, ['encrypt']);
  console.log(dk.algorithm, hex(await subtle.exportKey('raw', dk)));
  const hk = await subtle.importKey('raw', Buffer.from('ikm'), 'HKDF', false, ['deriveBits']);
  console.log('hkdf', hex(await subtle.deriveBits({ name: 'HKDF', salt: Buffer.from('s'), info: Buffer.from('i'), hash: 'SHA-512' }, hk, 128)));

  const ecPriv = await subtle.importKey('pkcs8', der(pems.ec), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  const ecPubKO = crypto.createPublicKey(pems.ec);
  const ecPub = await subtle.importKey('spki', ecPubKO.export({ format: 'der', type: 'spki' }), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  const ecSig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, ecPriv, Buffer.from('m'));
  console.log('ecdsa', ecSig.byteLength, await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, ecPub, ecSig, Buffer.from('m')));
  console.log(ecPub.algorithm, hex(await subtle.exportKey('raw', ecPub)) === ecPubKO.export({ format: 'der', type: 'spki' }).subarray(-65).toString('hex'));
  const rsaPriv = await subtle.importKey('pkcs8', der(pems.rsa), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['sign']);
  console.log('rsa', rsaPriv.algorithm, hex(await subtle.sign('RSASSA-PKCS1-v1_5', rsaPriv, Buffer.from('m'))).slice(0, 40));
  console.log(Object.keys(await subtle.exportKey('jwk', rsaPriv)));
  const edPriv = await subtle.importKey('pkcs8', der(pems.ed), 'Ed25519', true, ['sign']);
  console.log('ed25519', hex(await subtle.sign('Ed25519', edPriv, Buffer.from('m'))));
  const x1 = await subtle.importKey('pkcs8', der(pems.x), 'X25519', false, ['deriveBits']);
  const x2pub = await subtle.importKey('spki', crypto.createPublicKey(pems.x2).export({ format: 'der', type: 'spki' }), 'X25519', true, []);
  console.log('x25519', hex(await subtle.deriveBits({ name: 'X25519', public: x2pub }, x1, 256)));

  const gen = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign', 'verify']);
  console.log(gen.publicKey.algorithm, gen.privateKey.usages, gen.publicKey.usages, gen.privateKey.extractable);
  const genH = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, false, ['sign']);
  console.log(genH.algorithm, genH.extractable);

  await show('e1', subtle.importKey('raw', Buffer.alloc(16), { name: 'AES-GCM' }, true, ['sign']));
  await show('e2', subtle.sign('HMAC', aes, Buffer.alloc(1)));
  await show('e3', subtle.importKey('raw', Buffer.alloc(16), { name: 'nope' }, true, ['sign']));
  await show('e4', subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']));
  await show('e5', subtle.importKey('raw', Buffer.alloc(3), 'PBKDF2', true, ['deriveBits']));
  await show('e6', subtle.importKey('raw', Buffer.alloc(15), { name: 'AES-GCM' }, true, ['encrypt']));
  await show('e7', subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, []));
  await show('e8', subtle.digest('nope', Buffer.alloc(1)));
  await show('e9', subtle.importKey('raw', Buffer.alloc(16), { name: 'HMAC' }, true, ['sign']));
  await show('e10', subtle.importKey('bogus', Buffer.alloc(16), 'AES-GCM', true, ['encrypt']));
  await show('e11', subtle.exportKey('raw', pb));
  await show('e12', subtle.importKey('raw', Buffer.alloc(16), { name: 'HMAC', hash: 'SHA-256' }, true, []));
})();
