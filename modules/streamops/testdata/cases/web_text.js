'use strict';
// Text encoding streams (inspect, split characters) and the compression
// streams' format check (the round trip needs zlib; see README).
const { CompressionStream, DecompressionStream, ReadableStream, TextEncoderStream, TextDecoderStream } = require('stream/web');

async function main() {
  for (const f of ['x', undefined, 'br']) {
    try { new CompressionStream(f); } catch (e) { console.log(e.name, e.code, e.message); }
    try { new DecompressionStream(f); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  console.log(new TextEncoderStream(), new TextDecoderStream('utf-16le', { fatal: true }));
  // A surrogate pair split across string chunks, and a UTF-8 sequence split
  // across byte chunks, come out whole.
  const bytes = [];
  for await (const c of ReadableStream.from(['a\ud83d', '\ude00b']).pipeThrough(new TextEncoderStream())) bytes.push(...c);
  console.log(Buffer.from(bytes).toString('hex'));
  const euro = Buffer.from('€');
  let s = '';
  for await (const c of ReadableStream.from([euro.subarray(0, 2), euro.subarray(2)]).pipeThrough(new TextDecoderStream())) s += c;
  console.log(s);
}
main();
