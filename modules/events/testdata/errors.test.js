// internal/errors and internal/validators as gorun's shims use them:
// node's own internal modules (node --expose-internals) give the
// expectation.
const errors = require('internal/errors');
const v = require('internal/validators');
const { codes } = errors;

function shape(label, err) {
  const first = typeof err.stack === 'string' ? err.stack.split('\n')[0] : String(err.stack);
  log(label, err.name, err.code, err.message, '|', String(err), '|', first);
  log('  keys', Object.keys(err), 'own', Object.getOwnPropertyNames(err).filter((k) => k !== 'stack').sort(),
      'ctor', err.constructor.name, err instanceof Error);
}

log('class shape');
{
  const e = new codes.ERR_INVALID_ARG_TYPE('name', 'string', 5);
  shape('ERR_INVALID_ARG_TYPE', e);
  log(e instanceof TypeError, e.constructor === TypeError, Object.getPrototypeOf(e) !== TypeError.prototype,
      Object.getPrototypeOf(Object.getPrototypeOf(e)) === TypeError.prototype || Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf(e))) === TypeError.prototype,
      e[errors.kIsNodeError], Object.prototype.propertyIsEnumerable.call(e, 'message'));
  const r = new codes.ERR_INVALID_ARG_VALUE.RangeError('x', 1);
  shape('ERR_INVALID_ARG_VALUE.RangeError', r);
  log(r instanceof RangeError, r.constructor === RangeError);
  shape('no args', new codes.ERR_STREAM_PREMATURE_CLOSE());
  shape('template', new codes.ERR_UNKNOWN_ENCODING('latin9'));
  shape('two args', new codes.ERR_HTTP_HEADERS_SENT('set'));
  shape('template %d', new codes.ERR_INSPECTOR_COMMAND(-1, 'bad'));
  shape('template %j', new codes.ERR_TLS_INVALID_PROTOCOL_VERSION('TLSv9', 'minimum'));
  shape('SyntaxError class', new codes.ERR_MANIFEST_UNKNOWN_ONERROR('x'));
  shape('URIError class', new codes.ERR_INVALID_URI());
  const url = new codes.ERR_INVALID_URL('http://[', 'base');
  shape('sets props', url);
  log(url.input, url.base);
}

log('ERR_INVALID_ARG_TYPE expectations');
for (const [name, expected, actual] of [
  ['a', 'string', undefined],
  ['a', ['string', 'number'], null],
  ['a', ['string', 'Buffer', 'Uint8Array'], 1],
  ['a', ['object', 'Buffer'], true],
  ['a', ['Object', 'Function'], 'x'],
  ['first argument', 'string', 1],
  ['options.x', 'boolean', 0],
  ['a', 'null', 1],
  ['a', ['null', 'undefined'], 1],
  ['a', ['string', 'Buffer', 'TypedArray', 'DataView', 'null'], 1],
  ['a', ['function', 'a callable'], 1],
  ['a', 'Function', function named() {}],
  ['a', 'Function', () => {}],
  ['a', 'Function', class K {}],
  ['a', 'string', Object.create(null)],
  ['a', 'string', new (class Foo {})()],
  ['a', 'string', Object.create({ constructor: {} })],
  ['a', 'string', 'a'.repeat(30)],
  ['a', 'string', 'has \'quote\''],
  ['a', 'string', Symbol('desc')],
  ['a', 'string', -0],
  ['a', 'string', Infinity],
  ['a', 'string', 123n],
  ['a', 'string', false],
]) {
  log(new codes.ERR_INVALID_ARG_TYPE(name, expected, actual).message);
}

log('other computed messages');
for (const [code, args] of [
  ['ERR_INVALID_ARG_VALUE', ['x', 'abc']],
  ['ERR_INVALID_ARG_VALUE', ['opt.x', [1, 2], 'must be good']],
  ['ERR_INVALID_ARG_VALUE', ['x', 'y'.repeat(200)]],
  ['ERR_OUT_OF_RANGE', ['x', '>= 0', -1]],
  ['ERR_OUT_OF_RANGE', ['x', 'an integer', 1.5]],
  ['ERR_OUT_OF_RANGE', ['x', '< 2', 2 ** 40]],
  ['ERR_OUT_OF_RANGE', ['x', '< 2', -(2 ** 40)]],
  ['ERR_OUT_OF_RANGE', ['x', '< 2', 2n ** 40n]],
  ['ERR_OUT_OF_RANGE', ['x', '< 2', 5n]],
  ['ERR_OUT_OF_RANGE', ['Custom text.', 'fine', 'str', true]],
  ['ERR_MISSING_ARGS', ['a']],
  ['ERR_MISSING_ARGS', ['a', 'b']],
  ['ERR_MISSING_ARGS', ['a', 'b', 'c']],
  ['ERR_MISSING_ARGS', [['a', 'b'], 'c']],
  ['ERR_UNHANDLED_ERROR', []],
  ['ERR_UNHANDLED_ERROR', ['x']],
  ['ERR_BUFFER_OUT_OF_BOUNDS', []],
  ['ERR_BUFFER_OUT_OF_BOUNDS', ['offset']],
  ['ERR_INVALID_CHAR', ['header content', 'x-y']],
  ['ERR_INVALID_CHAR', ['header content']],
  ['ERR_SOCKET_BAD_PORT', ['Port', -1]],
  ['ERR_SOCKET_BAD_PORT', ['Port', 'x', false]],
  ['ERR_INVALID_RETURN_VALUE', ['a string', 'fn', 5]],
  ['ERR_INVALID_URL_SCHEME', ['file']],
  ['ERR_INVALID_URL_SCHEME', [['http', 'https']]],
  ['ERR_PACKAGE_PATH_NOT_EXPORTED', ['/p/', '.']],
  ['ERR_PACKAGE_PATH_NOT_EXPORTED', ['/p/', './x', '/b.js']],
  ['ERR_INVALID_PACKAGE_TARGET', ['/p/', '.', 'x.js']],
  ['ERR_INVALID_PACKAGE_TARGET', ['/p/', './k', { a: 1 }, true, '/b.js']],
  ['ERR_PACKAGE_IMPORT_NOT_DEFINED', ['#x', '/p/', '/b.js']],
  ['ERR_INVALID_MODULE_SPECIFIER', ['x', 'is bad']],
  ['ERR_REQUIRE_ESM', ['/a/b.mjs', false]],
  ['ERR_REQUIRE_ESM', ['/a/b.js', false, '/a/c.js', '/a/package.json']],
  ['ERR_REQUIRE_ESM', ['/a/b.js', true, '/a/c.js', '/a/package.json']],
  ['ERR_UNKNOWN_FILE_EXTENSION', ['.ts', '/x.ts']],
  ['ERR_INTERNAL_ASSERTION', ['broken']],
  ['ERR_WORKER_PATH', ['file://x']],
  ['ERR_PARSE_ARGS_UNKNOWN_OPTION', ['--foo', true]],
  ['ERR_FALSY_VALUE_REJECTION', [0]],
  ['ERR_HTTP2_STREAM_CANCEL', [new Error('inner')]],
]) {
  const e = new codes[code](...args);
  log(code, e.name, '|', e.message, '|', Object.keys(e));
}

log('SystemError');
{
  const e = new codes.ERR_SYSTEM_ERROR({ code: 'ENOENT', syscall: 'open', message: 'no such file', errno: -2, path: '/x' });
  shape('ERR_SYSTEM_ERROR', e);
  log(e.info, e.errno, e.syscall, e.path);
  e.errno = 5;
  log(e.info.errno);
  shape('ERR_FS_CP_EINVAL', new codes.ERR_FS_CP_EINVAL({ code: 'EINVAL', syscall: 'cp', message: 'bad', errno: 22, path: '/a', dest: '/b' }));
}

log('errno exceptions');
shape('UVException', new errors.UVException({ errno: -2, code: 'ENOENT', syscall: 'open', path: '/nope' }));
shape('UVException dest', new errors.UVException({ errno: -17, syscall: 'rename', path: '/a', dest: '/b' }));
shape('UVException message', new errors.UVException({ errno: -13, syscall: 'open', message: 'custom' }));
shape('UVExceptionWithHostPort', new errors.UVExceptionWithHostPort(-98, 'listen', '::', 8080));
shape('ErrnoException', new errors.ErrnoException(-2, 'spawn', 'foo'));
shape('ErrnoException plain', new errors.ErrnoException(-32, 'write'));
shape('ExceptionWithHostPort', new errors.ExceptionWithHostPort(-111, 'connect', '127.0.0.1', 9, 'local'));
shape('DNSException', new errors.DNSException(-3008, 'getaddrinfo', 'nowhere.invalid'));
shape('DNSException string', new errors.DNSException('ETIMEOUT', 'queryA', 'x.org'));
shape('ConnResetException', new errors.ConnResetException('socket hang up'));
shape('AbortError', new errors.AbortError());
shape('AbortError cause', new errors.AbortError('custom', { cause: 'why' }));
caught('AbortError bad options', () => new errors.AbortError('x', 1));
log(new errors.AbortError('x', { cause: 'why' }).cause);

log('helpers');
log(errors.formatList([]), errors.formatList(['a']), errors.formatList(['a', 'b'], 'or'), errors.formatList(['a', 'b', 'c']),
    errors.formatList(['a', 'b', 'c', 'd'], 'or'));
log(errors.determineSpecificType(1), errors.determineSpecificType(null), errors.determineSpecificType([]),
    errors.determineSpecificType(function f() {}));
{
  const ge = errors.genericNodeError('msg', { code: 'X', extra: 1 });
  shape('genericNodeError', ge);
  const agg = errors.aggregateTwoErrors(new Error('inner'), new codes.ERR_STREAM_PREMATURE_CLOSE());
  log('aggregate', agg.name, agg.code, agg.message, agg.errors.map((x) => x.message));
  log(errors.aggregateTwoErrors(null, 1), errors.aggregateTwoErrors(2, null));
  const wrapped = errors.hideStackFrames(function thrower(x) {
    v.validateString(x, 'x');
    return 'ok';
  });
  log(wrapped('s'), typeof wrapped.withoutStackTrace);
  caught('hideStackFrames', () => wrapped(1));
  log(errors.isErrorStackTraceLimitWritable());
}

log('validators');
caught('validateString', () => v.validateString(1, 'name'));
caught('validateNumber', () => v.validateNumber('1', 'n'));
caught('validateNumber min', () => v.validateNumber(-1, 'n', 0));
caught('validateNumber max', () => v.validateNumber(11, 'n', 0, 10));
caught('validateNumber NaN', () => v.validateNumber(NaN, 'n', undefined, 10));
caught('validateInteger', () => v.validateInteger(1.5, 'i'));
caught('validateInteger range', () => v.validateInteger(20, 'i', 0, 10));
caught('validateInteger safe', () => v.validateInteger(2 ** 60, 'i'));
caught('validateInt32', () => v.validateInt32(2 ** 31, 'i'));
caught('validateUint32', () => v.validateUint32(-1, 'u'));
caught('validateUint32 positive', () => v.validateUint32(0, 'u', true));
caught('validateBoolean', () => v.validateBoolean(0, 'b'));
caught('validateFunction', () => v.validateFunction({}, 'fn'));
caught('validateObject null', () => v.validateObject(null, 'o'));
caught('validateObject array', () => v.validateObject([], 'o'));
caught('validateObject fn', () => v.validateObject(() => {}, 'o'));
v.validateObject(null, 'o', v.kValidateObjectAllowNullable);
v.validateObject([], 'o', v.kValidateObjectAllowArray);
v.validateObject(() => {}, 'o', v.kValidateObjectAllowFunction);
caught('validateArray', () => v.validateArray('x', 'arr'));
caught('validateArray min', () => v.validateArray([], 'arr', 1));
caught('validateStringArray', () => v.validateStringArray(['a', 1], 'arr'));
caught('validateBooleanArray', () => v.validateBooleanArray([true, 1], 'arr'));
caught('validateOneOf', () => v.validateOneOf('c', 'mode', ['a', 'b', 1]));
caught('validateAbortSignal', () => v.validateAbortSignal({}, 'signal'));
caught('validateAbortSignalArray', () => v.validateAbortSignalArray([null], 'signals'));
caught('validateBuffer', () => v.validateBuffer('x'));
caught('validateBuffer named', () => v.validateBuffer(1, 'data'));
caught('validateEncoding', () => v.validateEncoding('abc', 'hex'));
v.validateEncoding('abcd', 'hex');
caught('validatePort', () => v.validatePort(70000));
caught('validatePort zero', () => v.validatePort(0, 'port', false));
log(v.validatePort('80'), v.validatePort(0));
caught('validateSignalName', () => v.validateSignalName('SIGFOO'));
caught('validateSignalName case', () => v.validateSignalName('sigint'));
v.validateSignalName('SIGTERM');
caught('validateUndefined', () => v.validateUndefined(1, 'u'));
caught('validateUnion', () => v.validateUnion('c', 'u', ['a', 'b']));
caught('validateDictionary', () => v.validateDictionary(1, 'd'));
caught('validatePlainFunction', () => v.validatePlainFunction(async () => {}, 'fn'));
caught('validateInternalField', () => v.validateInternalField({}, 'x', 'Thing'));
caught('parseFileMode', () => v.parseFileMode('89', 'mode'));
log(v.parseFileMode('755', 'mode'), v.parseFileMode(undefined, 'mode', 0o644));
log(v.validateFiniteNumber(undefined, 'n'), v.validateFiniteNumber(NaN, 'n'), v.validateFiniteNumber(1, 'n'));
caught('validateFiniteNumber', () => v.validateFiniteNumber(Infinity, 'n'));
log(v.checkRangesOrGetDefault(undefined, 'n', 0, 10, 5), v.checkRangesOrGetDefault(3, 'n', 0, 10, 5));
caught('checkRangesOrGetDefault', () => v.checkRangesOrGetDefault(11, 'n', 0, 10, 5));
log(v.isInt32(2 ** 31), v.isInt32(-1), v.isUint32(-1), v.isUint32(2 ** 32 - 1));
