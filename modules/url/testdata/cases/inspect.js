'use strict';
// util.inspect of URL, URLSearchParams and their iterators, showHidden
// (Node's URLContext offsets) included.
const { URL, URLSearchParams } = require('url');
const util = require('util');

for (const s of ['http://u@h/', 'http://:p@h:81/x?#', 'sc:/.//p', 'sc:opaque?q#f', 'file:///x', 'sc://h',
  'wss://h', 'https://username:password@host.name:8080/path/name/?que=ry#hash']) {
  console.log(util.inspect(new URL(s), { showHidden: true }));
}
console.log(util.inspect({ a: new URL('http://a') }, { depth: 0 }));
class MyURL extends URL {}
console.log(util.inspect(new MyURL('http://x/')).split('\n')[0]);

const sp = new URLSearchParams('?a=a&b=b&b=c');
console.log(util.inspect(sp), util.inspect(sp, { depth: -1 }));
console.log(util.inspect(sp, { breakLength: 1 }));
console.log(util.inspect(sp.keys(), { breakLength: 1 }));
const it = sp.entries();
it.next(); it.next(); it.next();
console.log(util.inspect(it), util.inspect(new URLSearchParams()), util.inspect(sp.values()));
try { sp[util.inspect.custom].call(); } catch (e) { console.log(e.code); }
console.log(util.inspect(new URL('http://a/?x=1'), { colors: true }));
for (const f of [
  () => Reflect.get(URL.prototype, 'host', {}),
  () => Reflect.set(URL.prototype, 'host', null, {}), () => Reflect.set(URL.prototype, 'href', null, {}),
]) {
  try { f(); } catch (e) { console.log(e.name, e.message); }
}
