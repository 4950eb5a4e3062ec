// RSA-PSS keys with restrictions: parameters, details, enforcement.
'use strict';
const c=require('crypto');
for (const o of [{hashAlgorithm:'sha256'},{hashAlgorithm:'sha512',saltLength:3},{mgf1HashAlgorithm:'sha384'},{saltLength:10},{hashAlgorithm:'sha1'},{}]) { const k=c.generateKeyPairSync('rsa-pss',{modulusLength:512,...o}); console.log(JSON.stringify(o), k.publicKey.asymmetricKeyDetails, k.publicKey.export({type:'spki',format:'der'}).toString('hex').split('034b00')[0]); const back=c.createPublicKey(k.publicKey.export({type:'spki',format:'pem'})); console.log(back.asymmetricKeyDetails.saltLength, back.equals(k.publicKey)); }
const k=c.generateKeyPairSync('rsa-pss',{modulusLength:512,hashAlgorithm:'sha256',saltLength:16});
for (const [d,opt] of [['sha256',{}],['sha1',{}],['sha256',{saltLength:8}],['sha256',{saltLength:20}],[null,{}]]) { try { const s=c.sign(d,Buffer.from('x'),{key:k.privateKey,...opt}); console.log(d, JSON.stringify(opt), 'ok', c.verify(d,Buffer.from('x'),{key:k.publicKey,...opt},s)); } catch(e) { console.log(d, JSON.stringify(opt), e.code, e.message) } }
try { c.generateKeyPairSync('rsa-pss',{modulusLength:512,hashAlgorithm:'nope'}) } catch(e) { console.log(e.code, e.message) }
try { c.generateKeyPairSync('rsa-pss',{modulusLength:512,saltLength:-1}) } catch(e) { console.log(e.code, e.message) }
c.generateKeyPair('rsa-pss', {modulusLength:512, hashAlgorithm:'sha384'}, (e, pub, priv) => console.log('async', e, priv.asymmetricKeyDetails.hashAlgorithm));
