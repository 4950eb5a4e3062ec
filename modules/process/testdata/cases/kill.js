function show(fn) {
  try {
    console.log('ok', fn());
  } catch (e) {
    console.log(e.name, e.code, e.errno, e.syscall, e.message);
  }
}
for (const pid of ['SIGTERM', null, undefined, NaN, Infinity, 1.5]) show(() => process.kill(pid));
show(() => process.kill(0, 'SIGNOPE'));
show(() => process.kill(0, 1.5));
show(() => process.kill(0, {}));
show(() => process.kill(0, 987));
show(() => process.kill(2 ** 30, 0));
show(() => process.kill(process.pid, 0));
show(() => process.kill(process.pid, 'SIGCONT'));

// kill hands its work to process._kill, which may be replaced.
const real = process._kill;
for (const [pid, sig] of [[0, 'SIGHUP'], ['0', undefined], [-1, 15], [String(process.pid), 'SIGINT'], [1, null]]) {
  process._kill = (p, s) => { console.log('_kill', typeof p, p == process.pid ? 'own pid' : p, s); return 0; };
  show(() => process.kill(pid, sig));
}
process._kill = () => -3;
show(() => process.kill(1, 0));
process._kill = real;
