// An unhandled rejection whose reason is { code: 'OBJ', msg: 'plain object', nested: { deep: [1, 2] } }: node prints it and exits 1.
process.on('exit', (code) => console.log('exit', code));
Promise.reject({ code: 'OBJ', msg: 'plain object', nested: { deep: [1, 2] } });
