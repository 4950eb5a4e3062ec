// What every machine shares: the export list, the types and shapes of
// the values, the property descriptors, the conversions through
// Symbol.toPrimitive, tmpdir's environment rules, and the errors.
'use strict';
const os = require('os');

console.log(Object.keys(os).join(','));
console.log(Object.getOwnPropertyDescriptor(os, 'constants').configurable, Object.getOwnPropertyDescriptor(os, 'EOL'));
console.log(JSON.stringify(os.EOL), os.devNull, os.endianness(), `${os.endianness}`, os.platform(), `${os.platform}`);
console.log(os.arch() === process.arch, `${os.arch}` === process.arch);
for (const name of ['hostname', 'homedir', 'release', 'type', 'version', 'machine']) {
  console.log(name, typeof os[name](), `${os[name]}` === os[name]());
}
for (const name of ['freemem', 'totalmem', 'availableParallelism', 'uptime']) {
  console.log(name, typeof os[name](), os[name]() > 0, typeof +os[name]);
}
console.log(os.freemem() <= os.totalmem(), os.availableParallelism() >= 1);
const load = os.loadavg();
console.log(Array.isArray(load), load.length, load.every((n) => typeof n === 'number' && n >= 0));
const cpus = os.cpus();
console.log(cpus.length > 0, cpus.every((c) => Object.keys(c).join() === 'model,speed,times' &&
  Object.keys(c.times).join() === 'user,nice,sys,idle,irq' && typeof c.model === 'string' && typeof c.speed === 'number'));
const nics = os.networkInterfaces();
const entries = Object.values(nics).flat();
console.log(entries.length > 0, entries.every((e) => ['IPv4', 'IPv6'].includes(e.family) &&
  typeof e.address === 'string' && /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(e.mac) && typeof e.internal === 'boolean' &&
  (e.cidr === null || e.cidr.startsWith(`${e.address}/`)) && ('scopeid' in e) === (e.family === 'IPv6')));
console.log(entries.some((e) => e.internal && e.address === '127.0.0.1' && e.netmask === '255.0.0.0' && e.cidr === '127.0.0.1/8'));
const u = os.userInfo();
console.log(Object.getPrototypeOf(u), Object.keys(u).join(), u.uid === process.getuid(), u.gid === process.getgid());
console.log(Object.getPrototypeOf(os.constants), Object.keys(os.constants).join(), os.constants.signals.SIGINT, os.constants.errno.ENOENT);
console.log(JSON.stringify(os.constants.priority), JSON.stringify(os.constants.dlopen));

const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP, HOME: process.env.HOME };
process.env.TMPDIR = '/x/y/';
console.log(os.tmpdir());
delete process.env.TMPDIR;
process.env.TMP = '/';
console.log(os.tmpdir());
delete process.env.TMP;
process.env.TEMP = '/t';
console.log(os.tmpdir());
delete process.env.TEMP;
console.log(os.tmpdir());
process.env.HOME = '/some/home';
console.log(os.homedir(), `${os.homedir}`);
for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;

function show(fn) {
  try {
    console.log(fn());
  } catch (e) {
    console.log(`${e.name} ${e.code}: ${e.message}`, e.info);
  }
}
show(() => os.getPriority(2 ** 30));
show(() => os.getPriority('1'));
show(() => os.getPriority(1.5));
show(() => os.setPriority(0, 20));
show(() => os.setPriority(-21));
show(() => os.setPriority('0', 1));
show(() => os.setPriority(2 ** 30, 1));
// Raising the nice value needs no privilege; at 19 there is no room.
const before = Math.min(os.getPriority(), 18);
os.setPriority(before + 1);
console.log(os.getPriority() - before, os.getPriority(0) - before, os.getPriority(process.pid) - before);
