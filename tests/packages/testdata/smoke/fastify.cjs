// fastify 4: JSON routes, a JSON body, the 404 handler and close().
const fastify = require('fastify')({ logger: false });
fastify.get('/', async () => ({ hello: 'world' }));
fastify.post('/echo', async (req) => ({ got: req.body }));
fastify.listen({ port: 0, host: '127.0.0.1' }, async (err, addr) => {
  if (err) throw err;
  const http = require('http');
  const get = (path, body) => new Promise((res, rej) => {
    const r = http.request(addr + path, { method: body ? 'POST' : 'GET', headers: body ? { 'content-type': 'application/json' } : {} }, (m) => {
      let d = ''; m.on('data', (c) => d += c); m.on('end', () => res([m.statusCode, m.headers['content-type'], d]));
    });
    r.on('error', rej); r.end(body);
  });
  console.log(await get('/'));
  console.log(await get('/echo', JSON.stringify({ a: 1 })));
  console.log(await get('/nope'));
  await fastify.close();
  console.log('closed');
});
