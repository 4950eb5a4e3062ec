// setenv(3) refuses an empty name or one containing '=': node drops
// such assignments silently.
process.env[''] = 'x';
console.log(process.env[''], '' in process.env, Object.keys(process.env).includes(''));
process.env['a=b'] = 'x';
console.log(process.env['a=b'], 'a=b' in process.env, process.env.a);
process.env.OK_NAME = 1;
console.log(process.env.OK_NAME, typeof process.env.OK_NAME);
