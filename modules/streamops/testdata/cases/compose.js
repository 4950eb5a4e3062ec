'use strict';
// compose() and Duplex.from().
const { Readable, Writable, Duplex, PassThrough, Transform, compose, pipeline } = require('stream');

const show = (err) => (err ? `${err.name} ${err.code} ${err.message}` : 'ok');
const upper = () => new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });

async function main() {
  // Two transforms composed behave as one duplex.
  const d = compose(upper(), async function* (src) { for await (const c of src) yield `[${c}]`; });
  console.log('compose is Duplex', d instanceof Duplex);
  d.end('abc');
  console.log('compose', (await d.toArray()).map(String));

  // A composed stream inside pipeline.
  const out = [];
  await new Promise((resolve) => pipeline(Readable.from(['x', 'y']),
    compose(upper(), new PassThrough()),
    new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } }), (err) => {
      console.log('in pipeline', show(err), out.join(''));
      resolve();
    }));

  // Errors surface on the composed stream.
  const bad = compose(new Transform({ transform(c, e, cb) { cb(new Error('inner')); } }), new PassThrough());
  await new Promise((resolve) => {
    bad.on('error', (e) => { console.log('compose error', show(e)); resolve(); });
    bad.write('x');
  });

  // Readable head and writable tail.
  const r = compose(Readable.from(['r1', 'r2']), new PassThrough({ objectMode: true }));
  console.log('readable compose', r.readable, r.writable, await r.toArray());

  try { compose(); } catch (e) { console.log('no args', show(e)); }
  try { compose(new Writable(), new PassThrough()); } catch (e) { console.log('not readable', e.code); }
  try { compose(new PassThrough(), Readable.from([])); } catch (e) { console.log('not writable', e.code); }

  // Duplex.from
  const same = new PassThrough();
  console.log('from duplex', Duplex.from(same) === same);
  console.log('from array', await Duplex.from(['a', 'b']).toArray());
  console.log('from promise', await Duplex.from(Promise.resolve('v')).toArray());
  const gen = Duplex.from(async function* (source) {
    for await (const c of source) yield String(c).toUpperCase() + '!';
  });
  gen.end('hi');
  console.log('from async generator', (await gen.toArray()).map(String));
  const got = [];
  const fn = Duplex.from(async function(source) {
    for await (const c of source) got.push(String(c));
  });
  await new Promise((resolve) => fn.end('one', () => { console.log('from async function', got); resolve(); }));
  const pairR = Readable.from(['p']);
  const pairW = new Writable({ write(c, e, cb) { console.log('pair wrote', String(c)); cb(); } });
  const pair = Duplex.from({ readable: pairR, writable: pairW });
  pair.write('w');
  console.log('from pair', await pair.toArray());
  const fromReadable = Duplex.from(Readable.from(['only']));
  console.log('from readable', fromReadable.writable, await fromReadable.toArray());
  for (const body of [42, null, () => 1]) {
    try { Duplex.from(body); } catch (e) { console.log('from bad', show(e)); }
  }
  const rejected = Duplex.from(Promise.reject(new Error('rejected')));
  rejected.on('error', (e) => console.log('from rejected', show(e)));
  rejected.resume();
}
main();
