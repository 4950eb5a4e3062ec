// Package console implements Node's console module: the Console class and
// the global console object (https://nodejs.org/docs/latest-v20.x/api/console.html).
//
// It replaces goja_nodejs's console, which prints through a Go logger and
// so differs from Node in format, streams, grouping and table output. The
// JS shim (console.js) holds the whole surface; the Go half measures
// terminal column widths for console.table (Node uses ICU, which goja
// lacks) and supplies a clock and host streams for runtimes that have no
// `process` object.
//
// Formatting is util.formatWithOptions and util.inspect, so the output is
// exactly as Node's only as far as the util module is.
package console

import (
	_ "embed"
	"fmt"
	"io"
	"time"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr"
	"github.com/gorun-js/gorun/modules"
)

//go:embed console.js
var shimSource string

var shim = modules.NewShim("node:console", shimSource)

// Module declares the console built-in. Its exports are the global console
// instance; the runtime installs the same object as globalThis.console.
func Module() modules.Module {
	return moduleWithClock(time.Now)
}

// moduleWithClock lets tests drive the fallback clock.
func moduleWithClock(now func() time.Time) modules.Module {
	return modules.Module{
		Name:    "console",
		Shim:    shim,
		Binding: func(c *modules.Context) (*goja.Object, error) { return newBinding(c, now) },
	}
}

func newBinding(c *modules.Context, now func() time.Time) (*goja.Object, error) {
	vm := c.VM
	b := vm.NewObject()
	origin := now()

	set := func(name string, v any) error {
		if err := b.Set(name, v); err != nil {
			return fmt.Errorf("console binding %s: %w", name, err)
		}
		return nil
	}
	if err := set("stringWidth", func(s string) int { return stringWidth(s) }); err != nil {
		return nil, err
	}
	// hrtime mirrors process.hrtime([prev]) so the shim can use either.
	if err := set("hrtime", func(call goja.FunctionCall) goja.Value {
		d := now().Sub(origin)
		if prev, ok := call.Argument(0).Export().([]any); ok && len(prev) == 2 {
			d -= time.Duration(toInt64(prev[0]))*time.Second + time.Duration(toInt64(prev[1]))
		}
		return vm.ToValue([]any{int64(d / time.Second), int64(d % time.Second)})
	}); err != nil {
		return nil, err
	}
	// error builds Node's coded errors (ERR_CONSOLE_WRITABLE_STREAM, …)
	// from the one table, with util.inspect for the values they quote.
	errs := nodeerr.Builder{VM: vm, Inspect: nodeerr.UtilInspect(vm, c.Require)}
	if err := set("error", func(call goja.FunctionCall) goja.Value {
		args := make([]any, 0, len(call.Arguments))
		for _, a := range call.Arguments[1:] {
			args = append(args, a)
		}
		return errs.New(call.Argument(0).String(), args...)
	}); err != nil {
		return nil, err
	}
	if c.Host != nil {
		if err := set("stdout", hostStream(vm, c.Host.Stdout)); err != nil {
			return nil, err
		}
		if err := set("stderr", hostStream(vm, c.Host.Stderr)); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// hostStream is the minimal writable the global console falls back to when
// the runtime has no process.stdout/stderr (a bare embedding). It returns
// undefined for a nil writer so the console drops the output.
func hostStream(vm *goja.Runtime, w io.Writer) goja.Value {
	if w == nil {
		return goja.Undefined()
	}
	o := vm.NewObject()
	_ = o.Set("write", func(call goja.FunctionCall) goja.Value {
		if _, err := io.WriteString(w, call.Argument(0).String()); err != nil {
			panic(vm.NewGoError(err))
		}
		return vm.ToValue(true)
	})
	return o
}

func toInt64(v any) int64 {
	switch n := v.(type) {
	case int64:
		return n
	case float64:
		return int64(n)
	default:
		return 0
	}
}
