// The lazily wired helpers: promisify(pipeline/finished), stream.promises,
// operators on Readable.prototype, duplexPair.
'use strict';
const stream = require('stream'); const util = require('util');
console.log(util.promisify(stream.pipeline) === require('stream/promises').pipeline, util.promisify(stream.finished) === require('stream/promises').finished, stream.promises === require('stream/promises'));
(async () => {
  const out = [];
  await stream.promises.pipeline(stream.Readable.from(['a', 'b']), new stream.Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } }), new stream.Writable({ write(c, e, cb) { out.push(String(c)); cb(); } }));
  console.log(out, await stream.Readable.from([1, 2, 3]).map((x) => x * 2).toArray());
  const [a, b] = stream.duplexPair(); a.write('hi'); b.on('data', (d) => console.log('pair', String(d)));
})();
