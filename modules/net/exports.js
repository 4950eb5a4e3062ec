// The module's exports, appended last: every part above is defined by
// now (classes are not hoisted).

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
