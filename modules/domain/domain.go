// Package domain is Node's deprecated `domain` module
// (https://nodejs.org/api/domain.html): Domain objects that catch the
// errors thrown by everything started inside them, sync or async.
//
// Node enters a callback's domain from async_hooks before/after hooks on
// every resource. The loop has no such hooks for its own timers and I/O,
// so the active domain lives in the async context instead (the value
// AsyncLocalStorage reads, eventloop/context.go): the loop carries it from
// where work is scheduled to where its callback runs, and the shim
// re-derives the domain stack from it whenever the context it last saw
// has changed.
package domain

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
)

//go:embed domain.js
var source string

var shim = modules.NewShim("node:domain", source)

// Module declares `domain`.
func Module() modules.Module {
	return modules.Module{Name: "domain", Shim: shim, Binding: binding}
}

// Modules declares `domain` and `internal/domain`, the object through
// which the domain shim hooks into process.nextTick and
// process._fatalException (modules/process) without replacing them.
func Modules() []modules.Module {
	return []modules.Module{Module(), {Name: "internal/domain", Binding: hooks}}
}

func hooks(c *modules.Context) (*goja.Object, error) { return c.VM.NewObject(), nil }

func binding(c *modules.Context) (*goja.Object, error) {
	b := c.VM.NewObject()
	l := c.Loop
	// Plain FunctionCall signatures: goja calls them without reflection,
	// and getContext runs on every domain operation.
	_ = b.Set("enable", func(goja.FunctionCall) goja.Value {
		l.EnableAsyncContext()
		return goja.Undefined()
	})
	_ = b.Set("getContext", func(goja.FunctionCall) goja.Value { return l.AsyncContext() })
	_ = b.Set("setContext", func(call goja.FunctionCall) goja.Value {
		l.SetAsyncContext(call.Argument(0))
		return goja.Undefined()
	})
	return b, nil
}
