// process.stdin.setEncoding('utf8') delivers strings; the harness feeds
// stdin_encoding.stdin (with multi-byte characters).
const chunks = [];
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  const text = chunks.join('');
  console.log(chunks.every((c) => typeof c === 'string'), 'length', text.length);
  console.log(text.split('\n').map((l) => l.toUpperCase()).join('|'));
});
