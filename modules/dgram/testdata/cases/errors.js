'use strict';
// Argument and state errors: node's codes, classes and messages.
const dgram = require('dgram');
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, 'returned', r === undefined ? 'undefined' : typeof r === 'object' ? 'object' : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.syscall || '', e.errno || '');
  }
}
t('bad type', () => dgram.createSocket('udp5'));
t('no type', () => dgram.createSocket());
t('bad lookup', () => dgram.createSocket({ type: 'udp4', lookup: 1 }));
t('bad signal', () => dgram.createSocket({ type: 'udp4', signal: 1 }));
const s = dgram.createSocket('udp4');
t('unbound setTTL', () => s.setTTL(5));
t('unbound setTTL 0', () => s.setTTL(0));
t('unbound setTTL str', () => s.setTTL('5'));
t('unbound setMulticastTTL', () => s.setMulticastTTL(5));
t('unbound setBroadcast', () => s.setBroadcast(true));
t('unbound setMulticastLoopback', () => s.setMulticastLoopback(true));
t('unbound setMulticastInterface', () => s.setMulticastInterface('0.0.0.0'));
t('unbound setMulticastInterface num', () => s.setMulticastInterface(1));
t('unbound address', () => s.address());
t('unbound remoteAddress', () => s.remoteAddress());
t('unbound disconnect', () => s.disconnect());
t('getRecvBufferSize', () => s.getRecvBufferSize());
t('setSendBufferSize -1', () => s.setSendBufferSize(-1));
t('setSendBufferSize 1.5', () => s.setSendBufferSize(1.5));
t('getSendQueueSize', () => s.getSendQueueSize());
t('getSendQueueCount', () => s.getSendQueueCount());
t('addMembership none', () => s.addMembership());
t('addSSM bad source', () => s.addSourceSpecificMembership(1, '232.1.1.1'));
t('addSSM bad group', () => s.addSourceSpecificMembership('1.2.3.4', 1));
t('send number', () => s.send(5, 1234));
t('send object', () => s.send({}, 1234));
t('send bad list', () => s.send(['a', 1], 1234));
t('send port 0', () => s.send('a', 0));
t('send port big', () => s.send('a', 65536));
t('send port str', () => s.send('a', 'x'));
t('send no port', () => s.send('a'));
t('send bad address', () => s.send('a', 1234, 5));
t('send offset oob', () => s.send(Buffer.alloc(2), 3, 1, 1234, '127.0.0.1'));
t('send length oob', () => s.send(Buffer.alloc(2), 1, 2, 1234, '127.0.0.1'));
t('sendto', () => s.sendto());
t('sendto length', () => s.sendto('buffer', 1, 'offset', 'port', 'address', 'cb'));
t('connect port 0', () => s.connect(0));
t('connect bad address', () => s.connect(1234, 5));
t('ref', () => s.ref() === s);
t('unref', () => s.unref() === s);
s.bind(0, '127.0.0.1', () => {
  t('bind again', () => s.bind(0));
  t('setTTL 256', () => s.setTTL(256));
  t('setTTL 64', () => s.setTTL(64));
  t('setMulticastTTL 256', () => s.setMulticastTTL(256));
  t('setMulticastTTL 0', () => s.setMulticastTTL(0));
  t('setMulticastLoopback', () => s.setMulticastLoopback(0));
  t('setBroadcast', () => s.setBroadcast(true));
  t('setMulticastInterface bad', () => s.setMulticastInterface('x'));
  t('setMulticastInterface unknown', () => s.setMulticastInterface('203.0.113.7'));
  t('addMembership bad', () => s.addMembership('256.1.1.1'));
  t('addMembership unicast', () => s.addMembership('1.1.1.1'));
  t('dropMembership not member', () => s.dropMembership('224.0.0.115'));
  t('addSSM', () => s.addSourceSpecificMembership('127.0.0.1', '232.1.1.1'));
  t('addSSM again', () => s.addSourceSpecificMembership('127.0.0.1', '232.1.1.1'));
  t('dropSSM', () => s.dropSourceSpecificMembership('127.0.0.1', '232.1.1.1'));
  t('dropSSM again', () => s.dropSourceSpecificMembership('127.0.0.1', '232.1.1.1'));
  t('addSSM not multicast', () => s.addSourceSpecificMembership('127.0.0.1', '1.1.1.1'));
  t('addSSM bad source', () => s.addSourceSpecificMembership('x', '232.1.1.1'));
  t('remoteAddress', () => s.remoteAddress());
  t('address family', () => s.address().family + ' ' + s.address().address);
  t('setRecvBufferSize', () => s.setRecvBufferSize(10000));
  t('getRecvBufferSize', () => s.getRecvBufferSize());
  t('setSendBufferSize', () => s.setSendBufferSize(10000));
  t('getSendBufferSize', () => s.getSendBufferSize());
  s.close(() => {
    t('closed bind', () => s.bind());
    t('closed close', () => s.close());
    t('closed address', () => s.address());
    t('closed send', () => s.send('a', 1234));
    t('closed addMembership', () => s.addMembership('224.0.0.114'));
    t('closed setMulticastInterface', () => s.setMulticastInterface('0.0.0.0'));
    t('closed ref', () => s.ref() === s);
  });
});
