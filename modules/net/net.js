'use strict';
// node:net — TCP and Unix-socket clients and servers over the Go binding
// (socket.js, server.js and blocklist.js are appended to this file), and
// the address checks.

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

// net.setDefaultAutoSelectFamily*'s state: connect() reads it when its
// options say nothing. The command line sets the starting values, as
// node's --[no-]network-family-autoselection and
// --network-family-autoselection-attempt-timeout do.
let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;
{
  const argv = process.execArgv || [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-network-family-autoselection') autoSelectFamily = false;
    else if (arg === '--network-family-autoselection' || arg === '--enable-network-family-autoselection') autoSelectFamily = true;
    else if (arg.startsWith('--network-family-autoselection-attempt-timeout')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (Number.isInteger(Number(value)) && Number(value) > 0) autoSelectFamilyAttemptTimeout = Number(value);
    }
  }
}
