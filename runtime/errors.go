package runtime

import (
	"os"
	"path/filepath"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/stacktrace"
	"github.com/gorun-js/gorun/npmcompat"
)

// installErrors gives the VM V8's error stacks and API (captureStackTrace,
// prepareStackTrace, stackTraceLimit) before any other JS runs, so every
// error, shims' included, has them.
func (r *Runtime) installErrors() error {
	t, err := stacktrace.Install(r.vm, stacktrace.Options{
		Version:       NodeVersion,
		TraceUncaught: r.opts.TraceUncaught,
		ProgramName:   "gorun",
		Source:        r.sourceOf,
		Position: func(file string, line, col int) (int, int) {
			if r.mods == nil {
				return line, col
			}
			return r.mods.loader.SourcePosition(file, line, col)
		},
		WrapperName: npmcompat.WrapperName,
		Inspect:     r.inspectFatal,
	})
	r.tracer = t
	return err
}

// sourceOf returns a script's text for the caret line of fatal reports:
// files from disk, and the -e/stdin script the runtime was given.
func (r *Runtime) sourceOf(file string) (string, bool) {
	if src, ok := r.scripts[file]; ok {
		return src, true
	}
	if !filepath.IsAbs(file) {
		return "", false
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", false
	}
	return string(b), true
}

// inspectFatal formats a fatal error as node's handler does:
// util.inspect(err, {customInspect: false, depth: max(default, 5)}).
func (r *Runtime) inspectFatal(v goja.Value) string {
	util, err := r.reg.Require("util")
	if err != nil {
		return v.String()
	}
	inspect, ok := goja.AssertFunction(util.ToObject(r.vm).Get("inspect"))
	if !ok {
		return v.String()
	}
	depth := int64(5)
	if d := util.ToObject(r.vm).Get("inspect").ToObject(r.vm).Get("defaultOptions").ToObject(r.vm).Get("depth"); d != nil && d.ToInteger() > depth {
		depth = d.ToInteger()
	}
	opts := r.vm.NewObject()
	_ = opts.Set("customInspect", false)
	_ = opts.Set("depth", depth)
	s, err := inspect(goja.Undefined(), v, opts)
	if err != nil {
		return v.String()
	}
	return s.String()
}
