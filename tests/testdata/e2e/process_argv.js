// process.argv, argv0 and execArgv, reduced to what node and gorun share:
// the executable's path differs, the script's path and the shape do not.
const base = (p) => p.slice(p.lastIndexOf('/') + 1);
console.log(process.argv.length, Array.isArray(process.argv));
console.log(typeof process.argv[0], process.argv[0] === process.execPath);
console.log(process.argv[0].startsWith('/'), process.execPath.startsWith('/'));
console.log(process.argv[1] === __filename, base(process.argv[1]));
console.log(typeof process.argv0, process.argv0.length > 0);
console.log(process.execArgv, Array.isArray(process.execArgv));
console.log(process.argv.slice(2));
console.log(process.title.length > 0, typeof process.pid, process.pid > 0, typeof process.ppid);
console.log(process.platform, process.arch === 'x64' || process.arch === 'arm64' || process.arch);
console.log(typeof process.version, /^v\d+\.\d+\.\d+/.test(process.version), typeof process.versions.node);
console.log(process.release.name, typeof process.cwd(), process.cwd() === __dirname);
console.log(typeof process.uptime(), process.uptime() >= 0, typeof process.umask);
console.log(process.config !== undefined, typeof process.features, typeof process.emit);
console.log(Object.prototype.toString.call(process), process.constructor.name, String(process));
console.log(process.argv.every((a) => typeof a === 'string'));
