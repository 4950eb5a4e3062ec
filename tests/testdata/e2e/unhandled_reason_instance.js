// An unhandled rejection whose reason is new (class Custom { constructor() { this.x = 1; } })(): node prints it and exits 1.
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new (class Custom { constructor() { this.x = 1; } })());
