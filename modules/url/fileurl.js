// File URL helpers (url.fileURLToPath, url.pathToFileURL) and
// urlToHttpOptions, shared with fs and http through internal/url.

const {
  codes: {
    ERR_INVALID_ARG_VALUE, ERR_INVALID_FILE_URL_HOST, ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_URL_SCHEME,
  },
  validateString,
} = require('internal/errors');

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(`${domain}`);
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? false;
  if (typeof path === 'string') {
    path = new URL(path);
  } else if (!isURL(path)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  }
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return windows ? windowsPathFromURL(path) : posixPathFromURL(path);
}

// hasEncoded reports %XX in pathname naming one of the hex pairs given
// ("2f" for '/', "5c" for '\'): a path cannot hold them as names.
function hasEncoded(pathname, pairs) {
  for (let i = pathname.indexOf('%'); i !== -1; i = pathname.indexOf('%', i + 1)) {
    const pair = pathname.slice(i + 1, i + 3).toLowerCase();
    if (pairs.includes(pair)) return true;
  }
  return false;
}

function posixPathFromURL(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(globalThis.process?.platform ?? 'linux');
  const pathname = url.pathname;
  if (hasEncoded(pathname, ['2f'])) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  return decodeURIComponent(pathname);
}

function windowsPathFromURL(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (hasEncoded(pathname, ['2f', '5c'])) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
  }
  pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.codePointAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7a || pathname[2] !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return pathname.slice(1);
}

// posixResolve is path.posix.resolve for one path against the cwd: url
// must not wait for (or load) the path module to build a file URL.
function posixResolve(p) {
  if (p[0] !== '/') p = `${globalThis.process.cwd()}/${p}`;
  const out = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return `/${out.join('/')}`;
}

// encodePathChars escapes what the URL parser would otherwise strip or
// read as structure; '%' first so later escapes are not doubled.
function encodePathChars(p, windows) {
  p = p.replace(/%/g, '%25');
  if (!windows) p = p.replace(/\\/g, '%5C');
  return p.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09');
}

function pathToFileURL(filepath, options = undefined) {
  const windows = options?.windows ?? false;
  validateString(filepath, 'path');
  if (windows && filepath.startsWith('\\\\')) {
    const out = new URL('file://');
    // UNC path: \\server\share\resource
    const end = filepath.indexOf('\\', 2);
    if (end === -1) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    if (end === 2) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    out.hostname = domainToASCII(filepath.slice(2, end));
    out.pathname = encodePathChars(filepath.slice(end).replace(/\\/g, '/'), true);
    return out;
  }
  let resolved;
  if (windows) {
    resolved = require('path').win32.resolve(filepath).replace(/\\/g, '/');
  } else {
    resolved = posixResolve(filepath);
  }
  // resolve drops a trailing separator; a directory URL keeps it.
  const last = filepath[filepath.length - 1];
  if ((last === '/' || (windows && last === '\\')) && resolved[resolved.length - 1] !== '/') resolved += '/';
  resolved = encodePathChars(resolved, windows);
  resolved = resolved.replace(/\?/g, '%3F').replace(/#/g, '%23');
  return new URL(windows ? `file:///${resolved}` : `file://${resolved}`);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

// urlToHttpOptions turns a URL into http.request's options object.
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url, // A URL subclass may carry extra own properties.
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

Object.assign(module.exports, {
  domainToASCII, domainToUnicode, fileURLToPath, pathToFileURL, toPathIfFileURL,
  urlToHttpOptions,
});
