'use strict';
// fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII/Unicode.
const url = require('url');

console.log(url.pathToFileURL('/a b/%?#\\x\n\t').href, url.pathToFileURL('/dir/').href);
console.log(url.pathToFileURL('/x/../y/./z').href, url.pathToFileURL('rel/').href.startsWith('file:///'));
console.log(url.pathToFileURL('\\\\srv\\share\\a b', { windows: true }).href);
console.log(url.fileURLToPath('file:///a%20b/%E2%82%AC'), url.fileURLToPath(new url.URL('file:///x')));
console.log(url.fileURLToPath('file://srv/a/b', { windows: true }), url.fileURLToPath('file:///C:/a/b', { windows: true }));
for (const f of [
  () => url.fileURLToPath('http://x/'), () => url.fileURLToPath('file://host/x'),
  () => url.fileURLToPath('file:///a%2fb'), () => url.fileURLToPath(1),
  () => url.fileURLToPath('file:///a%5cb', { windows: true }), () => url.fileURLToPath('file:///a', { windows: true }),
  () => url.pathToFileURL(1), () => url.pathToFileURL('\\\\x', { windows: true }),
]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(url.urlToHttpOptions(new url.URL('http://a:b%20c@[::1]:80/x?y#z')));
console.log(url.urlToHttpOptions(new url.URL('https://h.com:8443/')));
console.log(url.domainToASCII('español.com'), url.domainToASCII('xn--iñvalid.com') === '', url.domainToASCII('1.2.3'));
console.log(url.domainToUnicode('xn--espaol-zwa.com'), url.domainToUnicode('xn--iñvalid.com') === '', url.domainToUnicode('☃.net'));
for (const d of ['a/b', 'a:80', 'a?x', 'user@a', '', '[::1]', '1.2.3', 'a b', '  A  ', 'a#b', 'xn--ls8h', 'a\\b', 'xn--a.com', 'a\tb']) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
}
try { url.domainToASCII(); } catch (e) { console.log(e.code, e.message); }
