// process reached through require('process') before the global: the same
// object, complete (argv, exitCode at exit).
const p = require('process');
console.log(p === process, p.argv.length, typeof p.nextTick);
p.on('exit', (code) => console.log('exit', code));
p.exitCode = 3;
