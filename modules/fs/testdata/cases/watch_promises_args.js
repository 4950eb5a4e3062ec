// fsPromises.watch checks its arguments on the first next(), as an async generator does.
const fs = require('fs');
(async () => {
  for (const a of [[1], ['.', 1], ['.', { recursive: 'x' }], ['.', { persistent: 'x' }], ['.', 'bad'], ['.', { encoding: 'bad' }], ['/nonexist'], ['.', { signal: 1 }]]) {
    try { for await (const e of fs.promises.watch(...a)) {} } catch (e) { console.log(e.name, e.code, e.message); }
  }
})();
