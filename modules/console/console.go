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
	"os"
	"time"

	"golang.org/x/term"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/process"
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
		if err := setDirect(c.Host, set); err != nil {
			return nil, err
		}
		if err := set("stdout", hostStream(vm, c.Host.Stdout)); err != nil {
			return nil, err
		}
		if err := set("stderr", hostStream(vm, c.Host.Stderr)); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// setDirect adds the global console's direct writes (modules.Host.
// StdioClaimed): writeDirect(fd, text) writes to the runtime's stdout (1)
// or stderr (2) unless a JS stream owns the fd, and reports whether it
// did; errors are dropped, as the console drops a stream's. plainColors(fd)
// tells whether util.inspect would colour values written there: false
// when it would not, undefined when only the stream can tell (a
// terminal, whose colour depth the stream knows, or a claimed fd).
func setDirect(h *modules.Host, set func(string, any) error) error {
	writer := func(fd int) io.Writer {
		if fd < 1 || fd > 2 || h.StdioClaimed[fd] {
			return nil
		}
		w := h.Stdout
		if fd == 2 {
			w = h.Stderr
		}
		if f, ok := w.(*os.File); ok && f.Fd() <= 2 {
			// A closed pipe must give EPIPE, not kill us (node ignores
			// SIGPIPE).
			process.CatchSIGPIPE()
		}
		return w
	}
	if err := set("writeDirect", func(fd int, text string) bool {
		w := writer(fd)
		if w == nil {
			return false
		}
		_, _ = io.WriteString(w, text)
		return true
	}); err != nil {
		return err
	}
	return set("plainColors", func(fd int) any {
		w := writer(fd)
		if w == nil {
			return nil
		}
		if h.Getenv != nil {
			if _, forced := h.Getenv("FORCE_COLOR"); forced {
				return nil
			}
		}
		if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			return nil
		}
		return false
	})
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
