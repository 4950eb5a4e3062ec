// Only arguments that fail before any id changes: the test process keeps
// its credentials.
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const bad = 'gorun-no-such-id-xyz';
for (const name of ['setuid', 'seteuid', 'setgid', 'setegid']) {
  const fn = process[name];
  console.log(fn.name, fn.length);
  show(name, () => fn({}));
  show(name, () => fn(bad));
  show(name, () => fn(-1));
  show(name, () => fn(1.5));
  show(name, () => fn(2 ** 32));
}
show('setgroups', () => process.setgroups('x'));
show('setgroups', () => process.setgroups([0, {}]));
show('setgroups', () => process.setgroups([bad]));
show('initgroups', () => process.initgroups({}, 0));
show('initgroups', () => process.initgroups('root', {}));
const groups = process.getgroups();
console.log(Array.isArray(groups), groups.includes(process.getegid()));
console.log(typeof process.getuid(), typeof process.geteuid(), typeof process.getgid());
