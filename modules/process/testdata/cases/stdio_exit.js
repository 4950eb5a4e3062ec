// Output written right before process.exit is not lost: stdio writes
// are synchronous. (Node itself loses what a pipe's 64 KiB buffer cannot
// hold; stdio_test.go checks gorun with more.)
'use strict';
process.stdout.write('x'.repeat(2000) + '\n');
process.stdout.write(Buffer.alloc(1000, 'y'));
process.stdout.write('\nend\n');
console.error('stderr too');
process.exit(3);
