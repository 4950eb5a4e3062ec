// Package perfhooks is Node's `perf_hooks` module: the `performance`
// object (marks, measures, timerify, eventLoopUtilization, nodeTiming),
// PerformanceObserver, the entry classes, and histograms
// (createHistogram, monitorEventLoopDelay).
//
// The JS shim builds the surface; the Go binding supplies a monotonic
// clock relative to the runtime's time origin, histograms with
// HdrHistogram's rounding (histogram.go) and the event-loop delay sampler,
// a repeating unref'd loop timer.
package perfhooks

import (
	_ "embed"
	"math/big"
	"time"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/eventloop"
	"github.com/gorun-js/gorun/modules"
)

//go:embed perf_hooks.js
var source string

//go:embed histogram.js
var histogramSource string

//go:embed resource_timing.js
var resourceTimingSource string

// shim is perf_hooks.js followed by histogram.js and resource_timing.js,
// one module body split by concept; it is assembled on first use, not at
// start-up.
var shim = modules.NewShimFunc("node:perf_hooks", func() string {
	return source + "\n// --- histogram.js ---\n" + histogramSource +
		"\n// --- resource_timing.js ---\n" + resourceTimingSource
})

// Module declares `perf_hooks`.
func Module() modules.Module {
	return modules.Module{Name: "perf_hooks", Shim: shim, Binding: binding}
}

// Modules declares every module of this package.
func Modules() []modules.Module { return []modules.Module{Module()} }

func binding(c *modules.Context) (*goja.Object, error) {
	vm, l := c.VM, c.Loop
	// The loop's clock started with the runtime; its cached time tells how
	// long ago, which makes the runtime's creation the time origin as a
	// process start is Node's.
	origin := time.Now().Add(-time.Duration(l.Now()) * time.Millisecond)
	since := func(t time.Time) float64 { return float64(t.Sub(origin).Nanoseconds()) / 1e6 }
	b := vm.NewObject()
	set := func(name string, v any) { _ = b.Set(name, v) }

	set("now", func() float64 { return since(time.Now()) })
	set("timeOrigin", float64(origin.UnixNano())/1e6)
	// loopStart is -1 while the main script runs, as Node's milestone is.
	// An unref'd 0 ms timer, scheduled before any user timer can be, is
	// the first callback of the loop's first timers phase: it notes when
	// the loop began.
	loopStart := -1.0
	first := l.NewTimer(func() { loopStart = since(time.Now()) })
	l.SetRef(first, false)
	l.Schedule(first, 0)
	set("loopStart", func() float64 { return loopStart })
	set("createHistogram", func() *goja.Object { return histogramObject(vm, newHistogram()) })
	set("monitorDelay", func(h *goja.Object, resolution int64) *goja.Object {
		return monitorDelay(vm, l, h, resolution)
	})
	return b, nil
}

// hist recovers the Go histogram behind a handle made by histogramObject.
func hist(vm *goja.Runtime, v goja.Value) *histogram {
	if o, ok := v.(*goja.Object); ok {
		if h, ok := o.Get("__h").Export().(*histogram); ok {
			return h
		}
	}
	panic(vm.NewTypeError("not a histogram handle"))
}

// histogramObject wraps h in the handle the shim's Histogram class keeps
// privately; values in nanoseconds or user units alike.
func histogramObject(vm *goja.Runtime, h *histogram) *goja.Object {
	o := vm.NewObject()
	set := func(name string, v any) { _ = o.Set(name, v) }
	_ = o.DefineDataProperty("__h", vm.ToValue(h), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	set("record", func(v int64) { h.record(v) })
	var prev time.Time
	set("recordDelta", func() {
		now := time.Now()
		if !prev.IsZero() {
			h.record(now.Sub(prev).Nanoseconds())
		}
		prev = now
	})
	set("count", func() int64 { return h.total })
	set("min", func() int64 { return h.min() })
	set("max", func() int64 { return h.max() })
	set("mean", func() float64 { return h.mean() })
	set("stddev", func() float64 { return h.stddev() })
	set("exceeds", func() int64 { return h.exceeds })
	set("percentile", func(p float64) int64 { return h.percentile(p) })
	set("percentiles", func() []float64 { return h.percentiles() })
	// min is INT64_MAX while empty, beyond what a float holds exactly, so
	// its BigInt form comes from Go.
	set("minBigInt", func() goja.Value { return vm.ToValue(big.NewInt(h.min())) })
	set("reset", func() { h.reset(); prev = time.Time{} })
	set("add", func(other goja.Value) { h.add(hist(vm, other)) })
	return o
}

// monitorDelay returns the start/stop pair of an event-loop delay sampler
// recording into handle: a repeating timer every resolution ms that
// records the time since its previous tick, as Node's ELDHistogram does.
// The timer is unref'd so that monitoring never keeps a program alive.
func monitorDelay(vm *goja.Runtime, l *eventloop.Loop, handle *goja.Object, resolution int64) *goja.Object {
	h := hist(vm, handle)
	var prev time.Time
	var t *eventloop.Timer
	t = l.NewTimer(func() {
		now := time.Now()
		if !prev.IsZero() {
			h.record(now.Sub(prev).Nanoseconds())
		}
		prev = now
		l.Schedule(t, resolution)
	})
	l.SetRef(t, false)
	o := vm.NewObject()
	_ = o.Set("start", func() bool {
		if t.Active() {
			return false
		}
		prev = time.Time{}
		l.Schedule(t, resolution)
		return true
	})
	_ = o.Set("stop", func() bool {
		if !t.Active() {
			return false
		}
		l.Unschedule(t)
		return true
	})
	return o
}
