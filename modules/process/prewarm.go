package process

import (
	"sync"

	"github.com/gorun-js/gorun/modules/buffer"
	"github.com/gorun-js/gorun/modules/stream"
)

// stdioShims names what the first process.stdout access loads: the
// Writable and its helpers, Buffer, and the stdio modules themselves.
var stdioShims = map[string]bool{
	"buffer":                        true,
	"internal/streams/writable":     true,
	"internal/streams/legacy":       true,
	"internal/streams/destroy":      true,
	"internal/streams/state":        true,
	"internal/streams/utils":        true,
	"internal/process/stdio":        true,
	"internal/fs/sync_write_stream": true,
}

var prewarmOnce sync.Once

// prewarmStdio compiles, on another goroutine, the shims behind
// process.stdout, which nearly every program touches through console.log:
// compiling them is most of that first access's cost (~12 ms), and a
// runtime starting up leaves a core idle. Shim.Program is once-guarded,
// so a runtime that needs a shim first simply waits for it; compiled
// programs are shared by every runtime in the process.
func prewarmStdio() {
	prewarmOnce.Do(func() {
		list := append(buffer.Modules(), stream.Modules()...)
		list = append(list, StdioModules()...)
		go func() {
			for _, m := range list {
				if m.Shim != nil && stdioShims[m.Name] {
					_, _ = m.Shim.Program()
				}
			}
		}()
	})
}
