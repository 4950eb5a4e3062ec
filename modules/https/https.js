'use strict';
// node:https — step 1: the module loads with node's surface, so packages
// that require it at load time (HTTP clients that pick http or https per
// URL) work for plain http. Agent and globalAgent are real (an http.Agent
// with https' defaults); requests and servers need modules/http to run
// over TLS and throw ERR_NOT_IMPLEMENTED until then (see README.md).
// https://nodejs.org/docs/latest-v20.x/api/https.html

const http = require('http');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  http.Agent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions;
  if (this.maxCachedSessions === undefined) this.maxCachedSessions = 100;
  this._sessionCache = { map: {}, list: [] };
}
Object.setPrototypeOf(Agent.prototype, http.Agent.prototype);
Object.setPrototypeOf(Agent, http.Agent);

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

function Server() {
  throw new ERR_NOT_IMPLEMENTED('https.Server');
}

function createServer() {
  throw new ERR_NOT_IMPLEMENTED('https.createServer');
}

function request() {
  throw new ERR_NOT_IMPLEMENTED('https.request');
}

function get() {
  throw new ERR_NOT_IMPLEMENTED('https.get');
}

module.exports = {
  Agent,
  globalAgent,
  Server,
  createServer,
  get,
  request,
};
