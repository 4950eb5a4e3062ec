'use strict';
// OutgoingMessage header API and its errors, without a connection.
const http = require('http');

const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} });
res.setHeader('X-Foo', 'bar');
res.setHeader('Content-Type', 'text/plain');
res.appendHeader('x-foo', 'baz');
console.log(res.getHeader('x-foo'), res.hasHeader('X-FOO'), res.getHeaderNames(), res.getRawHeaderNames());
console.log(res.getHeaders());
res.removeHeader('content-type');
console.log(res.getHeaderNames(), res.headersSent, res.statusCode, res.writableEnded);

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('bad name', () => res.setHeader('bad name', 'x'));
attempt('bad value', () => res.setHeader('x', 'a\nb'));
attempt('undefined value', () => res.setHeader('x', undefined));
attempt('getHeader number', () => res.getHeader(1));
attempt('status 99', () => res.writeHead(99));
attempt('validateHeaderName', () => http.validateHeaderName('x y'));
attempt('validateHeaderValue', () => http.validateHeaderValue('x', 'a\rb'));
attempt('request bad method', () => http.request({ method: 'GE T' }));
attempt('request bad path', () => http.request({ path: '/a b' }));
attempt('request bad protocol', () => http.request({ protocol: 'https:' }));
attempt('request bad agent', () => http.request({ agent: 'x' }));
res.writeHead(404, { 'X-Extra': '1' });
console.log(res.statusCode, res.statusMessage, res.headersSent);
console.log(JSON.stringify(res._header.replace(/Date: .*\r\n/, 'Date: D\r\n')));
attempt('set after send', () => res.setHeader('a', 'b'));
attempt('remove after send', () => res.removeHeader('a'));

console.log(http.METHODS.length, http.METHODS.includes('PATCH'), http.STATUS_CODES[418], http.STATUS_CODES[511]);
console.log(http.maxHeaderSize, typeof http.globalAgent, http.globalAgent.keepAlive, http.globalAgent.maxSockets);
const agent = new http.Agent();
console.log(agent.getName({ host: 'example.com', port: 80 }), agent.getName({}), agent.getName({ host: 'h', port: 1, localAddress: 'l', family: 6 }));
console.log(agent.keepAlive, agent.maxFreeSockets, agent.scheduling, agent.defaultPort, agent.protocol);
