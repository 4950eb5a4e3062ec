const timer = setTimeout(() => console.log('must not fire'), 10);
const interval = setInterval(() => console.log('must not fire'), 10);
const immediate = setImmediate(() => console.log('must not fire'));
console.log(typeof Symbol.dispose, typeof Symbol.asyncDispose);
timer[Symbol.dispose]();
interval[Symbol.dispose]();
immediate[Symbol.dispose]();
console.log(timer._destroyed, interval._destroyed, immediate._destroyed);
