'use strict';
// createSocket options: reuseAddr, buffer sizes, lookup, signal, the
// listener argument, subclassing, and Symbol.asyncDispose.
const dgram = require('dgram');
const lookups = [];
const lookup = (host, family, cb) => {
  lookups.push(`${host} ${JSON.stringify(family)}`);
  require('dns').lookup(host, family, cb);
};
class Tagged extends dgram.Socket {
  constructor(opts, listener) { super(opts, listener); this.tag = 'tagged'; }
}
const a = new Tagged({ type: 'udp4', reuseAddr: true, recvBufferSize: 12000, sendBufferSize: 13000, lookup },
  (msg, rinfo) => {
    console.log('listener', String(msg), rinfo.size, a.tag, a instanceof dgram.Socket);
    const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
    b.bind(a.address().port, '127.0.0.1', () => {
      console.log('reuseAddr second bind ok', b.address().port === a.address().port);
      b.close();
      const ac = new AbortController();
      const c = dgram.createSocket({ type: 'udp4', signal: ac.signal });
      c.on('close', () => {
        console.log('aborted socket closed');
        const pre = AbortSignal.abort();
        const d = dgram.createSocket({ type: 'udp4', signal: pre });
        try { d.bind(); } catch (e) { console.log('pre-aborted', e.code); }
        d.on('close', () => console.log('pre-aborted close event'));
        a[Symbol.asyncDispose]().then(() => console.log('disposed', lookups.join(' | ')));
      });
      c.bind(0, '127.0.0.1', () => ac.abort());
    });
  });
a.bind({ port: 0, address: 'localhost' }, () => {
  console.log('recv', a.getRecvBufferSize(), 'send', a.getSendBufferSize());
  a.send('hi', a.address().port);
});
console.log(typeof dgram.Socket, Object.keys(dgram).sort().join());
