import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
const a = yargs(hideBin(['n', 's', '--a=1', '-bc', '--foo.bar', 'baz', '--', 'rest'])).scriptName('app').parserConfiguration({ 'populate--': true }).parseSync();
console.log(JSON.stringify(a));
