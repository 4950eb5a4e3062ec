'use strict';
// The URL class: parsing, getters, setters, inspect and errors.
const { URL, URLSearchParams } = require('url');
const util = require('util');

const u = new URL('http://user:pa@EXAMPLE.com:8080/a/^b{}/../c?q=1#h');
console.log(u.href, u.origin, u.host, u.port, u.pathname, u.search, u.hash);
console.log(u);
console.log(util.inspect(u, { depth: 0 }));
console.log(JSON.stringify({ u }), String(u), `${u}`);

for (const [input, base] of [
  ['//x/y', 'https://b/'], ['../../a', 'http://h/b/c/d'], ['?q', 'file:///C:/x'],
  ['http://0x7f.1/', undefined], ['http://[::ffff:1.2.3.4]/', undefined],
  ['HTTP://ÉXAMPLE.com/ö?ö#ö', undefined], ['sc://ñ/x y', undefined],
  ['blob:https://a.com/uuid', undefined], ['data:text/plain,hi there', undefined],
  ['file://localhost/etc/x', undefined], ['non-special:/.//p', undefined],
]) {
  const x = new URL(input, base);
  console.log(x.href, x.origin, x.hostname, x.pathname);
}

for (const bad of ['nope', 'http://[::1', 'http://a b/', 'http://1.2.3.256/', 'https://']) {
  try {
    new URL(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message, e.input);
  }
}
try { new URL('/x', 'bad base'); } catch (e) { console.log(e.code, e.input, e.base); }
try { new URL(); } catch (e) { console.log(e.code, e.message); }
console.log(URL.canParse('x:'), URL.canParse('/a'), URL.canParse('/a', 'http://b'), URL.parse('/a'), URL.parse('/a', 'http://h').href);

const s = new URL('http://h/p?a=1#f');
s.protocol = 'https'; s.username = 'me@'; s.password = 'p:w'; s.hostname = 'Other.ORG';
s.port = '443'; s.pathname = '/x y/../z'; s.search = '?b= 2'; s.hash = 'g h';
console.log(s.href);
s.port = '8080abc'; s.host = 'h2:99'; console.log(s.href);
s.protocol = 'foo'; console.log(s.href);
s.href = 'mailto:someone'; console.log(s.href, s.pathname, s.host === '');
try { s.href = 'bad'; } catch (e) { console.log(e.code); }

const sp = s.searchParams;
s.href = 'http://h/?x=1&y=2';
console.log(sp.get('x'), sp.size);
sp.append('z', 'a b&c'); console.log(s.search);
sp.delete('x'); sp.delete('y'); sp.delete('z'); console.log(JSON.stringify(s.href));

const desc = Object.getOwnPropertyDescriptor(URL.prototype, 'href');
console.log(desc.enumerable, typeof desc.get, desc.get.name, desc.set.name);
console.log(Object.prototype.toString.call(u), Object.keys(u).length);
try { desc.get.call({}); } catch (e) { console.log(e instanceof TypeError); }
try { URL.createObjectURL({}); } catch (e) { console.log(e.code); }
console.log(new URLSearchParams(u.searchParams).toString());
