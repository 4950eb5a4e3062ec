// https loads with node's surface; its Agent is an http.Agent with
// https' defaults.
'use strict';
const https = require('https');
const http = require('http');
console.log(Object.keys(https));
const a = https.globalAgent;
console.log(a instanceof https.Agent, a instanceof http.Agent, a.defaultPort, a.protocol,
  a.keepAlive, a.maxCachedSessions, a.options.timeout, a.scheduling);
const b = new https.Agent({ maxCachedSessions: 5, keepAlive: false });
console.log(b.defaultPort, b.protocol, b.maxCachedSessions, b.keepAlive, b._sessionCache);
console.log(typeof https.request, typeof https.get, typeof https.createServer, typeof https.Server);
