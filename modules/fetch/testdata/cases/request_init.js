'use strict';
// Request init options and their validation.
for (const init of [{ duplex: 'full' }, { method: 'POST', body: new ReadableStream(), duplex: null }, { keepalive: true, method: 'POST', body: new ReadableStream(), duplex: 'half' }, {window: 1}, {referrer: 'http://r.com/'}, {referrer: 'about:client'}, {cache: 'only-if-cached'}]) {
  try { const r = new Request('http://x/', init); console.log('ok', r.referrer, r.duplex); } catch (e) { console.log(e.message); }
}
