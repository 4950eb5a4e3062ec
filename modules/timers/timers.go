// Package timers is Node's `timers` and `timers/promises` modules:
// setTimeout, setInterval, setImmediate and their clear functions, with
// Timeout and Immediate objects shaped like Node's, and their promise
// forms. The loop orders and fires timers (eventloop.Timer); the shims
// build the JS objects.
package timers

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/eventloop"
	"github.com/gorun-js/gorun/modules"
)

//go:embed timers.js
var source string

//go:embed promises.js
var promisesSource string

var (
	shim         = modules.NewShim("node:timers", source)
	promisesShim = modules.NewShim("node:timers/promises", promisesSource)
)

// Module declares `timers` alone; Modules adds its subpath.
func Module() modules.Module {
	return modules.Module{Name: "timers", Shim: shim, Binding: binding}
}

// Modules declares `timers` and `timers/promises`.
func Modules() []modules.Module {
	return []modules.Module{Module(), {Name: "timers/promises", Shim: promisesShim}}
}

type state struct {
	loop       *eventloop.Loop
	timers     map[int64]*eventloop.Timer
	immediates map[int64]eventloop.Immediate
	nextID     int64
	onTimeout  goja.Value
	onImmed    goja.Value
}

func binding(c *modules.Context) (*goja.Object, error) {
	vm, l := c.VM, c.Loop
	s := &state{loop: l, timers: map[int64]*eventloop.Timer{}, immediates: map[int64]eventloop.Immediate{}}
	b := vm.NewObject()
	set := func(name string, fn any) { _ = b.Set(name, fn) }

	// init receives the shim's fire functions: Go calls them with the
	// Timeout or Immediate object when it is due.
	set("init", func(onTimeout, onImmediate goja.Value) {
		s.onTimeout, s.onImmed = onTimeout, onImmediate
	})
	set("now", func() int64 { return l.Now() })
	// start schedules (or reschedules) timer id of object obj; it returns
	// the loop time used as its start (_idleStart).
	set("start", func(id int64, obj goja.Value, ms int64, refed bool) int64 {
		t := s.timers[id]
		if t == nil {
			var self *eventloop.Timer
			self = l.NewTimer(func() {
				// Kept while its callback runs, so that a clearTimeout
				// there reaches the loop (ActiveResources stops counting
				// it); forgotten after, unless the callback rescheduled it.
				l.Call(s.onTimeout, goja.Undefined(), []goja.Value{obj})
				if s.timers[id] == self && !self.Active() {
					delete(s.timers, id)
				}
			})
			t = self
			s.timers[id] = t
		}
		l.SetRef(t, refed)
		l.Schedule(t, ms)
		return l.Now()
	})
	set("stop", func(id int64) {
		if t := s.timers[id]; t != nil {
			l.Unschedule(t)
			delete(s.timers, id)
		}
	})
	set("setRef", func(id int64, ref bool) {
		if t := s.timers[id]; t != nil {
			l.SetRef(t, ref)
		}
	})
	set("immediate", func(id int64, obj goja.Value) {
		s.immediates[id] = l.SetImmediate(func() {
			delete(s.immediates, id)
			l.Call(s.onImmed, goja.Undefined(), []goja.Value{obj})
		})
	})
	set("clearImmediate", func(id int64) {
		if h, ok := s.immediates[id]; ok {
			l.ClearImmediate(h)
			delete(s.immediates, id)
		}
	})
	set("immediateRef", func(id int64, ref bool) {
		if h, ok := s.immediates[id]; ok {
			l.SetImmediateRef(h, ref)
		}
	})
	return b, nil
}
