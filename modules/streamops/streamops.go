// Package streamops is the stream utilities of Node's `stream` module, as
// internal modules the stream core (package stream) requires lazily:
// finished (end-of-stream), pipeline, compose, addAbortSignal,
// Readable.from, Duplex.from and the iterator operators (map, filter,
// toArray…); the public `stream/promises` and `stream/consumers`; and the
// WHATWG streams of `stream/web` with the adapters behind toWeb/fromWeb.
//
// Everything is JS, following Node v20's lib/internal/streams behaviour.
// goja has no async generators or for-await, so the shims drive iterators
// by hand (utils.js: forAwait, asyncGen); user code's generators reach
// them already lowered by esbuild.
//
// The shims never require 'stream' at load time: the core requires them,
// and a top-level require back would see the core's partial exports.
package streamops

import (
	_ "embed"

	"github.com/gorun-js/gorun/modules"
)

var (
	//go:embed utils.js
	utilsSrc string
	//go:embed end_of_stream.js
	eosSrc string
	//go:embed pipeline.js
	pipelineSrc string
	//go:embed compose.js
	composeSrc string
	//go:embed add_abort_signal.js
	abortSignalSrc string
	//go:embed from.js
	fromSrc string
	//go:embed duplexify.js
	duplexifySrc string
	//go:embed operators.js
	operatorsSrc string
	//go:embed promises.js
	promisesSrc string
	//go:embed consumers.js
	consumersSrc string
	//go:embed web_util.js
	webUtilSrc string
	//go:embed web_readable.js
	webReadableSrc string
	//go:embed web_writable.js
	webWritableSrc string
	//go:embed web_transform.js
	webTransformSrc string
	//go:embed web.js
	webSrc string
	//go:embed web_adapters.js
	webAdaptersSrc string
)

var (
	utilsShim        = modules.NewShim("node:internal/streamops/utils", utilsSrc)
	eosShim          = modules.NewShim("node:internal/streams/end-of-stream", eosSrc)
	pipelineShim     = modules.NewShim("node:internal/streams/pipeline", pipelineSrc)
	composeShim      = modules.NewShim("node:internal/streams/compose", composeSrc)
	abortSignalShim  = modules.NewShim("node:internal/streams/add-abort-signal", abortSignalSrc)
	fromShim         = modules.NewShim("node:internal/streams/from", fromSrc)
	duplexifyShim    = modules.NewShim("node:internal/streams/duplexify", duplexifySrc)
	operatorsShim    = modules.NewShim("node:internal/streams/operators", operatorsSrc)
	promisesShim     = modules.NewShim("node:stream/promises", promisesSrc)
	consumersShim    = modules.NewShim("node:stream/consumers", consumersSrc)
	webUtilShim      = modules.NewShim("node:internal/webstreams/util", webUtilSrc)
	webReadableShim  = modules.NewShim("node:internal/webstreams/readablestream", webReadableSrc)
	webWritableShim  = modules.NewShim("node:internal/webstreams/writablestream", webWritableSrc)
	webTransformShim = modules.NewShim("node:internal/webstreams/transformstream", webTransformSrc)
	webShim          = modules.NewShim("node:stream/web", webSrc)
	webAdaptersShim  = modules.NewShim("node:internal/webstreams/adapters", webAdaptersSrc)
)

// Modules declares the internal stream utilities, the public
// `stream/promises`, `stream/consumers` and `stream/web`, and the web
// streams' internal modules. "internal/streamops/utils" is
// this package's own copy of Node's stream predicates (isNodeStream,
// isReadableFinished…) and of destroyImpl.destroyer, so it does not depend
// on the core's progress.
func Modules() []modules.Module {
	return []modules.Module{
		{Name: "internal/streamops/utils", Shim: utilsShim},
		{Name: "internal/streams/end-of-stream", Shim: eosShim},
		{Name: "internal/streams/pipeline", Shim: pipelineShim},
		{Name: "internal/streams/compose", Shim: composeShim},
		{Name: "internal/streams/add-abort-signal", Shim: abortSignalShim},
		{Name: "internal/streams/from", Shim: fromShim},
		{Name: "internal/streams/duplexify", Shim: duplexifyShim},
		{Name: "internal/streams/operators", Shim: operatorsShim},
		{Name: "stream/promises", Shim: promisesShim},
		{Name: "stream/consumers", Shim: consumersShim},
		{Name: "internal/webstreams/util", Shim: webUtilShim},
		{Name: "internal/webstreams/readablestream", Shim: webReadableShim},
		{Name: "internal/webstreams/writablestream", Shim: webWritableShim},
		{Name: "internal/webstreams/transformstream", Shim: webTransformShim},
		{Name: "stream/web", Shim: webShim},
		{Name: "internal/webstreams/adapters", Shim: webAdaptersShim},
	}
}
