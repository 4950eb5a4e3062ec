// Package npmcompat is gorun's module system: Node's resolution
// algorithms for require and import
// (https://nodejs.org/api/modules.html#all-together,
// https://nodejs.org/api/esm.html#resolution-algorithm) over a pluggable
// file system, package.json reading, and the loader that gives every file
// its module, require, __filename and __dirname. ES modules and
// TypeScript are converted in process by esbuild's transform API to
// CommonJS-shaped functions (goja has no modules), cached on disk, and
// linked and evaluated with Node's semantics by esm.js, including
// top-level await.
//
// The package is split in two layers with a one-way dependency:
//
//   - The Resolver is pure Go. Each step of Node's algorithm is its own
//     method named after the Node function it mirrors (LookupPaths is
//     Module._resolveLookupPaths, FindPath is Module._findPath, and so on),
//     so package "exports"/"imports" (exports.go, cjs.go) sit beside the
//     steps that call them, and ESM_RESOLVE (esm.go) beside them. The exports algorithms work on URLs and
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
