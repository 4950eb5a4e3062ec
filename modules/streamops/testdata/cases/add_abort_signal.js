'use strict';
// addAbortSignal and the signal option of the constructors.
const { Readable, Writable, PassThrough, addAbortSignal } = require('stream');

const show = (err) => (err ? `${err.name} ${err.code} ${err.message}` : 'ok');

async function main() {
  const ac = new AbortController();
  const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
  r.on('error', (e) => console.log('error', show(e), 'cause', e.cause && e.cause.name));
  r.on('close', () => console.log('close', r.destroyed));
  ac.abort();
  await new Promise((resolve) => setImmediate(resolve));

  const pre = addAbortSignal(AbortSignal.abort('why'), new PassThrough());
  console.log('pre-aborted destroyed', pre.destroyed);
  pre.on('error', (e) => console.log('pre error', show(e), 'cause', e.cause));
  await new Promise((resolve) => setImmediate(resolve));

  const ac2 = new AbortController();
  const w = new Writable({ write(c, e, cb) { cb(); }, signal: ac2.signal });
  w.on('error', (e) => console.log('option error', show(e)));
  ac2.abort();
  await new Promise((resolve) => setImmediate(resolve));

  // Once the stream is done, aborting does nothing.
  const ac3 = new AbortController();
  const done = addAbortSignal(ac3.signal, Readable.from(['a']));
  await done.toArray();
  ac3.abort();
  console.log('after end', done.destroyed, done.errored);

  for (const args of [[{}, new PassThrough()], [ac.signal, {}], [null, new PassThrough()]]) {
    try { addAbortSignal(...args); } catch (e) { console.log('throws', show(e)); }
  }
  // Anything with an aborted property passes the check.
  const fake = addAbortSignal({ aborted: false, addEventListener() {}, removeEventListener() {} }, new PassThrough());
  console.log('fake signal ok', fake.destroyed);
}
main();
