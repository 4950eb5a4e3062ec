// Package fs is Node's `fs` and `fs/promises` modules. One Go
// implementation (binding.go, ops_*.go) does every file-system call on raw
// file descriptors, as libuv does; the shim (fs.js) builds the three Node
// forms on top of it: callbacks (the work runs on the loop's worker pool
// through Loop.Go), `*Sync` (the same work run inline) and promises
// (promises.js, with FileHandle).
package fs

import (
	_ "embed"

	"github.com/gorun-js/gorun/modules"
)

//go:embed fs.js
var source string

//go:embed promises.js
var promisesSource string

//go:embed utils.js
var utilsSource string

//go:embed dir.js
var dirSource string

//go:embed cp.js
var cpSource string

//go:embed streams.js
var streamsSource string

//go:embed watchers.js
var watchersSource string

var (
	shim         = modules.NewShim("node:fs", source)
	promisesShim = modules.NewShim("node:fs/promises", promisesSource)
	utilsShim    = modules.NewShim("node:internal/fs/utils", utilsSource)
	dirShim      = modules.NewShim("node:internal/fs/dir", dirSource)
	cpShim       = modules.NewShim("node:internal/fs/cp", cpSource)
	streamsShim  = modules.NewShim("node:internal/fs/streams", streamsSource)
	watchShim    = modules.NewShim("node:internal/fs/watchers", watchersSource)
)

// Modules declares `fs`, `fs/promises` and the internal module they share
// (internal/fs/utils: Stats, Dirent, argument checks; internal/fs/dir:
// Dir; internal/fs/cp: cp; internal/fs/streams: ReadStream, WriteStream;
// internal/fs/watchers: watch, watchFile); all use the Go binding, and
// fs/promises is also require('fs').promises.
func Modules() []modules.Module {
	return []modules.Module{
		{Name: "fs", Shim: shim, Binding: Binding},
		{Name: "fs/promises", Shim: promisesShim, Binding: Binding},
		{Name: "internal/fs/utils", Shim: utilsShim, Binding: Binding},
		{Name: "internal/fs/dir", Shim: dirShim, Binding: Binding},
		{Name: "internal/fs/cp", Shim: cpShim, Binding: Binding},
		{Name: "internal/fs/streams", Shim: streamsShim, Binding: Binding},
		{Name: "internal/fs/watchers", Shim: watchShim, Binding: Binding},
	}
}
