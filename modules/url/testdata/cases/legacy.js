'use strict';
// url.parse, url.format, url.resolve: the legacy API.
const url = require('url');

for (const s of [
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
  'HTTP://www.EXAMPLE.com/a b', '//host/path', 'mailto:a@b.com?subject=hi',
  'javascript:alert("x y")', 'http://[::1]:3000/x', 'file:///etc/passwd',
  '  \\\\backslash\\path?q\\x ', 'http://ex.com:/x', 'http://a@b@c/d', 'http://a@b?@c',
  'http://x_y.com/ö', 'xmpp:isaacschlueter@jabber.org', 'http://www.ÄPFEL.com/',
  'http://a.com/{}|^`', '/simple/path?x=1', 'http://a:b/c',
]) {
  console.log(url.parse(s));
}
console.log(url.parse('//host/p', false, true).host, url.parse('//host/p').host);
try { url.parse('http://a\u0000b/').hostname; } catch (e) { console.log(e.code); }
try { url.parse(5); } catch (e) { console.log(e.code, e.message); }

const pairs = [
  ['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', '#s'],
  ['http://a/b/c/d;p?q', '//g'], ['mailto:a@b', 'c@d'], ['http://a/b', 'https:x'],
  ['http://a/b', 'ftp://other/'], ['http://u@a/b', '/c'], ['/foo/bar', '../../../baz'],
  ['foo/bar', '../../../baz'], ['http://a/b/', '.'], ['http://a/b/c', ''],
];
for (const [from, to] of pairs) console.log(url.resolve(from, to));
console.log(url.resolveObject('http://a/b', 'c/d').href);

console.log(url.format({ protocol: 'https', hostname: 'h.com', port: 8, pathname: 'p#?', search: 's#', hash: 'h' }));
console.log(url.format({ protocol: 'mailto', auth: 'ü s:r', host: 'x' }));
console.log(url.format({ protocol: 'file', pathname: '/x' }), url.format({ hostname: '::1', port: 1 }));
console.log(url.format('HTTP://A.com/x y'));
console.log(url.format(new url.URL('http://u:p@xn--n3h.com/?q#f'), { unicode: true, auth: false, search: false, fragment: false }));
try { url.format(1); } catch (e) { console.log(e.code, e.message); }
const u = new url.Url();
console.log(u, u instanceof url.Url, url.parse(u) === u);
for (const h of ['a\u0000b', 'A_B', 'xn--a', 'a..b', '-x-', 'a\u00adb', 'ab\u200d', 'a%b']) {
  try { console.log(JSON.stringify(url.parse(`http://${h}/`).hostname)); } catch (e) { console.log(e.code); }
}
// querystring (another module) parses and stringifies query objects.
console.log(url.parse('http://x.com/a?b=c&b=d&e', true).query, url.parse('/a', true).query, url.parse('/a?x=1', true).search);
console.log(url.format({ protocol: 'http', host: 'x', pathname: '/p', query: { a: [1, 2], 'b c': 'd&e' } }));
