attempt(() => new Console());
attempt(() => new Console({}));
attempt(() => new Console(5));
attempt(() => new Console('str'));
attempt(() => new Console({ stdout: out, stderr: {} }));
attempt(() => new Console({ stdout: { write: 'no' } }));
attempt(() => new Console(out, 5));
attempt(() => new Console({ stdout: out, colorMode: 'x' }));
attempt(() => new Console({ stdout: out, colorMode: 1 }));
attempt(() => new Console({ stdout: out, colorMode: null }));
attempt(() => new Console({ stdout: out, colorMode: { a: 1 } }));
attempt(() => new Console({ stdout: out, groupIndentation: -1 }));
attempt(() => new Console({ stdout: out, groupIndentation: 1.5 }));
attempt(() => new Console({ stdout: out, groupIndentation: '2' }));
attempt(() => new Console({ stdout: out, groupIndentation: null }));
attempt(() => new Console({ stdout: out, groupIndentation: 1001 }));
attempt(() => new Console({ stdout: out, groupIndentation: NaN }));
attempt(() => new Console({ stdout: out, groupIndentation: 2 ** 40 }));
attempt(() => new Console({ stdout: out, inspectOptions: 5 }));
attempt(() => new Console({ stdout: out, inspectOptions: null }));
attempt(() => new Console({ stdout: out, inspectOptions: [] }));
attempt(() => new Console({ stdout: out, inspectOptions: 'str' }));
attempt(() => new Console({ stdout: out, inspectOptions: () => {} }));
attempt(() => new Console({ stdout: out, inspectOptions: { colors: true }, colorMode: false }));
attempt(() => new Console({ stdout: out, inspectOptions: { colors: true }, colorMode: undefined }).log({ a: 1 }));
attempt(() => new Console({ stdout: out, inspectOptions: {} }).log('ok'));

// Positional forms; stderr defaults to stdout.
const positional = new Console(out);
positional.error('to out');
const both = new Console(out, err);
both.error('to err');
const opts = new Console({ stdout: out });
opts.warn('also out');

// Callable without new, and instanceof.
const called = Console(out, err);
called.log('called');
note(called instanceof Console, c instanceof Console, {} instanceof Console, Object.prototype.toString.call(c));

// Methods are bound and named.
const { log, error, table, dir, group, groupEnd } = c;
log('bound log %d', 1);
error('bound error');
group('g');
dir({ d: 1 });
groupEnd();
table([1]);
note(Object.keys(c), Object.keys(Console.prototype));
note(Object.keys(c).map((k) => [k, c[k].name, c[k].length]));
note(c.info === c.log, Console.prototype.info === Console.prototype.log,
  Console.prototype.error === Console.prototype.warn, Console.prototype.dirxml === Console.prototype.log,
  Console.prototype.groupCollapsed === Console.prototype.group);
note(Console.name, Console.length, typeof c._stdout, c._stdout === out, c._stderr === err,
  c._ignoreErrors, typeof c._times.get, Object.getOwnPropertyNames(c).filter((k) => k.startsWith('_')));

// A subclass overriding a method is honoured by the binding.
class Loud extends Console {
  log(...args) { super.log('LOUD', ...args); }
}
const loud = new Loud(out);
const { log: loudLog } = loud;
loudLog('quiet');
note(loud instanceof Console, loud instanceof Loud);

// Write errors: swallowed unless ignoreErrors is false.
const broken = stream('broken', { write() { throw new Error('EPIPE'); } });
const tolerant = new Console(broken);
attempt(() => tolerant.log('lost'));
const strict = new Console(broken, broken, false);
attempt(() => strict.log('thrown'));
const strict2 = new Console({ stdout: broken, ignoreErrors: false });
attempt(() => strict2.error('thrown too'));
