// A lazy global read while its own module loads (AbortController's module
// asks for DOMException, which it defines) stays available.
new AbortController();
console.log(typeof DOMException, new DOMException('m', 'AbortError').code);
