// Reading process.stdin with 'data' and 'end', as a line filter would;
// the harness feeds stdin_lines.stdin.
let text = '';
let chunks = 0;
process.stdin.on('data', (chunk) => {
  chunks++;
  text += chunk;
});
process.stdin.on('end', () => {
  const lines = text.split('\n');
  console.log('got data', chunks > 0, 'lines', lines.length, JSON.stringify(lines[lines.length - 1]));
  lines.forEach((l, i) => console.log(String(i + 1).padStart(3), l.toUpperCase()));
});
process.stdin.on('close', () => console.log('close'));
console.log('listening');
