// Lowered async generators and a top-level for await in an ES module.
async function* g() { yield 1; }
console.log(g(), Object.prototype.toString.call(g()));
import('./fixtures/tla.mjs').then((m) => console.log('tla done', m.total));
