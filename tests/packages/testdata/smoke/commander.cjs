const { Command, Option, InvalidArgumentError } = require('commander');
const program = new Command();
program.name('tool').version('1.2.3').description('a tool')
  .option('-d, --debug', 'debug output')
  .option('-p, --port <number>', 'port', (v) => { const n = parseInt(v, 10); if (isNaN(n)) throw new InvalidArgumentError('Not a number.'); return n; }, 80)
  .addOption(new Option('-c, --color <c>').choices(['red', 'blue']).default('red'))
  .exitOverride();
program.command('serve <dir> [extra...]').description('serve a dir').option('--open').action((dir, extra, opts) => {
  console.log('serve', dir, extra, opts);
});
program.parse(['node', 'tool', '-d', '--port', '8080', 'serve', 'pub', 'a', 'b', '--open']);
console.log(program.opts());
console.log(program.helpInformation());
try { new Command().exitOverride().configureOutput({ writeErr: (s) => console.log('ERR', s.trim()) }).option('--x <n>').parse(['node', 't', '--y'], { from: 'node' }); } catch (e) { console.log(e.code, e.exitCode); }
