const dc = require('diagnostics_channel');
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
dc.subscribe('y', () => { throw new Error('sub throws'); });
dc.subscribe('y', (m) => console.log('second still runs', m));
dc.channel('y').publish(1);
console.log('after publish');
const z = dc.channel('z');
z.bindStore({ run(ctx, fn) { return fn(); } }, () => { throw new Error('transform throws'); });
console.log(z.runStores(1, () => 'ran anyway'));
