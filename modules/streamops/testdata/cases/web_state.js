'use strict';
// stream/web state machines: writer backpressure, abort, cancel on break,
// preventCancel, tee cancel, pipeTo preventClose, TransformStream terminate/flush/errors.
const { ReadableStream, WritableStream, TransformStream, CountQueuingStrategy } = require('stream/web');
const log = (...a) => console.log(...a);
async function main() {
  // Writer backpressure: desiredSize and ready.
  const order = [];
  let release;
  const ws = new WritableStream({
    write(c) { order.push('write ' + c); return new Promise((r) => { release = r; }); },
    close() { order.push('close'); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const wr = ws.getWriter();
  log('desired', wr.desiredSize);
  const p1 = wr.write('a'); const p2 = wr.write('b'); const p3 = wr.write('c');
  log('desired after 3', wr.desiredSize);
  await new Promise((r) => setTimeout(r, 1));
  release(); await p1; await new Promise((r) => setTimeout(r, 1));
  release(); await p2; await new Promise((r) => setTimeout(r, 1));
  release(); await p3;
  await wr.close();
  log(order, ws);
  // abort
  const ws2 = new WritableStream({ abort(r) { log('sink abort', r); } });
  await ws2.abort('reason');
  log(ws2);
  // break out of for await cancels
  let cancelled;
  const rs = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { cancelled = r; } });
  for await (const v of rs) { log('v', v); break; }
  log('cancelled', cancelled, rs.locked);
  // preventCancel
  const rs2 = ReadableStream.from([1, 2, 3]);
  for await (const v of rs2.values({ preventCancel: true })) { log('v2', v); break; }
  const rd = rs2.getReader();
  log('after preventCancel', await rd.read());
  // tee cancel both
  const src = new ReadableStream({ cancel(r) { log('src cancel', r); } });
  const [x, y] = src.tee();
  await Promise.all([x.cancel('r1'), y.cancel('r2')]);
  // pipeTo with preventClose
  const ws3 = new WritableStream({ close() { log('ws3 closed'); } });
  await ReadableStream.from([1]).pipeTo(ws3, { preventClose: true });
  log('ws3 state', ws3);
  // TransformStream flush + terminate
  const ts = new TransformStream({ transform(c, ctl) { if (c === 'stop') ctl.terminate(); else ctl.enqueue(c); }, flush(ctl) { ctl.enqueue('flushed'); } });
  const w3 = ts.writable.getWriter();
  w3.write('one'); w3.write('stop').catch((e) => log('write after terminate', e.code));
  const got = [];
  for await (const v of ts.readable) got.push(v);
  log('terminate', got);
  const ts2 = new TransformStream({ flush(ctl) { ctl.enqueue('flushed'); } });
  const w4 = ts2.writable.getWriter(); w4.write('z'); w4.close();
  const got2 = [];
  for await (const v of ts2.readable) got2.push(v);
  log('flush', got2);
  // Errors in transform
  const ts3 = new TransformStream({ transform() { throw new Error('tfail'); } });
  const w5 = ts3.writable.getWriter();
  const read5 = ts3.readable.getReader().read().catch((e) => log('readable errored', e.message));
  await w5.write('a').catch((e) => log('transform error', e.message));
  await read5;
  // error on reader releaseLock with pending read
  const rs4 = new ReadableStream();
  const r4 = rs4.getReader();
  const pending = r4.read();
  r4.releaseLock();
  await pending.catch((e) => log('pending read', e.code, e.message));
  log(Object.prototype.toString.call(rs4), Object.prototype.toString.call(r4));
}
main();
