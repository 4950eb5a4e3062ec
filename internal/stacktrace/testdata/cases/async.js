// Async stack traces: frames of awaiting callers are marked async.
async function g() { await null; throw new Error('async'); }
async function h() { await g(); }
async function k() { return await h(); }
k().catch(e => console.log(e.stack));
async function sync1() { throw new Error('before any await'); }
async function sync2() { await sync1(); }
sync2().catch(e => console.log(e.stack));
async function p1() { await null; return new Error('created after await'); }
async function p2() { const p = p1(); return await p; }
p2().then(e => console.log(e.stack));
const o = { async m() { await null; throw new Error('async method'); } };
async function callsMethod() { await o.m(); }
callsMethod().catch(e => console.log(e.stack));
async function engineErr() { await null; null.x; }
async function awaitsEngine() { await engineErr(); }
awaitsEngine().catch(e => console.log(e.stack.split('\n').slice(1).join('\n')));
