'use strict';
// internal/dgram — the handle side of node:dgram, as node splits it: the
// socket state's symbol, handle creation (with the socket's lookup) and
// _createSocketHandle. node's own tests read kStateSymbol from here.

const {
  codes: { ERR_SOCKET_BAD_TYPE },
  validateFunction,
  isInt32,
} = require('internal/errors');

const kStateSymbol = Symbol('state symbol');

// libuv's values, which _createSocketHandle's callers pass.
const UV_EINVAL = -22;
const UV_UDP_IPV6ONLY = 1;
const UV_UDP_REUSEADDR = 4;

// UDP is the class of handles, as node's udp_wrap names it; the methods
// are the binding's (udp.go).
class UDP {}

// newHandle makes the handle of a socket of type; its lookup resolves
// with the socket's family and its default host (the loopback address),
// through dns.lookup as it was when the socket was made, or through the
// socket's own lookup option.
function newHandle(type, lookup) {
  if (lookup === undefined) {
    lookup = require('dns').lookup;
  } else {
    validateFunction(lookup, 'lookup');
  }
  if (type !== 'udp4' && type !== 'udp6') throw new ERR_SOCKET_BAD_TYPE();
  const v6 = type === 'udp6';
  const handle = binding.newUDP(v6);
  Object.setPrototypeOf(handle, UDP.prototype);
  handle.lookup = (v6 ? lookup6 : lookup4).bind(handle, lookup);
  return handle;
}

function lookup4(lookup, address, callback) {
  return resolve(lookup, address || '127.0.0.1', 4, callback);
}

function lookup6(lookup, address, callback) {
  return resolve(lookup, address || '::1', 6, callback);
}

// resolve calls lookup(address, family, callback). gorun's own
// dns.lookup answers an IP address itself, on the next tick, with the
// address's own family: that is done here without its argument handling
// (a send's hot path); a replacement is always called.
function resolve(lookup, address, family, callback) {
  const ipFamily = typeof address === 'string' && isBuiltinLookup(lookup) ? binding.ipFamily(address) : 0;
  if (ipFamily !== 0) {
    process.nextTick(callback, null, address, ipFamily);
    return;
  }
  lookup(address, family, callback);
}

// isBuiltinLookup tells gorun's dns.lookup from a replacement by the
// promisify marker the dns module puts on it.
const kLookupMarker = Symbol.for('gorun.util.promisify.customArgs');
function isBuiltinLookup(fn) {
  return Object.prototype.hasOwnProperty.call(fn, kLookupMarker) && fn.name === 'lookup';
}

// _createSocketHandle is what node's cluster primary makes for a worker:
// a handle bound to address:port, or over fd; a negative errno on failure.
function _createSocketHandle(address, port, addressType, fd, flags) {
  const handle = newHandle(addressType);
  let err;
  if (isInt32(fd) && fd > 0) {
    err = binding.guessHandleType(fd) !== 'UDP' ? UV_EINVAL : handle.open(fd);
  } else if (port || address) {
    err = handle.bind(address, (port >>> 0) & 0xffff, !!(flags & UV_UDP_REUSEADDR), !!(flags & UV_UDP_IPV6ONLY));
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

module.exports = {
  kStateSymbol,
  _createSocketHandle,
  newHandle,
  guessHandleType: binding.guessHandleType,
};
