import chalk, { Chalk, supportsColor, chalkStderr } from 'chalk';
console.log(JSON.stringify(chalk.red('red')), JSON.stringify(chalk.bold.underline.blue('b')));
console.log(JSON.stringify(chalk.hex('#ff8800')('hex')), JSON.stringify(chalk.rgb(10, 20, 30).bgWhite('rgb')));
console.log(JSON.stringify(chalk.green(`a ${chalk.yellow('nested')} b`)), chalk.level, supportsColor && supportsColor.level);
const plain = new Chalk({ level: 0 });
console.log(plain.red('no color'), JSON.stringify(new Chalk({ level: 1 }).hex('#ff0000')('ansi16')));
console.log(JSON.stringify(chalk.dim.italic.strikethrough('x\ny')), typeof chalkStderr.red);
