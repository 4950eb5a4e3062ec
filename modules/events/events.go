// Package events is Node's `events` module: EventEmitter and the static
// helpers (once, on, getEventListeners, setMaxListeners, addAbortListener);
// and, as internal modules, the DOM's EventTarget, Event and CustomEvent
// with Node's NodeEventTarget, and AbortController/AbortSignal.
//
// Everything is JS except emit's common case (emit.go), which goja runs
// 3-4x faster as a native function. The shims follow Node v20's lib/events.js and lib/internal/event_target.js
// behaviour, including listener storage (a lone function, then an array),
// the once-wrapper shape visible through rawListeners(), and the warning
// and error texts.
package events

import (
	_ "embed"

	"github.com/gorun-js/gorun/modules"
)

//go:embed events.js
var eventsSrc string

//go:embed events_async.js
var eventsAsyncSrc string

//go:embed event_target.js
var eventTargetSrc string

//go:embed abort_controller.js
var abortControllerSrc string

var (
	eventsShim          = modules.NewShim("node:events", eventsSrc)
	eventsAsyncShim     = modules.NewShim("node:internal/events/async", eventsAsyncSrc)
	eventTargetShim     = modules.NewShim("node:internal/event_target", eventTargetSrc)
	abortControllerShim = modules.NewShim("node:internal/abort_controller", abortControllerSrc)
)

// Module declares `events`. It requires "internal/errors" and
// "internal/validators" (package internal/nodeerr/errorsmodule) and the
// internal modules of Modules.
func Module() modules.Module {
	return modules.Module{Name: "events", Shim: eventsShim, Binding: binding}
}

// Modules declares `events`, its helper "internal/events/async" (once,
// on, addAbortListener), and the internal modules behind Node's
// EventTarget globals: "internal/event_target" (Event, EventTarget,
// CustomEvent, NodeEventTarget) and "internal/abort_controller"
// (AbortController, AbortSignal, and a DOMException used when the runtime
// has none). The runtime installs those exports as globals.
func Modules() []modules.Module {
	return []modules.Module{
		Module(),
		{Name: "internal/events/async", Shim: eventsAsyncShim},
		{Name: "internal/event_target", Shim: eventTargetShim},
		{Name: "internal/abort_controller", Shim: abortControllerShim},
	}
}

// Globals lists, per internal module, the exports Node makes global.
var Globals = map[string][]string{
	"internal/event_target":     {"Event", "EventTarget", "CustomEvent"},
	"internal/abort_controller": {"AbortController", "AbortSignal", "DOMException"},
}
