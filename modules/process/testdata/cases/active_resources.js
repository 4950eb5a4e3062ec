// process.getActiveResourcesInfo and _getActiveRequests: pending fs
// requests, referenced timers (counted while their callback runs unless
// cleared there) and referenced immediates.
'use strict';
const fs = require('fs');
const count = (type) => process.getActiveResourcesInfo().filter((t) => t === type).length;
console.log('start', process.getActiveResourcesInfo());
const t = setTimeout(() => {
  console.log('in callback', count('Timeout'));
  clearTimeout(t);
  console.log('after clear', count('Timeout'));
  const iv = setInterval(() => {
    console.log('interval', count('Timeout'));
    clearInterval(iv);
    console.log('interval cleared', count('Timeout'));
    setImmediate(() => console.log('in immediate', count('Immediate')));
    const im = setImmediate(() => {});
    im.unref();
    console.log('immediates', count('Immediate'));
  }, 1);
}, 1);
const u = setTimeout(() => {}, 1);
u.unref();
console.log('timers', count('Timeout'));
for (let i = 0; i < 3; i++) fs.stat(__filename, () => {});
console.log('requests', count('FSReqCallback'), process._getActiveRequests().length);
