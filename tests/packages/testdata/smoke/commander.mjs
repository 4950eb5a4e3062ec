import { program } from 'commander';
program.option('-n, --name <n>', 'name', 'world').argument('[rest...]');
program.parse(['-n', 'gorun', 'x', 'y'], { from: 'user' });
console.log(program.opts(), program.args);
