// FileHandle[Symbol.asyncDispose] closes the handle ('close' event, fd
// -1); the method is a writable, configurable, non-enumerable property.
require('fs/promises').open(__filename).then(async (fh) => {
  const d = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(fh), Symbol.asyncDispose);
  console.log(typeof d.value, d.writable, d.enumerable, d.configurable);
  fh.on('close', () => console.log('closed'));
  console.log(await fh[Symbol.asyncDispose](), fh.fd);
});
