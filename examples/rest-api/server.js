// A JSON REST API on plain `http` (no framework): an in-memory list of
// todos with validation, status codes and a graceful shutdown on SIGTERM or
// SIGINT. Runs unchanged under node.
//
//   gorun examples/rest-api/server.js            # port 3000
//   PORT=8080 gorun examples/rest-api/server.js
//   curl -s localhost:3000/todos -d '{"title":"write docs"}'
'use strict';
const http = require('http');

const todos = new Map();
let nextId = 1;

function send(res, status, body) {
  const data = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(data),
  });
  res.end(data);
}

// readJSON collects a request body (at most 1 MiB) and parses it.
function readJSON(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > 1 << 20) {
        reject(Object.assign(new Error('body too large'), { status: 413 }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
      } catch {
        reject(Object.assign(new Error('invalid JSON'), { status: 400 }));
      }
    });
    req.on('error', reject);
  });
}

function validate(input, partial) {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return 'body must be a JSON object';
  if (!partial || 'title' in input) {
    if (typeof input.title !== 'string' || input.title.trim() === '') return 'title must be a non-empty string';
  }
  if ('done' in input && typeof input.done !== 'boolean') return 'done must be a boolean';
  return null;
}

async function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts[0] !== 'todos' || parts.length > 2) return send(res, 404, { error: 'not found' });
  if (parts.length === 1) {
    if (req.method === 'GET') {
      let list = [...todos.values()];
      if (url.searchParams.has('done')) list = list.filter((t) => String(t.done) === url.searchParams.get('done'));
      return send(res, 200, list);
    }
    if (req.method === 'POST') {
      const input = await readJSON(req);
      const problem = validate(input, false);
      if (problem) return send(res, 422, { error: problem });
      const todo = { id: nextId++, title: input.title.trim(), done: input.done ?? false };
      todos.set(todo.id, todo);
      res.setHeader('location', `/todos/${todo.id}`);
      return send(res, 201, todo);
    }
    res.setHeader('allow', 'GET, POST');
    return send(res, 405, { error: 'method not allowed' });
  }
  const id = Number(parts[1]);
  const todo = todos.get(id);
  if (!todo) return send(res, 404, { error: `no todo ${parts[1]}` });
  switch (req.method) {
    case 'GET':
      return send(res, 200, todo);
    case 'PATCH': {
      const input = await readJSON(req);
      const problem = validate(input, true);
      if (problem) return send(res, 422, { error: problem });
      if ('title' in input) todo.title = input.title.trim();
      if ('done' in input) todo.done = input.done;
      return send(res, 200, todo);
    }
    case 'DELETE':
      todos.delete(id);
      res.writeHead(204);
      return res.end();
    default:
      res.setHeader('allow', 'GET, PATCH, DELETE');
      return send(res, 405, { error: 'method not allowed' });
  }
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((err) => send(res, err.status || 500, { error: err.message }));
});

server.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.log(`${signal}: closing`);
    server.close(() => console.log('closed'));
    server.closeIdleConnections();
  });
}
