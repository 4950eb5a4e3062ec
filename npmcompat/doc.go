// Package npmcompat is gorun's CommonJS module system: Node's resolution
// algorithm (https://nodejs.org/api/modules.html#all-together) over a
// pluggable file system, package.json reading, and the loader that gives
// every file its module, require, __filename and __dirname.
//
// The package is split in two layers with a one-way dependency:
//
//   - The Resolver is pure Go. Each step of Node's algorithm is its own
//     method named after the Node function it mirrors (LookupPaths is
//     Module._resolveLookupPaths, FindPath is Module._findPath, and so on),
//     so package "exports"/"imports" (exports.go, cjs.go) sit beside the
//     steps that call them, and the later ES module and TypeScript work
//     slots in the same way. The exports algorithms work on URLs and
//     condition sets, as Node's ESM resolver does, so import reuses them.
//   - The Loader owns one runtime's goja VM. Node's Module class and its
//     monkey-patchable statics (Module._load, Module._resolveFilename,
//     Module._extensions, Module.prototype._compile, Module.wrap) are a JS
//     shim (loader.js) that calls the Resolver through a small binding, so
//     packages that patch them (pirates, proxyquire, module-alias,
//     require-in-the-middle) see the same call graph as in Node.
//
// Nothing here uses the process-wide working directory or environment:
// many runtimes share one Go process, so cwd and environment come in
// through Options.
package npmcompat
