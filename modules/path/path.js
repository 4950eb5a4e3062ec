// Node's path module: https://nodejs.org/api/path.html
//
// Two flavours share this file: posix (separator '/') and win32 (both '/'
// and '\\' separate, with drive letters, UNC roots and device paths).
// The scans run in Go (scan.go, win32.go) on the strings' UTF-16 units;
// this shim validates arguments, in Node's order, and keeps what is cheap
// in JS.

// internal/errors loads only when an argument is wrong.
function validateString(value, name) {
  if (typeof value !== 'string') require('internal/errors').validateString(value, name);
}
function validateObject(value, name) {
  if (value === null || typeof value !== 'object') require('internal/errors').validateObject(value, name);
}

const SLASH = 47; // '/'
const BACKSLASH = 92; // '\\'

function isWinSep(c) {
  return c === SLASH || c === BACKSLASH;
}

// Node's format: dir (or root) then base (or name + ext, the ext gaining
// a leading dot when it lacks one).
function formatWith(sep, obj) {
  validateObject(obj, 'pathObject');
  const dir = obj.dir || obj.root;
  let base = obj.base;
  if (!base) {
    const ext = obj.ext ? (obj.ext[0] === '.' ? '' : '.') + obj.ext : '';
    base = `${obj.name || ''}${ext}`;
  }
  if (!dir) return base;
  return dir === obj.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

function matchesGlob(path, pattern) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  const { codes } = require('internal/errors');
  throw new codes.ERR_NOT_IMPLEMENTED('path.matchesGlob');
}

// Windows keeps a cwd per drive in the hidden '=C:' variables; elsewhere
// (and for a cwd on another drive) the drive's root stands in.
function win32Cwd(device) {
  if (device.length === 0) return process.cwd();
  let p = process.env[`=${device}`] || process.cwd();
  if (p === undefined ||
      (p.slice(0, 2).toLowerCase() !== device.toLowerCase() && p.charCodeAt(2) === BACKSLASH)) {
    p = `${device}\\`;
  }
  return p;
}
binding.init(() => process.cwd(), win32Cwd);

function makeFlavour(win) {
  const sep = win ? '\\' : '/';
  const flavour = {
    resolve(...args) {
      return binding.resolve(win, args);
    },

    normalize(p) {
      validateString(p, 'path');
      return binding.normalize(p, win);
    },

    isAbsolute(p) {
      validateString(p, 'path');
      if (p.length === 0) return false;
      const c = p.charCodeAt(0);
      if (!win) return c === SLASH;
      return isWinSep(c) || (p.length > 2 && p.charCodeAt(1) === 58 && isWinSep(p.charCodeAt(2)) &&
        ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)));
    },

    join(...args) {
      return binding.join(win, args);
    },

    relative(from, to) {
      validateString(from, 'from');
      validateString(to, 'to');
      return binding.relative(from, to, win);
    },

    toNamespacedPath(p) {
      if (!win || typeof p !== 'string' || p.length === 0) return p;
      return binding.toNamespacedPath(p);
    },

    dirname(p) {
      validateString(p, 'path');
      return binding.dirname(p, win);
    },

    basename(p, suffix) {
      if (suffix !== undefined) validateString(suffix, 'suffix');
      validateString(p, 'path');
      return binding.basename(p, suffix, win);
    },

    extname(p) {
      validateString(p, 'path');
      return binding.extname(p, win);
    },

    format(obj) {
      return formatWith(sep, obj);
    },

    parse(p) {
      validateString(p, 'path');
      return binding.parse(p, win);
    },

    matchesGlob,

    sep,
    delimiter: win ? ';' : ':',
    win32: null,
    posix: null,
    _makeLong: null,
  };
  flavour._makeLong = flavour.toNamespacedPath;
  return flavour;
}

const posix = makeFlavour(false);
const win32 = makeFlavour(true);
posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

module.exports = posix;
