// autoSelectFamily: every looked-up address is tried, families
// alternating, with the attempt events; AggregateError when all fail.
'use strict';
const net = require('net');

const evs = ['lookup', 'connectionAttempt', 'connectionAttemptFailed', 'connectionAttemptTimeout', 'connect', 'ready'];
function watch(name, s) {
  for (const ev of evs) {
    s.on(ev, (...a) => console.log(name, ev, a.map((x) => (x instanceof Error ? `${x.code} ${x.message}`.replace(String(port), 'PORT') : x === port ? 'PORT' : x))));
  }
}
let port;
const seenOptions = [];
const lookup = (list) => (host, opts, cb) => {
  seenOptions.push(opts);
  if (opts.all) cb(null, list);
  else cb(null, list[0].address, list[0].family);
};

const server = net.createServer((c) => c.end('hi')).listen(0, '127.0.0.1', async () => {
  port = server.address().port;
  const run = (name, options) => new Promise((resolve) => {
    const s = net.connect({ port, host: 'example.org', ...options });
    watch(name, s);
    let data = '';
    s.setEncoding('utf8').on('data', (d) => (data += d));
    s.on('error', (e) => {
      console.log(name, 'error', e.constructor.name, e.code, e.message.replace(String(port), 'PORT'), e.errors?.map((x) => x.message.replace(String(port), 'PORT')));
    });
    s.on('close', (hadError) => {
      console.log(name, 'close', hadError, JSON.stringify(data),
        s.autoSelectFamilyAttemptedAddresses?.map((a) => a.replace(String(port), 'PORT')));
      resolve();
    });
  });
  // Alternating families, the first address's family first; duplicates once.
  await run('multi', { lookup: lookup([
    { address: '127.0.0.2', family: 4 }, { address: '127.0.0.2', family: 4 },
    { address: '127.0.0.3', family: 4 }, { address: '127.0.0.1', family: 4 },
  ]), autoSelectFamilyAttemptTimeout: 5000 });
  await run('one', { lookup: lookup([{ address: '127.0.0.1', family: 4 }]) });
  await run('off', { lookup: lookup([{ address: '127.0.0.2', family: 4 }, { address: '127.0.0.1', family: 4 }]), autoSelectFamily: false });
  await run('family4', { lookup: lookup([{ address: '127.0.0.1', family: 4 }]), family: 4 });
  const bad = net.connect({ port, host: '127.0.0.1' });
  bad.on('error', () => {});
  server.close();
  await run('allfail', { lookup: lookup([{ address: '127.0.0.1', family: 4 }, { address: '127.0.0.4', family: 4 }]) });
  await run('invalid', { lookup: lookup([{ address: 'x', family: 4 }]) });
  await run('badfamily', { lookup: lookup([{ address: '1.2.3.4', family: 5 }]) });
  console.log(seenOptions);
  for (const v of [0, -1, 'x', 1.5]) {
    try {
      net.connect({ port: 1, host: 'example.org', autoSelectFamilyAttemptTimeout: v });
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
  try {
    net.connect({ port: 1, autoSelectFamily: 1 });
  } catch (e) {
    console.log(e.code, e.message);
  }
});
