// Package modules defines how a Node built-in module is declared and
// instantiated. Each built-in lives in its own package under modules/<name>
// and is named in the explicit list of package modules/builtins.
//
// A module has up to two halves: a Go binding holding primitives with Go
// types, and a JS shim (embedded with go:embed) that builds the Node surface
// on top of it. The shim is compiled once per process and run lazily, on the
// first require of the module in each runtime.
package modules

import (
	"io"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/eventloop"
)

// Module declares one built-in module.
type Module struct {
	// Name is the module's name without the "node:" prefix, for example
	// "util" or "fs/promises". Names starting with "internal/" can be
	// required only from other shims, never from user code.
	Name string
	// Shim is the module's JS surface. It may be nil when Binding builds the
	// exports alone.
	Shim *Shim
	// Binding builds the Go half of the module. When Shim is set, the value
	// is passed to it as `binding`; otherwise it is the module's exports.
	Binding func(c *Context) (*goja.Object, error)
}

// Internal reports whether the module is hidden from user code.
func (m Module) Internal() bool { return strings.HasPrefix(m.Name, "internal/") }

// Host carries the per-runtime facts that bindings need: a runtime's
// working directory and standard streams belong to it, not to the Go
// process, because many runtimes may share one process.
type Host struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Cwd returns the runtime's current working directory.
	Cwd func() string
	// Getenv looks up the runtime's environment (process.env), which
	// need not be the Go process's. Nil means an empty environment.
	Getenv func(key string) (string, bool)
	// StdioClaimed records which of fds 0-2 a JS stream owns
	// (process.stdin/stdout/stderr, set when they are made). Until then
	// the global console writes to Stdout and Stderr itself: nothing can
	// have patched a stream that doesn't exist, and making one costs the
	// stream classes' compile, most of a hello world's start-up.
	StdioClaimed [3]bool
	// Natives are goja's own ArrayBuffer and typed-array constructors,
	// which the globals of those names wrap with allocation-size checks
	// (internal/polyfill). Built-ins that check sizes themselves extend
	// these to skip the wrapper. Absent names mean no wrapper.
	Natives map[string]*goja.Object
}

// Context is what a binding receives when its module is first required.
// Everything in it belongs to one runtime and may be used only on that
// runtime's loop goroutine.
type Context struct {
	VM   *goja.Runtime
	Loop *eventloop.Loop
	Host *Host
	// Require returns the exports of another built-in (internal ones
	// included), instantiating it if needed.
	Require func(name string) (goja.Value, error)
}

// Shim is a module's JS source, compiled at most once per process and
// shared by every runtime.
//
// The source is the body of a function called as
//
//	function (exports, require, module, binding) { ... }
//
// where require loads built-ins (including "internal/..." ones), module is
// an object whose `exports` property is the result, and binding is the
// module's Go half (undefined when it has none).
type Shim struct {
	name  string
	src   string
	srcFn func() string

	once sync.Once
	prg  *goja.Program
	err  error
}

// NewShim declares a shim; file names the source in stack traces and is
// conventionally "node:<module>".
func NewShim(file, src string) *Shim { return &Shim{name: file, src: src} }

// NewShimFunc declares a shim whose source is built on first use, for
// shims assembled from several files: building them at package init would
// tax every start-up.
func NewShimFunc(file string, src func() string) *Shim { return &Shim{name: file, srcFn: src} }

// Program returns the shim compiled as a function expression.
func (s *Shim) Program() (*goja.Program, error) {
	s.once.Do(func() {
		if s.srcFn != nil {
			s.src = s.srcFn()
		}
		wrapped := "(function (exports, require, module, binding) {" + s.src + "\n})"
		s.prg, s.err = goja.Compile(s.name, wrapped, true)
	})
	return s.prg, s.err
}
