// Connecting a net.Socket: the host is resolved with dns.lookup (or the
// lookup option), then connected to. With autoSelectFamily (node's default
// when no family is asked for) every address is looked up and they are
// tried alternating families, each attempt given
// autoSelectFamilyAttemptTimeout ms before the next starts (RFC 8305's
// happy eyeballs, as node does it: one attempt at a time).
// https://nodejs.org/docs/latest-v20.x/api/net.html#socketconnectoptions-connectlistener

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port } = options;
  let autoSelect = options.autoSelectFamily;
  if (autoSelect != null) validateBoolean(autoSelect, 'options.autoSelectFamily');
  else autoSelect = autoSelectFamily;
  let attemptTimeout = options.autoSelectFamilyAttemptTimeout;
  if (attemptTimeout != null) {
    validateInt32(attemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (attemptTimeout < 10) attemptTimeout = 10;
  } else {
    attemptTimeout = autoSelectFamilyAttemptTimeout;
  }
  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;
  self._host = host;
  const handle = newHandle(self);
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting && self._handle === handle) {
        internalConnect(self, handle, host, port, addressType, localAddress, localPort);
      }
    });
    return;
  }
  if (options.lookup !== undefined) validateFunction(options.lookup, 'options.lookup');
  // As node: dns.lookup unless the options name another, read when the
  // socket connects (so a patched dns.lookup is the one used).
  const dns = require('dns');
  const lookup = options.lookup || dns.lookup;
  const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
  const dnsopts = { family, hints: options.hints || 0 };
  // Unless asked otherwise, only the families the host has addresses
  // of (node does so everywhere but on Windows).
  if (family !== 4 && family !== 6 && dnsopts.hints === 0) dnsopts.hints = dns.ADDRCONFIG;
  if (family !== 4 && family !== 6 && !localAddress && autoSelect) {
    dnsopts.all = true;
    lookupAndConnectMultiple(self, handle, lookup, host, options, dnsopts, port, localPort, attemptTimeout);
    return;
  }
  lookup(host, dnsopts, (err, ip, addressType) => {
    self.emit('lookup', err, ip, addressType, host);
    if (!self.connecting || self._handle !== handle) return;
    if (err) process.nextTick(() => self.destroy(err));
    // (A lookup that answers with something else than a string fails
    // here; node 20 aborts on it, later versions do this.)
    else if (typeof ip !== 'string' || !isIP(ip)) self.destroy(new ERR_INVALID_IP_ADDRESS(ip));
    else if (addressType !== 4 && addressType !== 6) {
      self.destroy(new ERR_INVALID_ADDRESS_FAMILY(addressType, options.host, options.port));
    } else {
      self._unrefTimer();
      internalConnect(self, handle, ip, port, addressType, localAddress, localPort);
    }
  });
}

// internalConnect makes the one attempt of a socket that has a single
// address to try.
function internalConnect(self, handle, address, port, addressType, localAddress, localPort) {
  if (self.blockList?.check(address, `ipv${addressType}`)) {
    self.destroy(new (require('internal/errors').codes.ERR_IP_BLOCKED)(address));
    return;
  }
  handle.target = { address, port, addressType, localAddress, localPort };
  self.emit('connectionAttempt', address, port, addressType);
  handle.connect('tcp', [[address, port]], localAddress || '', localPort | 0, afterConnect);
}

function lookupAndConnectMultiple(self, handle, lookup, host, options, dnsopts, port, localPort, timeout) {
  lookup(host, dnsopts, (err, addresses) => {
    if (!self.connecting || self._handle !== handle) return;
    if (err) {
      self.emit('lookup', err, undefined, undefined, host);
      process.nextTick(() => self.destroy(err));
      return;
    }
    // Keep the IPv4 and IPv6 addresses, each once; the family of the
    // first one goes first when the families alternate.
    const valid = [[], []];
    const seen = [new Set(), new Set()];
    let order;
    for (const entry of addresses) {
      const { address: ip, family: type } = entry;
      self.emit('lookup', err, ip, type, host);
      if (!self.connecting || self._handle !== handle) return;
      if (typeof ip === 'string' && isIP(ip) && (type === 4 || type === 6)) {
        order ||= type === 6 ? { 6: 0, 4: 1 } : { 4: 0, 6: 1 };
        const slot = order[type];
        if (!seen[slot].has(ip)) {
          seen[slot].add(ip);
          valid[slot].push(entry);
        }
      }
    }
    if (!valid[0].length && !valid[1].length) {
      const { address: ip, family: type } = addresses[0];
      if (typeof ip !== 'string' || !isIP(ip)) {
        const e = new ERR_INVALID_IP_ADDRESS(ip);
        process.nextTick(() => self.destroy(e));
      } else if (type !== 4 && type !== 6) {
        const e = new ERR_INVALID_ADDRESS_FAMILY(type, options.host, options.port);
        process.nextTick(() => self.destroy(e));
      }
      return;
    }
    const toAttempt = [];
    for (let i = 0; i < Math.max(valid[0].length, valid[1].length); i++) {
      if (i < valid[0].length) toAttempt.push(valid[0][i]);
      if (i < valid[1].length) toAttempt.push(valid[1][i]);
    }
    self._unrefTimer();
    if (toAttempt.length === 1) {
      const { address: ip, family: type } = toAttempt[0];
      internalConnect(self, handle, ip, port, type, undefined, localPort);
      return;
    }
    self.autoSelectFamilyAttemptedAddresses = [];
    connectMultiple({ socket: self, addresses: toAttempt, current: 0, port, localPort, timeout, timer: null, errors: [] });
  });
}

// connectMultiple starts the next attempt, or fails the socket with what
// every attempt gave (an AggregateError) once none is left.
function connectMultiple(context, canceled) {
  clearTimeout(context.timer);
  const self = context.socket;
  if (!self.connecting) return;
  if (canceled || context.current === context.addresses.length) {
    if (context.errors.length === 0) {
      self.destroy(new (require('internal/errors').codes.ERR_SOCKET_CONNECTION_TIMEOUT)());
    } else {
      self.destroy(new (require('internal/errors').NodeAggregateError)(context.errors));
    }
    return;
  }
  const current = context.current++;
  let handle = self._handle;
  if (current > 0) {
    // Each attempt has a handle of its own, as node reinitialises its
    // TCP handle; the one that timed out is abandoned.
    handle.owner = null;
    handle.close(false);
    handle = newHandle(self);
  }
  const { port, localPort } = context;
  const { address, family } = context.addresses[current];
  if (self.blockList?.check(address, `ipv${family}`)) {
    context.errors.push(new (require('internal/errors').codes.ERR_IP_BLOCKED)(address));
    process.nextTick(connectMultiple, context);
    return;
  }
  self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
  self.emit('connectionAttempt', address, port, family);
  handle.target = { address, port, addressType: family };
  handle.connect('tcp', [[address, port]], '', localPort | 0, function(errno) {
    clearTimeout(context.timer);
    if (self._handle !== this) return;
    if (errno) {
      const ex = new ExceptionWithHostPort(errno, 'connect', address, port);
      context.errors.push(ex);
      self.emit('connectionAttemptFailed', address, port, family, ex);
      connectMultiple(context, getSystemErrorName(errno) === 'ECANCELED');
      return;
    }
    afterConnect.call(this, 0);
  });
  if (current < context.addresses.length - 1) {
    context.timer = setTimeout(() => {
      if (self._handle !== handle || !self.connecting) return;
      self.emit('connectionAttemptTimeout', address, port, family);
      context.errors.push(new ExceptionWithHostPort(-require('os').constants.errno.ETIMEDOUT, 'connect', address, port));
      connectMultiple(context);
    }, context.timeout);
  }
}

// afterConnect runs with the handle as this: the connection is up, or
// errno says why not.
function afterConnect(errno, address, port) {
  const self = this.owner;
  if (!self || self._handle !== this) return;
  if (errno) {
    self.connecting = false;
    const t = this.target || {};
    let details;
    if (t.localAddress && t.localPort) details = `${t.localAddress}:${t.localPort}`;
    const ex = new ExceptionWithHostPort(errno, 'connect', address, port, details);
    if (details) {
      ex.localAddress = t.localAddress;
      ex.localPort = t.localPort;
    }
    self.emit('connectionAttemptFailed', t.address, t.port, t.addressType, ex);
    self.destroy(ex);
    return;
  }
  self.connecting = false;
  attachHandle(self, this);
  if (self[kSetNoDelay] && this.setNoDelay) this.setNoDelay(true);
  if (self[kSetKeepAlive] && this.setKeepAlive) this.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
  self._unrefTimer();
  self.emit('connect');
  self.emit('ready');
  // Start the first read, or get an immediate EOF.
  if (self.readable && !self.isPaused()) self.read(0);
}
