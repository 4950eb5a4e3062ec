'use strict';
// A worker's output reaches the parent's worker.stdout/stderr streams;
// by default they flow on to the parent's own, with stdout: true they
// are the parent's to read.
const { Worker } = require('worker_threads');

const piped = new Worker(`
  console.log('worker says hi');
  console.error('worker warns');
`, { eval: true });
piped.on('exit', (code) => {
  console.log('piped exit', code, typeof piped.stdout.on);
  const kept = new Worker(`
    console.log('line 1');
    process.stdout.write('line 2\\n');
    console.error('to stderr');
  `, { eval: true, stdout: true, stderr: true });
  let out = '';
  let err = '';
  kept.stdout.setEncoding('utf8');
  kept.stderr.setEncoding('utf8');
  kept.stdout.on('data', (d) => { out += d; });
  kept.stderr.on('data', (d) => { err += d; });
  kept.stdout.on('end', () => console.log('stdout ended'));
  kept.on('exit', (code) => {
    setImmediate(() => {
      console.log('kept', code, JSON.stringify(out), JSON.stringify(err));
      stdin();
    });
  });
});

// stdin: true: worker.stdin feeds the worker's process.stdin.
function stdin() {
  const w = new Worker(`
    let got = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (d) => { got += d; });
    process.stdin.on('end', () => {
      require('worker_threads').parentPort.postMessage(got.toUpperCase());
    });
  `, { eval: true, stdin: true });
  w.on('message', (m) => console.log('worker read', JSON.stringify(m)));
  w.stdin.write('hello ');
  w.stdin.end('stdin');
  w.on('exit', (code) => console.log('stdin worker exit', code, w.stdin !== null));
}
