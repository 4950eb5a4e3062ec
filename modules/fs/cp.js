// node:internal/fs/cp — fs.cp, fs.cpSync and fsPromises.cp, after node
// 20's lib/internal/fs/cp. The walk is written once, as a generator that
// yields the binding calls it needs ([name, ...args]) and the filter's
// verdicts; runSync answers them inline, runAsync on the worker pool, so
// the two forms cannot drift apart.
'use strict';

const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR, ERR_FS_CP_EEXIST, ERR_FS_CP_EINVAL, ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR, ERR_FS_CP_SOCKET, ERR_FS_CP_UNKNOWN, ERR_FS_EISDIR,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateObject } = require('internal/validators');
const u = require('internal/fs/utils');
const pathMod = require('path');

const EEXIST = 17;
const EISDIR = 21;
const ENOTDIR = 20;
const EINVAL = 22;

function ctx(message, path, errno, code) {
  return { message, path, syscall: 'cp', errno, code };
}

function cpOptions(options) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const o = {
    dereference: false, errorOnExist: false, filter: undefined, force: true,
    preserveTimestamps: false, recursive: false, verbatimSymlinks: false, mode: 0, ...options,
  };
  for (const k of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(o[k], `options.${k}`);
  }
  if (o.filter !== undefined) validateFunction(o.filter, 'options.filter');
  if (o.dereference && o.verbatimSymlinks) {
    throw new (require('internal/errors').codes.ERR_INCOMPATIBLE_OPTION_PAIR)('dereference', 'verbatimSymlinks');
  }
  return o;
}

// Each yield is ['call', name, ...args] (a binding call; its result comes
// back), ['statOrNone', name, path] (undefined on ENOENT) or ['filter',
// src, dest] (the filter's boolean).
function* cpWalk(src, dest, o) {
  if (o.filter && !(yield ['filter', src, dest])) return;
  const statName = o.dereference ? 'stat' : 'lstat';
  const srcStat = u.getStats(yield ['call', statName, src], false);
  const destArr = yield ['statOrNone', statName, dest];
  const destStat = destArr && u.getStats(destArr, false);
  if (destStat) {
    if (srcStat.ino === destStat.ino && srcStat.dev === destStat.dev) {
      throw new ERR_FS_CP_EINVAL(ctx('src and dest cannot be the same', dest, EINVAL, 'EINVAL'));
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw new ERR_FS_CP_DIR_TO_NON_DIR(ctx(
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest, EISDIR, 'EISDIR'));
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw new ERR_FS_CP_NON_DIR_TO_DIR(ctx(
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest, ENOTDIR, 'ENOTDIR'));
    }
  }
  const rs = pathMod.resolve(src);
  const rd = pathMod.resolve(dest);
  if (srcStat.isDirectory() && rd.startsWith(rs.endsWith('/') ? rs : rs + '/')) {
    throw new ERR_FS_CP_EINVAL(ctx(`cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL'));
  }
  const parent = pathMod.dirname(dest);
  if (!(yield ['statOrNone', 'stat', parent])) yield ['call', 'mkdir', parent, 0o777, true];
  yield* cpItem(srcStat, destStat, src, dest, o);
}

function* cpItem(srcStat, destStat, src, dest, o) {
  if (srcStat.isDirectory()) {
    if (!o.recursive) throw new ERR_FS_EISDIR(ctx(`${src} is a directory (not copied)`, src, EINVAL, 'EISDIR'));
    if (!destStat) yield ['call', 'mkdir', dest, 0o777, false];
    const [names] = yield ['call', 'readdir', src, false];
    for (const name of names) {
      yield* cpWalk(pathMod.join(src, name), pathMod.join(dest, name), o);
    }
    if (!destStat) yield ['call', 'chmod', dest, srcStat.mode & 0o7777];
    return;
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat) {
      if (o.force) yield ['call', 'unlink', dest];
      else if (o.errorOnExist) throw new ERR_FS_CP_EEXIST(ctx(`${dest} already exists`, dest, EEXIST, 'EEXIST'));
      else return;
    }
    yield ['call', 'copyFile', src, dest, o.mode];
    if (o.preserveTimestamps) {
      yield ['call', 'utimes', dest, srcStat.atimeMs / 1000, srcStat.mtimeMs / 1000];
    }
    yield ['call', 'chmod', dest, srcStat.mode & 0o7777];
    return;
  }
  if (srcStat.isSymbolicLink()) {
    let target = yield ['call', 'readlink', src];
    if (!o.verbatimSymlinks && !pathMod.isAbsolute(target)) {
      target = pathMod.resolve(pathMod.dirname(src), target);
    }
    if (destStat) yield ['call', 'unlink', dest];
    yield ['call', 'symlink', target, dest];
    return;
  }
  if (srcStat.isSocket()) throw new ERR_FS_CP_SOCKET(ctx(`cannot copy a socket file: ${dest}`, dest, EINVAL, 'EINVAL'));
  if (srcStat.isFIFO()) throw new ERR_FS_CP_FIFO_PIPE(ctx(`cannot copy a FIFO pipe: ${dest}`, dest, EINVAL, 'EINVAL'));
  throw new ERR_FS_CP_UNKNOWN(ctx(`cannot copy an unknown file type: ${dest}`, dest, EINVAL, 'EINVAL'));
}

function syncStep(req, o) {
  switch (req[0]) {
    case 'filter': {
      const ok = o.filter(req[1], req[2]);
      if (ok != null && typeof ok.then === 'function') {
        throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', ok);
      }
      return ok;
    }
    case 'statOrNone':
      try {
        return binding[req[1]](req[2], undefined);
      } catch (e) {
        if (e && e.code === 'ENOENT') return undefined;
        throw e;
      }
    default:
      return binding[req[1]](...req.slice(2), undefined);
  }
}

function asyncStep(req, o) {
  switch (req[0]) {
    case 'filter':
      return Promise.resolve(o.filter(req[1], req[2]));
    case 'statOrNone':
      return new Promise((resolve, reject) => binding[req[1]](req[2], (e, v) => {
        if (e) return e.code === 'ENOENT' ? resolve(undefined) : reject(e);
        resolve(v);
      }));
    default:
      return new Promise((resolve, reject) => binding[req[1]](...req.slice(2), (e, v) => (e ? reject(e) : resolve(v))));
  }
}

function cpSync(src, dest, options) {
  const o = cpOptions(options);
  const gen = cpWalk(u.getValidatedPath(src, 'src'), u.getValidatedPath(dest, 'dest'), o);
  let r = gen.next();
  while (!r.done) r = gen.next(syncStep(r.value, o));
}

// cpPromise drives the same walk with every call on the worker pool.
function cpPromise(src, dest, options) {
  return new Promise((resolve, reject) => {
    const o = cpOptions(options);
    const gen = cpWalk(u.getValidatedPath(src, 'src'), u.getValidatedPath(dest, 'dest'), o);
    const step = (method, value) => {
      let r;
      try {
        r = gen[method](value);
      } catch (e) {
        return reject(e);
      }
      if (r.done) return resolve();
      asyncStep(r.value, o).then((v) => step('next', v), (e) => step('throw', e));
    };
    step('next');
  });
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  validateFunction(callback, 'cb');
  cpOptions(options);
  cpPromise(src, dest, options).then(() => callback(null), callback);
}

module.exports = { cp, cpSync, cpPromise };
