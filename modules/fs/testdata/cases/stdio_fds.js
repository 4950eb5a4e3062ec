// fds 1 and 2 are the runtime's own stdout and stderr; fd 0 its stdin.
const fs = require('fs');
console.log('a');
fs.writeSync(1, 'b\n');
fs.writeFileSync(1, 'c\n');
fs.writeSync(2, 'e\n');
console.log(JSON.stringify(fs.readFileSync(0, 'utf8')));
// After the sync read: node's pool write would race it otherwise.
fs.write(1, 'd\n', (err, n) => console.log(err, n));
