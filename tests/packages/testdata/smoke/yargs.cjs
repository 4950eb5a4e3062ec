const yargs = require('yargs/yargs');
const { hideBin } = require('yargs/helpers');
const argv = yargs(hideBin(['node', 'x', '--name', 'bob', '-v', '-n', '3', 'extra', '--no-color', '--list', 'a', '--list', 'b']))
  .scriptName('app')
  .option('name', { type: 'string', describe: 'your name' })
  .option('v', { alias: 'verbose', type: 'boolean' })
  .option('n', { type: 'number', default: 1 })
  .option('list', { type: 'array' })
  .parseSync();
console.log(JSON.stringify(argv));
yargs(['greet', 'alice', '--loud'])
  .scriptName('app')
  .command('greet <who>', 'greet someone', (y) => y.positional('who', { type: 'string' }).option('loud', { type: 'boolean' }), (a) => {
    console.log('greet', a.who, a.loud);
  })
  .strict().parse();
yargs(['--help']).scriptName('app').option('port', { alias: 'p', describe: 'port to bind', default: 80 }).wrap(80).exitProcess(false).parse();
