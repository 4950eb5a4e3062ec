// DiffieHellman and the MODP groups: primes, checks, agreement, errors.
'use strict';
const c = require('crypto');
function show(f){try{const r=f(); console.log('ok', r)}catch(e){console.log(e.name, e.code, JSON.stringify(e.message))}}
for (const g of ['modp1','modp2','modp5','modp14','modp15','modp16','modp17','modp18']) { const d=c.getDiffieHellman(g); console.log(g, d.getPrime().length, d.getGenerator('hex'), d.verifyError); }
show(()=>c.getDiffieHellman('nope'));
const d1=c.createDiffieHellman(c.getDiffieHellman('modp1').getPrime()); console.log(d1.verifyError, d1.getGenerator('hex'));
const d2=c.createDiffieHellman(Buffer.from('ffffffffffffffc5','hex')); console.log('nonsafe', d2.verifyError);
const d3=c.createDiffieHellman(Buffer.from('0b','hex'), Buffer.from('02','hex')); console.log('11', d3.verifyError);
const d4=c.createDiffieHellman(Buffer.from('0b','hex'), 5); console.log('11g5', d4.verifyError);
show(()=>c.createDiffieHellman('abc'));
show(()=>c.createDiffieHellman(1));
show(()=>c.createDiffieHellman(Buffer.from('0b','hex'), 1));
show(()=>c.createDiffieHellman(Buffer.from('0b','hex'), 0));
show(()=>c.createDiffieHellman(Buffer.from('0b','hex'), 'ab','hex').getGenerator('hex'));
show(()=>c.createDiffieHellman(true));
const a=c.getDiffieHellman('modp14'), b=c.getDiffieHellman('modp14'); a.generateKeys(); b.generateKeys();
console.log(a.getPrivateKey().length <= 29, a.getPublicKey().length, a.computeSecret(b.getPublicKey()).equals(b.computeSecret(a.getPublicKey())));
show(()=>a.computeSecret(Buffer.from([1])));
show(()=>a.computeSecret(Buffer.from([0])));
show(()=>a.computeSecret(a.getPrime()));
show(()=>a.setPublicKey);
show(()=>c.createDiffieHellman(64).getPrime().length);
const x=c.createDiffieHellman(a.getPrime(), a.getGenerator()); x.setPrivateKey(Buffer.from('01','hex')); show(()=>x.getPublicKey('hex').slice(-4));
const y=c.createDiffieHellman(a.getPrime()); show(()=>y.getPublicKey()); show(()=>y.getPrivateKey());
console.log(Object.keys(a), Object.keys(x));
console.log(a instanceof c.DiffieHellmanGroup, x instanceof c.DiffieHellman);
const big = c.createDiffieHellman(512); console.log(big.getPrime().length, big.verifyError, big.getGenerator('hex'));
const b2 = c.createDiffieHellman(big.getPrime(), big.getGenerator()); big.generateKeys(); b2.generateKeys(); console.log(big.computeSecret(b2.getPublicKey()).equals(b2.computeSecret(big.getPublicKey())));
