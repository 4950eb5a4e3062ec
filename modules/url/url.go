// Package url is Node's `url` module: the WHATWG URL and URLSearchParams
// classes, the legacy url.parse/format/resolve API and the file URL
// helpers. The URL Standard's parser (hosts, IDNA through
// golang.org/x/net/idna, percent-encoding, setter state overrides) and the
// urlencoded codec are Go; the classes and the legacy API are JS shims.
//
// `internal/url` exposes the classes and file URL helpers to other
// built-ins (fs, http) without the legacy API.
package url

import (
	_ "embed"

	"github.com/gorun-js/gorun/modules"
)

//go:embed whatwg.js
var whatwgSource string

//go:embed fileurl.js
var fileURLSource string

//go:embed legacy.js
var legacySource string

//go:embed url.js
var urlSource string

var (
	internalShim = modules.NewShimFunc("node:internal/url", func() string { return whatwgSource + "\n" + fileURLSource })
	urlShim      = modules.NewShimFunc("node:url", func() string { return legacySource + "\n" + urlSource })
)

// Modules declares `url` and `internal/url`, which holds the Go binding.
func Modules() []modules.Module {
	return []modules.Module{
		{Name: "internal/url", Shim: internalShim, Binding: binding},
		{Name: "url", Shim: urlShim, Binding: binding},
	}
}
