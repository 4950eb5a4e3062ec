// An unhandled rejection with an Error carrying extra properties: node prints
// the stack and the properties, and exits 1.
process.on('exit', (code) => console.log('exit', code));
Promise.reject(Object.assign(new Error('with props'), { code: 'E_X' }));
