// FileHandle.readableWebStream, plain and byte streams; the handle stays open.
const fs = require('fs');
const path = require('path');
const os = require('os');
const file = path.join(os.tmpdir(), 'fh-web-' + process.pid + '.txt');
fs.writeFileSync(file, 'hello web stream\n'.repeat(3000));
(async () => {
  for (const type of [undefined, 'bytes']) {
    const fh = await fs.promises.open(file);
    const web = fh.readableWebStream({ type });
    const reader = web.getReader();
    let n = 0;
    let text = '';
    const kinds = new Set();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      n += value.byteLength;
      kinds.add(value.constructor.name);
      text += Buffer.from(value instanceof ArrayBuffer ? value : value.buffer, value.byteOffset, value.byteLength).toString();
    }
    console.log(type, [...kinds], n, text === 'hello web stream\n'.repeat(3000), fh.fd > 0);
    await fh.close();
  }
  fs.unlinkSync(file);
})().catch((e) => console.log('ERR', e));
