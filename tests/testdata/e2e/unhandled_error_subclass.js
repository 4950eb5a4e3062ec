// An unhandled rejection with an Error subclass that sets name as a field.
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new (class MyErr extends Error { name = 'MyErr'; })('subclass'));
