// Duplex destroy fails queued writes and end(); _construct holds writes;
// Symbol.asyncDispose on a Writable.
'use strict';
const { Duplex, Writable } = require('stream');
const d = new Duplex({ read() {}, write(c, e, cb) { setTimeout(cb, 5); } });
d.write('a', (e) => console.log('a cb', e && e.code));
d.write('b', (e) => console.log('b cb', e && e.code));
d.end((e) => console.log('end cb', e && e.code));
d.on('close', () => console.log('close'));
d.destroy();
const w = new Writable({ construct(cb) { setTimeout(cb, 5); }, write(c, e, cb) { console.log('write', String(c)); cb(); } });
w.write('x', () => console.log('x cb'));
w.end(() => console.log('w end cb'));
w.on('finish', () => console.log('w finish'));
(async () => { await new Promise((r) => w.on('finish', () => setTimeout(r, 1))); const x = new Writable({ write(c, e, cb) { cb(); } }); x.write('q'); await x[Symbol.asyncDispose](); console.log('disposed', x.destroyed, x.errored && x.errored.name); })();
