'use strict';
// getRandomValues, randomUUID and the shapes of Crypto, CryptoKey and
// SubtleCrypto, with node's errors.
const { crypto: c, Crypto, CryptoKey, SubtleCrypto } = (() => {
  try {
    return require('gorun-webcrypto-test');
  } catch {
    return globalThis;
  }
})();
for (const f of [() => c.getRandomValues(new Float32Array(1)), () => c.getRandomValues(new Uint8Array(65537)), () => c.getRandomValues(), () => c.getRandomValues([1]), () => c.getRandomValues.call({}, new Uint8Array(1)), () => c.getRandomValues(new DataView(new ArrayBuffer(2))), () => c.getRandomValues(new BigInt64Array(1)).length, () => c.getRandomValues(new Uint8Array(65536)).length, () => new Crypto(), () => new CryptoKey(), () => new SubtleCrypto(), () => c.randomUUID.call({}), () => c.getRandomValues(Buffer.alloc(3)).constructor.name]) {
  try { console.log(f()) } catch (e) { console.log(e.name, e.code, e.message) }
}
const u = c.randomUUID(); console.log(u.length, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u));
console.log(c instanceof Crypto, c.subtle instanceof SubtleCrypto, Object.prototype.toString.call(c), Object.prototype.toString.call(c.subtle), Object.keys(Crypto.prototype), Object.getOwnPropertyNames(Crypto.prototype), Object.getOwnPropertyNames(SubtleCrypto.prototype), Object.getOwnPropertyNames(CryptoKey.prototype));
const a = c.getRandomValues(new Uint8Array(16)); console.log(a.some((x) => x !== 0));
console.log(c, c.subtle);
