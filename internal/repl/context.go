package repl

import (
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr"
)

//go:embed context.js
var contextSource string

var contextProgram = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile("node:internal/repl/context", contextSource, true)
})

// setupContext prepares the global scope as node's REPL does: require,
// module, built-in modules as globals, `_` and `_error`; and loads what the
// REPL itself needs (util.inspect, process).
func (s *session) setupContext() error {
	vm := s.vm
	global := vm.GlobalObject()

	req, err := s.rt.EvalRequire()
	if err != nil {
		return err
	}
	s.require = req

	if p, ok := global.Get("process").(*goja.Object); ok {
		s.process = p
	}
	if e, ok := global.Get("Error").(*goja.Object); ok {
		s.errorCtor = e
	}
	s.setupWriter()

	var Module goja.Value = goja.Undefined()
	if m, err := s.requireModule("module"); err == nil && m != nil {
		Module = m
	}
	prg, err := contextProgram()
	if err != nil {
		return err
	}
	fnv, err := vm.RunProgram(prg)
	if err != nil {
		return err
	}
	fn, _ := goja.AssertFunction(fnv)
	// Like node's, the REPL's module resolves packages as if it were a
	// file named "repl" in the working directory.
	replFile := vm.ToValue(filepath.Join(s.cwd(), "repl"))
	if _, err := fn(goja.Undefined(), global, s.require, Module, replFile); err != nil {
		return err
	}
	s.installListeners()
	return s.defineUnderscores()
}

// cwd is the program's working directory, process.cwd().
func (s *session) cwd() string {
	if s.process != nil {
		if cwd, ok := goja.AssertFunction(s.process.Get("cwd")); ok {
			if dir, err := cwd(s.process); err == nil {
				return dir.String()
			}
		}
	}
	wd, _ := os.Getwd()
	return wd
}

// requireModule loads a module with the REPL's require, if there is one.
func (s *session) requireModule(name string) (v goja.Value, err error) {
	req, ok := goja.AssertFunction(s.require)
	if !ok {
		return nil, fmt.Errorf("repl: no require function")
	}
	return req(goja.Undefined(), s.vm.ToValue(name))
}

// setupWriter finds util.inspect and builds the writer's options: node's
// inspect.defaultOptions plus showProxy, coloured on a terminal. They are
// reachable as util.inspect.replDefaults, as in node.
func (s *session) setupWriter() {
	vm := s.vm
	s.writerOpts = vm.NewObject()
	util, err := s.requireModule("util")
	if err != nil || util == nil {
		return
	}
	uo, ok := util.(*goja.Object)
	if !ok {
		return
	}
	insp, ok := uo.Get("inspect").(*goja.Object)
	if !ok {
		return
	}
	s.inspect, _ = goja.AssertFunction(insp)
	if defs, ok := insp.Get("defaultOptions").(*goja.Object); ok {
		for _, k := range defs.Keys() {
			_ = s.writerOpts.Set(k, defs.Get(k))
		}
	}
	_ = s.writerOpts.Set("showProxy", true)
	_ = s.writerOpts.Set("colors", s.colors)
	get := vm.ToValue(func() goja.Value { return s.writerOpts })
	set := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		v := call.Argument(0)
		o, ok := v.(*goja.Object)
		if !ok || goja.IsNull(v) {
			panic(nodeerr.New(vm, "ERR_INVALID_ARG_TYPE", "options", "Object", v))
		}
		for _, k := range o.Keys() {
			_ = s.writerOpts.Set(k, o.Get(k))
		}
		return s.writerOpts
	})
	_ = insp.DefineAccessorProperty("replDefaults", get, set, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// writer renders a value the way the REPL prints results.
func (s *session) writer(v goja.Value) string {
	if s.inspect != nil {
		out, err := s.inspect(goja.Undefined(), v, s.writerOpts)
		if err == nil {
			return out.String()
		}
	}
	return nodeerr.Inspect(s.vm, v, nil)
}

// breakLength is the writer's line width, past which "Uncaught" goes on a
// line of its own.
func (s *session) breakLength() int64 {
	if v := s.writerOpts.Get("breakLength"); v != nil && !goja.IsUndefined(v) {
		return v.ToInteger()
	}
	return 128
}

// defineUnderscores installs `_` (the last result) and `_error` (the last
// error). Assigning either turns its automatic update off, with node's
// message.
func (s *session) defineUnderscores() error {
	vm := s.vm
	global := vm.GlobalObject()
	lastOr := func(v goja.Value) goja.Value {
		if v == nil {
			return goja.Undefined()
		}
		return v
	}
	err := global.DefineAccessorProperty("_",
		vm.ToValue(func() goja.Value { return lastOr(s.last) }),
		vm.ToValue(func(v goja.Value) {
			s.last = v
			if !s.underscoreAssigned {
				s.underscoreAssigned = true
				s.write("Expression assignment to _ now disabled.\n")
			}
		}), goja.FLAG_TRUE, goja.FLAG_FALSE)
	if err != nil {
		return err
	}
	return global.DefineAccessorProperty("_error",
		vm.ToValue(func() goja.Value { return lastOr(s.lastError) }),
		vm.ToValue(func(v goja.Value) {
			s.lastError = v
			if !s.underscoreErrAssigned {
				s.underscoreErrAssigned = true
				s.write("Expression assignment to _error now disabled.\n")
			}
		}), goja.FLAG_TRUE, goja.FLAG_FALSE)
}
