// koa: middleware chain, context helpers, JSON bodies, errors, 404.
const Koa = require('koa');
const http = require('http');
const app = new Koa();
app.use(async (ctx, next) => {
  const start = 1;
  await next();
  ctx.set('X-Chain', `outer-${start}`);
});
app.use(async (ctx, next) => {
  if (ctx.path === '/boom') ctx.throw(418, 'teapot here');
  if (ctx.path === '/json') { ctx.body = { path: ctx.path, q: ctx.query, method: ctx.method }; return; }
  if (ctx.path === '/text') { ctx.type = 'text/plain'; ctx.body = 'plain ' + ctx.get('x-test'); return; }
  await next();
});
app.on('error', () => {});
const server = app.listen(0, async () => {
  const { port } = server.address();
  const call = (path, headers = {}) => new Promise((resolve, reject) => {
    http.get({ port, path, headers }, (res) => {
      let s = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { s += d; });
      res.on('end', () => resolve([res.statusCode, res.headers['content-type'], res.headers['x-chain'], s]));
    }).on('error', reject);
  });
  console.log(await call('/json?a=1&b=2'));
  console.log(await call('/text', { 'x-test': 'yes' }));
  console.log(await call('/boom'));
  console.log(await call('/nothing'));
  server.close();
});
