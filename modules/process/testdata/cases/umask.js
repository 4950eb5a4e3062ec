function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const old = process.umask(0o22);
show('string', () => process.umask('0664').toString(8));
show('read', () => process.umask().toString(8));
show('high bits', () => { process.umask(0o10664); return process.umask().toString(8); });
show('octal string', () => { process.umask((0o10664).toString(8)); return process.umask().toString(8); });
for (const bad of ['123x', 'abc', '999', '', {}, 1.5, -1, 2 ** 32, null, true]) {
  show(JSON.stringify(bad) ?? String(bad), () => process.umask(bad));
}
process.umask(old);
