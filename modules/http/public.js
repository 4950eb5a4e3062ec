'use strict';
// http: the public surface, in node's order, over internal/http.

const h = require('internal/http');

module.exports = {
  _connectionListener: h.connectionListener,
  METHODS: h.METHODS,
  STATUS_CODES: h.STATUS_CODES,
  Agent: h.Agent,
  ClientRequest: h.ClientRequest,
  IncomingMessage: h.IncomingMessage,
  OutgoingMessage: h.OutgoingMessage,
  Server: h.Server,
  ServerResponse: h.ServerResponse,
  createServer: h.createServer,
  validateHeaderName: h.validateHeaderName,
  validateHeaderValue: h.validateHeaderValue,
  get: h.get,
  request: h.request,
  setMaxIdleHTTPParsers: h.setMaxIdleHTTPParsers,
};

Object.defineProperty(module.exports, 'maxHeaderSize', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return h.maxHeaderSize; },
});

Object.defineProperty(module.exports, 'globalAgent', {
  __proto__: null, configurable: true, enumerable: true,
  get: h.getGlobalAgent,
  set: h.setGlobalAgent,
});
