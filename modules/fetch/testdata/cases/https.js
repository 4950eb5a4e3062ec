'use strict';
// https: node's verify errors for a self-signed server, and
// NODE_TLS_REJECT_UNAUTHORIZED=0.
const path = require('path');
const https = require('https'); const fs = require('fs');
const s = https.createServer({ key: fs.readFileSync(path.join(__dirname, '../key.pem')), cert: fs.readFileSync(path.join(__dirname, '../cert.pem')) }, (req, res) => res.end('secure ' + req.headers['accept-encoding']));
s.listen(0, '127.0.0.1', async () => {
  const port = s.address().port;
  try { await fetch(`https://127.0.0.1:${port}/`); } catch (e) { console.log(e.message, e.cause.message, e.cause.code, Object.keys(e.cause)); }
  try { await fetch(`https://localhost:${port}/`); } catch (e) { console.log(e.message, e.cause.message, e.cause.code); }
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  const r = await fetch(`https://127.0.0.1:${port}/`); console.log(r.status, await r.text());
  s.close();
});
