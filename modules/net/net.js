'use strict';
// node:net — the address checks. Sockets and servers are not implemented:
// every constructor and factory that would make one throws
// ERR_NOT_IMPLEMENTED, so a program learns it at the call, not later.

const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function isIP(input) {
  return typeof input === 'string' ? binding.ipFamily(input) : 0;
}
function isIPv4(input) {
  return isIP(input) === 4;
}
function isIPv6(input) {
  return isIP(input) === 6;
}

function notImplemented(name) {
  return { [name]() { throw new ERR_NOT_IMPLEMENTED(`net.${name}`); } }[name];
}

// Classes, so `x instanceof net.Socket` works (and is false); constructing
// one throws.
class Socket extends require('stream').Duplex {
  constructor() {
    throw new ERR_NOT_IMPLEMENTED('net.Socket');
    super(); // eslint-disable-line no-unreachable
  }
}
class Server extends require('events') {
  constructor() {
    throw new ERR_NOT_IMPLEMENTED('net.Server');
    super(); // eslint-disable-line no-unreachable
  }
}
class BlockList {
  constructor() { throw new ERR_NOT_IMPLEMENTED('net.BlockList'); }
}
class SocketAddress {
  constructor() { throw new ERR_NOT_IMPLEMENTED('net.SocketAddress'); }
}

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

module.exports = {
  BlockList,
  Server,
  Socket,
  SocketAddress,
  Stream: Socket,
  connect: notImplemented('connect'),
  createConnection: notImplemented('createConnection'),
  createServer: notImplemented('createServer'),
  getDefaultAutoSelectFamily() { return autoSelectFamily; },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeout; },
  isIP,
  isIPv4,
  isIPv6,
  setDefaultAutoSelectFamily(value) {
    require('internal/errors').validateBoolean(value, 'value');
    autoSelectFamily = value;
  },
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    require('internal/errors').validateInt32(value, 'value', 1);
    autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
  },
};
