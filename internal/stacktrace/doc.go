// Package stacktrace gives a goja runtime V8's error stacks, so that code
// written for Node (depd, http-errors, source-map-support, callsites)
// finds what it expects:
//
//   - err.stack in V8's format ("Error: msg\n    at f (/a.js:3:9)"), with
//     V8's frame names: `new X`, `Type.method [as alias]`,
//     `Object.<anonymous>` for module code, `at async f`, `at eval (eval
//     at ...)`, builtins as `at JSON.parse (<anonymous>)`, and V8's
//     columns (goja puts call sites on the parenthesis, V8 on the callee);
//   - Error.captureStackTrace, Error.stackTraceLimit and
//     Error.prepareStackTrace with CallSite objects;
//   - the same for errors the engine raises itself (null.x, undeclared
//     variables, failing builtins);
//   - node's report of a fatal exception: the source line with a caret,
//     the error as util.inspect shows it, and the version line.
//
// # Wiring
//
// Call Install on each runtime before any user code runs. The runtime
// prints FormatUncaught(exc) when an exception escapes with no
// 'uncaughtException' listener, and FormatRejection(reason) for an
// unhandled rejection (after wrapping a non-Error reason in node's
// ERR_UNHANDLED_REJECTION error). The loader reports a file that does not
// compile with ParseSyntaxError and, for the entry point, FormatSyntaxError;
// for a require()d file, Arrow gives the excerpt node puts on top of the
// SyntaxError's stack. Options.Position and Options.IsModuleWrapper tell
// the tracer about the loader's function wrapper; Options.Source and
// Options.Inspect connect it to the file system and util.inspect.
//
// # How
//
// The error constructors are replaced by native ones that keep the
// original prototypes, so instanceof, subclassing and Error.prototype are
// unchanged; objects are still made by goja's own constructors, so they
// are real errors to goja and to Object.prototype.toString. A constructor
// records the stack as Go values (program counters, receivers, callees)
// and defines `stack` as an accessor that formats on first read and then
// turns itself into the plain data property V8 shows (see introspect.go
// for how the difference is hidden). CallSite objects are built only when
// prepareStackTrace is set.
//
// goja's public API says too little about a frame for V8's names, and
// nothing lets a host build the errors the engine throws. bridge.go reads
// what is needed from goja's unexported fields, checking their layout when
// first used; without it the package still works, with goja's function
// names and columns only, and engine errors get V8 stacks only when
// printed or adopted.
//
// # Differences from V8
//
// Known and accepted, mostly for want of information in goja:
//
//   - Engine messages are goja's ("Cannot read property 'x' of undefined",
//     not V8's "Cannot read properties of undefined (reading 'x')").
//   - An arrow function called as a method is named without its receiver
//     (goja drops the receiver of arrow calls): V8 says `Object.f`, this
//     package `f`. The same holds for awaiting async frames.
//   - Objects whose prototype lost its `constructor` get "Object" as type
//     name: V8 remembers the constructor that made them, goja does not.
//   - There are no frames for `new Promise(...)` and other builtins goja
//     runs as constructors without a frame, nor `async Promise.all (index
//     n)` frames (CallSite.isPromiseAll is always false).
//   - A function made by new Function or eval and called from elsewhere
//     names the caller in its eval origin, not where it was made.
//   - V8 reports some errors at the start of their statement (an
//     undeclared variable inside `return x + 1`); goja, and so this
//     package, at the identifier.
//   - Thrown errors put the caret where they were thrown; rejected ones
//     where they were made, as in node.
package stacktrace
