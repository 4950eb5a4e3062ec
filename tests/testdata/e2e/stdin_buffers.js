// Without setEncoding, 'data' delivers Buffers.
const parts = [];
process.stdin.on('data', (c) => parts.push(c));
process.stdin.on('end', () => {
  console.log(parts.every((p) => Buffer.isBuffer(p)), Buffer.concat(parts).toString('hex'));
});
