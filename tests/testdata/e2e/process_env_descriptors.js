// process.env rejects symbol keys and non-data or non-enumerable descriptors
// with node's errors.
try { process.env[Symbol('k')] = 'v'; console.log('symbol key set'); } catch (e) { console.log(e.name, e.message); }
try { Object.defineProperty(process.env, 'BAD', { value: 'x', enumerable: false }); } catch (e) { console.log(e.name, e.code, e.message); }
try { Object.defineProperty(process.env, 'GET', { get() { return 'x'; } }); } catch (e) { console.log(e.name, e.code, e.message); }
console.log('BAD' in process.env, 'GET' in process.env);
