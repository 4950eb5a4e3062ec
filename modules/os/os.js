// Node's os module: https://nodejs.org/api/os.html
//
// The binding (os.go) reads the machine; this shim gives the values
// Node's shapes, argument checks and ERR_SYSTEM_ERROR failures. Several
// functions convert to their value in string or number contexts
// (`${os.hostname}`), as in Node, through Symbol.toPrimitive.
'use strict';

const isWindows = process.platform === 'win32';

let errors;
function lazyErrors() {
  if (errors === undefined) errors = require('internal/errors');
  return errors;
}
function systemError(ctx) {
  return new (lazyErrors().codes.ERR_SYSTEM_ERROR)(ctx);
}
// checked calls a binding function that fills ctx and returns undefined
// on failure, and throws Node's error for it.
function checked(fn, ...args) {
  const ctx = {};
  const ret = fn(...args, ctx);
  if (ret === undefined) throw systemError(ctx);
  return ret;
}

const [osType, osVersion, osRelease, osMachine] = binding.info();
const endiannessValue = binding.bigEndian ? 'BE' : 'LE';

function toPrimitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

const getAvailableParallelism = toPrimitive(function getAvailableParallelism() {
  return binding.availableParallelism();
});
const getFreeMem = toPrimitive(function getFreeMem() {
  return binding.freemem();
});
const getTotalMem = toPrimitive(function getTotalMem() {
  return binding.totalmem();
});
const getHostname = toPrimitive(function hostname() {
  return checked(binding.hostname);
});
const getUptime = toPrimitive(function uptime() {
  return checked(binding.uptime);
});
const getOSRelease = toPrimitive(function getOSRelease() {
  return osRelease;
});
const getOSType = toPrimitive(function getOSType() {
  return osType;
});
const getOSVersion = toPrimitive(function getOSVersion() {
  return osVersion;
});
const getMachine = toPrimitive(function getMachine() {
  return osMachine;
});
// libuv reads the HOME variable first, the passwd entry only without it;
// gorun's environment is the runtime's process.env.
const getHomeDirectory = toPrimitive(function homedir() {
  const home = process.env.HOME;
  if (home !== undefined) return home;
  return checked(binding.user, 'uv_os_homedir')[3];
});

function loadavg() {
  return binding.loadavg();
}

function cpus() {
  const data = binding.cpus();
  const out = [];
  for (let i = 0; i < data.length; i += 7) {
    out.push({
      model: data[i],
      speed: data[i + 1],
      times: {
        user: data[i + 2],
        nice: data[i + 3],
        sys: data[i + 4],
        idle: data[i + 5],
        irq: data[i + 6],
      },
    });
  }
  return out;
}

const arch = toPrimitive(function arch() {
  return process.arch;
});
const platform = toPrimitive(function platform() {
  return process.platform;
});

const tmpdir = toPrimitive(function tmpdir() {
  const env = process.env;
  let path;
  if (isWindows) {
    path = env.TEMP || env.TMP || `${env.SystemRoot || env.windir}\\temp`;
    if (path.length > 1 && path.endsWith('\\') && !path.endsWith(':\\')) path = path.slice(0, -1);
  } else {
    path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  }
  return path;
});

const endianness = toPrimitive(function endianness() {
  return endiannessValue;
});

function networkInterfaces() {
  const data = checked(binding.interfaces);
  const result = {};
  for (let i = 0; i < data.length; i += 8) {
    const name = data[i];
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family: data[i + 3],
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: data[i + 7],
    };
    if (data[i + 6] !== -1) entry.scopeid = data[i + 6];
    if (result[name] === undefined) result[name] = [entry];
    else result[name].push(entry);
  }
  return result;
}

function validateInt32(value, name, min, max) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < (min ?? -2147483648) ||
      value > (max ?? 2147483647)) {
    lazyErrors().validateInt32(value, name, min, max);
  }
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const ctx = {};
  if (binding.setPriority(pid, priority, ctx) !== 0) throw systemError(ctx);
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  return checked(binding.getPriority, pid);
}

// encodeField renders a userInfo string in the requested encoding, as
// node's binding does ('buffer' gives a Buffer).
function encodeField(value, encoding) {
  if (value === null || encoding === undefined) return value;
  const B = typeof Buffer === 'function' ? Buffer : require('buffer').Buffer;
  if (encoding === 'buffer') return B.from(value);
  if (!B.isEncoding(encoding)) return value;
  return B.from(value).toString(encoding);
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  let encoding = options === null ? undefined : options.encoding;
  if (typeof encoding !== 'string' || /^utf-?8$/i.test(encoding)) encoding = undefined;
  const [uid, gid, username, homedir, shell] = checked(binding.user, 'uv_os_get_passwd');
  return {
    __proto__: null,
    uid,
    gid,
    username: encodeField(username, encoding),
    homedir: encodeField(homedir, encoding),
    shell: encodeField(shell, encoding),
  };
}

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir: getHomeDirectory,
  hostname: getHostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: binding.constants() },
  EOL: { __proto__: null, configurable: true, enumerable: true, writable: false, value: isWindows ? '\r\n' : '\n' },
  devNull: {
    __proto__: null, configurable: true, enumerable: true, writable: false,
    value: isWindows ? '\\\\.\\nul' : '/dev/null',
  },
});
