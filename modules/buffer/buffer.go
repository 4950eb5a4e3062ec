// Package buffer is Node's `buffer` module: Buffer as a real JS class
// extending Uint8Array (FastBuffer, as in Node), Blob, File, atob/btoa,
// transcode, and the internal/encoding module that holds TextEncoder and
// TextDecoder. The shim builds the surface; every loop over bytes (codecs,
// search, compare, fill, swap) runs in Go on the typed array's live
// ArrayBuffer memory.
package buffer

import (
	_ "embed"

	"github.com/gorun-js/gorun/modules"
)

//go:embed buffer.js
var source string

//go:embed readwrite.js
var readwriteSource string

//go:embed blob.js
var blobSource string

//go:embed encoding.js
var encodingSource string

var (
	shim          = modules.NewShim("node:buffer", source)
	readwriteShim = modules.NewShim("node:internal/buffer", readwriteSource)
	blobShim      = modules.NewShim("node:internal/blob", blobSource)
	encodingShim  = modules.NewShim("node:internal/encoding", encodingSource)
)

// Modules declares `buffer` and the internal modules it is built from.
// internal/encoding exports TextEncoder and TextDecoder for the runtime to
// make global.
func Modules() []modules.Module {
	return []modules.Module{
		{Name: "buffer", Shim: shim, Binding: Binding},
		{Name: "internal/buffer", Shim: readwriteShim, Binding: Binding},
		{Name: "internal/blob", Shim: blobShim},
		{Name: "internal/encoding", Shim: encodingShim, Binding: Binding},
	}
}
