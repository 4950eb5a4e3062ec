// buffer.resolveObjectURL reads back Blobs registered by URL.createObjectURL:
// a new Blob over the same data; revoked and malformed URLs give undefined.
const { Blob, resolveObjectURL } = require('buffer');
(async () => {
  const blob = new Blob(['hello'], { type: 'text/plain' });
  const id = URL.createObjectURL(blob);
  console.log(typeof id, /^blob:nodedata:[0-9a-f-]{36}$/.test(id));
  const other = resolveObjectURL(id);
  console.log(other instanceof Blob, other === blob, other.size, other.type, Buffer.from(await other.arrayBuffer()).toString());
  console.log(resolveObjectURL(id.replace('blob:', 'foo:')) !== undefined);
  URL.revokeObjectURL(id);
  URL.revokeObjectURL(id);
  console.log(resolveObjectURL(id));
  for (const i of ['not a url', undefined, 1, 'blob:nodedata:1:wrong', {}]) console.log(resolveObjectURL(i));
})();
