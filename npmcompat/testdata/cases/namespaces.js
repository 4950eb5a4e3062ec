// Module namespaces as util prints them, and CommonJS named exports.
import('./fixtures/ns.mjs').catch((e) => console.log('failed', e));
