package runtime

import (
	_ "embed"
	"sync"
	"time"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules/events"
)

//go:embed bootstrap.js
var bootstrapSource string

var bootstrapProgram = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile("node:internal/bootstrap", bootstrapSource, true)
})

// installGlobals defines Node's globals (console, timers, queueMicrotask…).
func (r *Runtime) installGlobals() error {
	prg, err := bootstrapProgram()
	if err != nil {
		return err
	}
	v, err := r.vm.RunProgram(prg)
	if err != nil {
		return err
	}
	fn, _ := goja.AssertFunction(v)
	require := r.vm.ToValue(func(name string) goja.Value {
		v, err := r.reg.Require(name)
		if err != nil {
			panic(r.vm.NewGoError(err))
		}
		return v
	})
	var pairs []any
	for from, names := range events.Globals {
		for _, name := range names {
			pairs = append(pairs, r.vm.NewArray(name, from))
		}
	}
	getProcess := r.vm.ToValue(func() goja.Value { return r.proc() })
	// zoneKey names the zone Date uses now (Options.TimeZone may change it).
	zoneKey := r.vm.ToValue(func() string { return time.Local.String() })
	_, err = fn(goja.Undefined(), r.vm.GlobalObject(), getProcess, require, r.loop.QueueMicrotask(), r.vm.NewArray(pairs...), zoneKey)
	return err
}
