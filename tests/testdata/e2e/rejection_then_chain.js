// Rejections passed along a chain are reported once, at its end.
process.on('unhandledRejection', (reason, p) => console.log('unhandled', reason.message, p === last));
const first = Promise.reject(new Error('origin'));
const last = first.then(() => 'never').finally(() => console.log('finally ran'));
const handled = Promise.reject(new Error('handled')).then(() => {}).catch((e) => console.log('caught', e.message));
Promise.all([Promise.resolve(1), Promise.reject(new Error('in all'))]).catch((e) => console.log('all rejected', e.message));
Promise.allSettled([Promise.reject(new Error('settled'))]).then((r) => console.log(r[0].status, r[0].reason.message));
Promise.race([new Promise(() => {}), Promise.reject(new Error('race'))]).catch((e) => console.log('race', e.message));
