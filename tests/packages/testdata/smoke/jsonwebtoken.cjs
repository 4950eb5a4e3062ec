// jsonwebtoken: HMAC, RSA (PKCS#1 v1.5 and PSS) and ECDSA tokens, errors.
const jwt = require('jsonwebtoken');
const crypto = require('crypto');

const secret = 'shh';
const t = jwt.sign({ sub: 'u1', admin: true }, secret, { algorithm: 'HS256', noTimestamp: true });
console.log(t);
console.log(jwt.verify(t, secret));
console.log(jwt.decode(t, { complete: true }));
for (const bad of [() => jwt.verify(t, 'wrong'), () => jwt.verify(jwt.sign({ a: 1 }, secret, { expiresIn: -10 }), secret),
  () => jwt.verify('not.a.token', secret), () => jwt.verify(t, secret, { algorithms: ['RS256'] })]) {
  try { bad(); } catch (e) { console.log(e.name, e.message); }
}
const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
for (const alg of ['RS256', 'RS512', 'PS256']) {
  const s = jwt.sign({ x: alg }, rsa.privateKey, { algorithm: alg, noTimestamp: true });
  console.log(alg, jwt.verify(s, rsa.publicKey).x, jwt.decode(s, { complete: true }).header);
}
const pem = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' });
console.log('pem key', jwt.verify(jwt.sign({ p: 1 }, pem, { algorithm: 'RS256' }), rsa.publicKey.export({ type: 'spki', format: 'pem' })).p);
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const es = jwt.sign({ y: 1 }, ec.privateKey, { algorithm: 'ES256', noTimestamp: true });
console.log('ES256', jwt.verify(es, ec.publicKey), es.split('.')[2].length);
