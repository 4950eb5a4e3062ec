let util;
try { util = require('gorun_utilextra_test'); } catch { util = require('util'); }
const { parseArgs } = util;
const show = (cfg) => {
  try { console.log(parseArgs(cfg)); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
};
show({ args: ['-f', '--bar', 'b', 'pos'], options: { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string' } }, allowPositionals: true, tokens: true });
show({ args: ['--unknown'], options: {} });
show({ args: ['-u'], options: {}, allowPositionals: true });
show({ args: ['pos'], options: {} });
show({ args: ['--bar'], options: { bar: { type: 'string' } } });
show({ args: ['--foo=x'], options: { foo: { type: 'boolean', short: 'f' } } });
show({ args: ['--bar', '-x'], options: { bar: { type: 'string', short: 'b' } } });
show({ args: ['-b', '-x'], options: { bar: { type: 'string', short: 'b' } } });
show({ args: ['-b-x', '--bar=-y'], options: { bar: { type: 'string', short: 'b', multiple: true } } });
show({ args: ['-abcVAL', '-cX', 'rest'], options: { a: { type: 'boolean' }, bee: { type: 'boolean', short: 'b' }, c: { type: 'string', multiple: true } }, allowPositionals: true, tokens: true });
show({ args: ['-ab'], options: { a: { type: 'boolean' } } });
show({ args: ['--a', '--', '--b', '-c', 'x'], options: { a: { type: 'boolean' } }, tokens: true });
show({ args: ['--foo', 'x', '--what', '-z', '--str'], strict: false, options: { str: { type: 'string' } }, tokens: true });
show({ args: [], options: { s: { type: 'string', default: 'dflt' }, m: { type: 'boolean', multiple: true, default: [true] }, n: { type: 'boolean', default: false } } });
show({ args: ['--s', 'given'], options: { s: { type: 'string', default: 'dflt' } } });
show({ args: ['--no-color', '--no-x'], options: { color: { type: 'boolean' } }, allowNegative: true });
show({ args: ['--no-color'], options: { color: { type: 'boolean' } }, allowNegative: true });
show({ args: ['--no-color'], options: { color: { type: 'boolean' } } });
show({ args: ['--v', '--v', '-v'], options: { v: { type: 'boolean', short: 'v', multiple: true } } });
show({ args: ['--__proto__', 'x'], options: { __proto__: { type: 'string' } }, strict: false });
// Configuration errors.
show({ args: 'x' });
show({ strict: 1 });
show({ args: [], options: { a: 1 } });
show({ args: [], options: { a: { type: 'number' } } });
show({ args: [], options: { a: { type: 'string', short: 'ab' } } });
show({ args: [], options: { a: { type: 'string', short: 1 } } });
show({ args: [], options: { a: { type: 'string', multiple: 'yes' } } });
show({ args: [], options: { a: { type: 'string', default: true } } });
show({ args: [], options: { a: { type: 'string', multiple: true, default: ['x', 1] } } });
show({ args: [], options: { a: { type: 'boolean', default: 'x' } } });
show({ args: [], tokens: 'y' });
show({ args: [], allowNegative: 1 });
// Inherited properties of the config are ignored.
const inherited = Object.create({ strict: false });
inherited.args = ['--loose'];
show(inherited);
console.log(parseArgs.name, parseArgs.length);
