// Methods V8 builds natively have no prototype and are not constructors.
for (const name of ['abort', 'reallyExit', 'dlopen', 'getuid', 'getgid', 'geteuid', 'getegid',
  'getgroups', 'uptime', 'cwd', 'exit', 'nextTick']) {
  const f = process[name];
  let constructs = '';
  if (name !== 'abort' && name !== 'reallyExit') {
    try { new f(); constructs = true; } catch (e) { constructs = e instanceof TypeError ? 'TypeError' : e.code; }
  }
  console.log(name, f.prototype === undefined, constructs);
}
console.log(process.uptime.name, process.abort.name, process.abort.length);
