// Package childprocess is Node's `child_process` module: spawn, exec,
// execFile, fork and their synchronous forms, over os/exec.
//
// The Go binding starts processes and moves bytes; the shim
// (childprocess.js) builds Node's surface: option normalisation and
// validation, the ChildProcess class, stdio streams, exec's buffering and
// errors. Each running child holds a loop handle (so it keeps the program
// alive until it exits, unless unref()ed), every pipe read by the parent
// holds one until EOF, and pending writes hold a loop ref. Goroutines read
// and write pipes and wait for the child; they only post to the loop.
//
// The IPC channel of fork() speaks Node's "json" serialization: one JSON
// document per line over a Unix socketpair whose child end is named by
// NODE_CHANNEL_FD, so gorun and node can fork each other. The child side
// is the internal module "internal/child_process/ipc".
package childprocess

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
)

//go:embed childprocess.js
var source string

//go:embed exec.js
var execSource string

//go:embed ipc.js
var ipcSource string

var (
	shim    = modules.NewShimFunc("node:child_process", func() string { return source + "\n" + execSource })
	ipcShim = modules.NewShim("node:internal/child_process/ipc", ipcSource)
)

// Modules declares `child_process` and "internal/child_process/ipc", whose
// setup(process) gives a forked child its process.send and 'message'
// events when NODE_CHANNEL_FD is set.
func Modules() []modules.Module {
	return []modules.Module{
		{Name: "child_process", Shim: shim, Binding: binding},
		{Name: "internal/child_process/ipc", Shim: ipcShim, Binding: ipcBinding},
	}
}

func binding(c *modules.Context) (*goja.Object, error) {
	vm := c.VM
	b := vm.NewObject()
	_ = b.Set("spawn", func(call goja.FunctionCall) goja.Value { return spawnAsync(c, call.Argument(0).ToObject(vm)) })
	_ = b.Set("spawnSync", func(call goja.FunctionCall) goja.Value { return spawnSync(c, call.Argument(0).ToObject(vm)) })
	_ = b.Set("cwd", func() string { return c.Host.Cwd() })
	sigs := vm.NewObject()
	for name, num := range signalNumbers {
		_ = sigs.Set(name, int(num))
	}
	_ = b.Set("signals", sigs)
	return b, nil
}
