// Node's error codes and messages for bad arguments and states.
'use strict';
const crypto = require('crypto');
function show(f) {
  try {
    const r = f();
    console.log('ok', r);
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.library, e.reason);
  }
}
show(() => crypto.createHash('nope'));
show(() => crypto.createHash(1));
show(() => crypto.createHash('sha256', { outputLength: 5 }));
show(() => crypto.createHash('shake128', { outputLength: -1 }));
show(() => crypto.createHmac('nope', 'k'));
show(() => crypto.createHmac('sha1', 1));
show(() => crypto.createHmac('sha1'));
show(() => { const h = crypto.createHash('sha1'); h.digest(); h.digest(); });
show(() => { const h = crypto.createHash('sha1'); h.digest(); h.update('x'); });
show(() => { const h = crypto.createHash('sha1'); h.digest(); h.copy(); });
show(() => crypto.createHash('sha1').update(1));
show(() => crypto.createHash('sha1').update('abc', 'hex'));
show(() => crypto.randomBytes('a'));
show(() => crypto.randomBytes(-1));
show(() => crypto.randomBytes(2 ** 31));
show(() => crypto.randomFillSync('x'));
show(() => crypto.randomFillSync(Buffer.alloc(4), 5));
show(() => crypto.randomFillSync(Buffer.alloc(4), 1, 4));
show(() => crypto.randomFillSync(new Uint32Array(4), 1, 4));
show(() => crypto.randomFill(Buffer.alloc(4)));
show(() => crypto.randomInt(5, 1));
show(() => crypto.randomInt(1.5));
show(() => crypto.randomInt(0, 2 ** 48 + 1));
show(() => crypto.randomUUID(1));
show(() => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)));
show(() => crypto.timingSafeEqual('a', Buffer.alloc(2)));
show(() => crypto.pbkdf2Sync('a', 'b', 0, 10, 'sha1'));
show(() => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'));
show(() => crypto.pbkdf2Sync('a', 'b', 1, 10, 'nope'));
show(() => crypto.pbkdf2Sync('a', 'b', 1, 10));
show(() => crypto.pbkdf2Sync(1, 'b', 1, 10, 'sha1'));
show(() => crypto.pbkdf2('a', 'b', 1, 10, 'sha1'));
show(() => crypto.hkdfSync('sha256', 'a', 'b', 'c', 100000));
show(() => crypto.hkdfSync('nope', 'a', 'b', 'c', 10));
show(() => crypto.hkdfSync('sha256', 1, 'b', 'c', 10));
show(() => crypto.hkdfSync('sha256', 'a', 'b', Buffer.alloc(1025), 10));
show(() => crypto.scryptSync('a', 'b', 64, { N: 3 }));
show(() => crypto.scryptSync('a', 'b', 64, { N: 2 ** 20 }));
show(() => crypto.scryptSync('a', 'b', 64, { N: 16, cost: 16 }));
show(() => crypto.scryptSync('a', 'b', -1));
show(() => crypto.setFips(false));
show(() => crypto.getFips());
