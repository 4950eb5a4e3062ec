// Errors thrown by callbacks started inside a domain (timers, immediates,
// nextTick, fs callbacks, intervals) go to that domain.
const domain = require('domain');
const fs = require('fs');
const seen = [];
function make(name) {
  const d = domain.create();
  d.name = name;
  d.on('error', (err) => {
    seen.push([name, 'caught', err.message, err.domain === d, err.domainThrown, process.domain === d].join(' '));
  });
  return d;
}
make('timeout').run(() => {
  setTimeout(() => {
    seen.push('timeout active ' + process.domain.name);
    throw new Error('from timeout');
  }, 1);
});
make('immediate').run(() => {
  setImmediate(() => { throw new Error('from immediate'); });
});
make('tick').run(() => {
  process.nextTick(() => {
    seen.push('tick active ' + process.domain.name);
    throw new Error('from tick');
  });
});
make('fs').run(() => {
  fs.readFile(__filename, () => {
    seen.push('fs active ' + process.domain.name);
    throw new Error('from fs');
  });
});
make('interval').run(() => {
  const t = setInterval(() => {
    clearInterval(t);
    throw new Error('from interval');
  }, 2);
});
make('promise').run(() => {
  Promise.resolve().then(() => seen.push('then active ' + process.domain.name));
});
setTimeout(() => {
  console.log('outside', !process.domain);
  console.log(seen.sort().join('\n'));
}, 50);
