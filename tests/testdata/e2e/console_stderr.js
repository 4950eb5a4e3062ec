// What goes to stderr vs stdout, and writes through the process streams.
process.stdout.write('raw stdout, no newline|');
process.stdout.write('\n');
process.stderr.write('raw stderr\n');
console.error({ nested: { arr: new Array(120).fill(1) } });
console.warn(new Set(['warn']), Symbol('w'));
console.error('%o', [1, { a: 2 }]);
console.error();
console.log(process.stdout.write('ret\n'), typeof process.stdout.on, process.stdout.isTTY, process.stderr.isTTY);
process.stdout.write(new Uint8Array([104, 105, 10]));
process.stdout.write('callback\n', () => console.log('write callback called'));
console.log(typeof process.stdout.fd, process.stdout.fd, process.stderr.fd, process.stdin.fd);
console.log(process.stdout.writable, typeof process.stdout.columns);
