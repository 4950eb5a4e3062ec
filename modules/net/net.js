'use strict';
// node:net — TCP and Unix-socket clients and servers over the Go binding
// (socket.js, server.js are appended to this file), and the address
// checks. BlockList and SocketAddress are not implemented: constructing
// one throws ERR_NOT_IMPLEMENTED.

const EventEmitter = require('events');
const { Duplex } = require('stream');
const {
  AbortError,
  ErrnoException,
  ExceptionWithHostPort,
  UVExceptionWithHostPort,
  getSystemErrorName,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ADDRESS_FAMILY,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_IP_ADDRESS,
    ERR_MISSING_ARGS,
    ERR_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
    ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
  },
  validateAbortSignal,
  validateBoolean,
  validateInt32,
  validateFunction,
  validateNumber,
  validatePort,
  validateString,
} = require('internal/errors');

// node tests its regular expressions on the input, which converts it to
// a string first.
function isIP(input) {
  return binding.ipFamily(typeof input === 'string' ? input : `${input}`);
}
function isIPv4(input) {
  return isIP(input) === 4;
}
function isIPv6(input) {
  return isIP(input) === 6;
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
  _createServerHandle() { throw new ERR_NOT_IMPLEMENTED('net._createServerHandle'); },
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts() {},
  BlockList,
  SocketAddress,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily() { return autoSelectFamily; },
  setDefaultAutoSelectFamily(value) {
    require('internal/errors').validateBoolean(value, 'value');
    autoSelectFamily = value;
  },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeout; },
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    require('internal/errors').validateInt32(value, 'value', 1);
    autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
  },
};
