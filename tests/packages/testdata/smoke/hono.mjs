// hono on @hono/node-server: app.request, then a real server queried with
// the fetch global (GET, JSON POST, 404).
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
const app = new Hono();
app.get('/', (c) => c.text('hi'));
app.get('/json/:id', (c) => c.json({ id: c.req.param('id'), q: c.req.query('q') }));
app.post('/echo', async (c) => c.json(await c.req.json(), 201));
const r = await app.request('/json/7?q=x');
console.log(r.status, await r.json());
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, async (info) => {
  const base = `http://127.0.0.1:${info.port}`;
  const a = await fetch(base + '/');
  console.log(a.status, a.headers.get('content-type'), await a.text());
  const b = await fetch(base + '/echo', { method: 'POST', body: JSON.stringify({ k: [1, 2] }), headers: { 'content-type': 'application/json' } });
  console.log(b.status, await b.json());
  const c = await fetch(base + '/missing');
  console.log(c.status, await c.text());
  server.close();
});
