// net.BlockList and net.SocketAddress: rules of both families, mapped
// IPv4 addresses, ranges, subnets on non-byte prefixes, validation.
'use strict';
const { BlockList, SocketAddress } = require('net');
const util = require('util');
const t = (f) => {
  try { return f(); } catch (e) { return `${e.name} ${e.code}: ${e.message}`; }
};

const b = new BlockList();
b.addAddress('1.1.1.1');
b.addAddress('1.1.1.1');
b.addAddress('8592:757c:efae:4e45:fb5d:d62a:0d00:8e17', 'ipv6');
b.addAddress('::ffff:1.1.1.2', 'IPv6');
b.addRange('10.0.0.1', '10.0.0.10');
b.addRange('::1', '::f', 'ipv6');
b.addSubnet('8592:757c:efae:4e45::', 64, 'IpV6');
b.addSubnet('10.1.0.0', 16);
b.addSubnet('192.168.0.0', 27);
b.addSubnet('8592:757c:efaf::', 51, 'ipv6');
b.addSubnet('::ffff:10.2.0.0', 112, 'ipv6');
console.log(b.rules);
console.log(util.inspect(b), util.inspect(b, { depth: -1 }), util.inspect({ a: { b } }, { depth: 1 }));
for (const [a, f] of [
  ['1.1.1.1'], ['1.1.1.1', 'ipv6'], ['::ffff:1.1.1.1', 'ipv6'], ['::ffff:1.1.1.1', 'IPV6'], ['1.1.1.2'],
  ['1.2.3.4'], ['::1', 'ipv6'], ['::10', 'ipv6'], ['::0', 'ipv6'], ['10.0.0.0'], ['10.0.0.5'], ['10.0.0.11'],
  ['::ffff:0a00:0002', 'ipv6'], ['::ffff:c0a8:0003', 'ipv6'], ['10.1.255.255'], ['10.2.3.4'], ['::ffff:10.1.3.4', 'ipv6'],
  ['192.168.0.31'], ['192.168.0.32'], ['8592:757c:efaf:1fff:ffff:ffff:ffff:ffff', 'ipv6'],
  ['8592:757c:efaf:2fff:ffff:ffff:ffff:ffff', 'ipv6'], ['8592:757c:efae:4e45::f', 'ipv6'],
  ['8592:757c:efae:4f45::f', 'ipv6'], ['x'], ['1.1.1.1', 'foo'], ['1.1.1.01'], ['fe80::1%eth0', 'ipv6'],
]) {
  console.log(a, f, t(() => b.check(a, f)));
}

const w = new BlockList();
w.addSubnet('::', 8, 'ipv6');
w.addSubnet('::ffff:0:0', 96, 'ipv6');
console.log(w.check('0.1.2.3'), w.check('99.1.2.3'), w.check('00ff::1', 'ipv6'), w.check('100::1', 'ipv6'));
const v4 = new BlockList();
v4.addSubnet('1.2.0.0', 16);
console.log(v4.check('::ffff:1.2.3.4', 'ipv6'), v4.check('::1.2.3.4', 'ipv6'), v4.check('1.3.0.0'));

const all = new BlockList();
all.addSubnet('0.0.0.0', 0);
console.log(all.check('255.255.255.255'), all.check('::ffff:1.2.3.4', 'ipv6'), all.check('::1', 'ipv6'));

// Validation.
const v = new BlockList();
console.log(t(() => v.addAddress('1.1.1.1', 'foo')), t(() => v.addAddress(1)), t(() => v.addAddress('1.1.1.1', null)));
for (const i of [1, [], {}, null, 1n, undefined]) {
  console.log(t(() => v.addRange(i)), t(() => v.addRange('1.1.1.1', i)), t(() => v.check(i)));
}
console.log(t(() => v.addRange('1.1.1.2', '1.1.1.1')), t(() => v.addRange('1.1.1.1', '1.1.1.2', 'foo')));
console.log(t(() => v.addSubnet(1)), t(() => v.addSubnet('1.1.1.1', '')), t(() => v.addSubnet('1.1.1.1', NaN)),
  t(() => v.addSubnet('', 1, 1)), t(() => v.addSubnet('', 1, '')), t(() => v.addSubnet('1.1.1.1', 33)),
  t(() => v.addSubnet('1.1.1.1', -1)), t(() => v.addSubnet('::', 129, 'ipv6')), t(() => v.addSubnet('1.1.1.1', 1.5)));
console.log(t(() => v.check('', 1)), v.rules);

// SocketAddress.
const s = new SocketAddress();
console.log(s, s.toJSON(), JSON.stringify(s), util.inspect(s, { depth: -1 }), Object.keys(s));
console.log(s.address, s.port, s.family, s.flowlabel);
console.log(new SocketAddress({ address: '::', family: 'IPV6', port: 80, flowlabel: 5 }));
console.log(new SocketAddress({ family: 'ipv6' }), new SocketAddress({ address: '1.2.3.4', port: 443, flowlabel: 7 }));
for (const a of ['0000:0::1', '::ffff:1.2.3.4', '::1.2.3.4', '::0.0.1.2', '2001:0db8:0000:0000:0000:ff00:0042:8329', 'FE80::A']) {
  console.log(a, new SocketAddress({ address: a, family: 'ipv6' }).address);
}
console.log(t(() => new SocketAddress(1)), t(() => new SocketAddress(null)), t(() => new SocketAddress({ family: 'x' })),
  t(() => new SocketAddress({ port: -1 })), t(() => new SocketAddress({ port: 65536 })), t(() => new SocketAddress({ flowlabel: -1 })),
  t(() => new SocketAddress({ address: 1 })), t(() => new SocketAddress({ family: 4 })));
console.log(SocketAddress.isSocketAddress(s), SocketAddress.isSocketAddress({}), SocketAddress.isSocketAddress(),
  SocketAddress.isSocketAddress(null));

// SocketAddress arguments in BlockList.
const sb = new BlockList();
const sa1 = new SocketAddress({ address: '1.1.1.0' });
const sa2 = new SocketAddress({ address: '::ffff:1.1.1.9', family: 'ipv6' });
const sa6 = new SocketAddress({ address: '8592:757c:efae:4e45:fb5d:d62a:0d00:8e17', family: 'ipv6' });
sb.addSubnet(sa1, 24);
sb.addRange(sa1, sa2);
sb.addAddress(sa6);
console.log(sb.rules, sb.check(new SocketAddress({ address: '1.1.1.200' })), sb.check(new SocketAddress({ address: '1.1.2.2' }), 'ipv6'),
  sb.check(sa6), sb.check(sa6.address, 'ipv6'), sb.check(sa6.address));
console.log(t(() => sb.addSubnet(sa1, 40)), t(() => sb.addSubnet(sa6, 129)), t(() => sb.addSubnet(sa1, '1')));
