package modules

import (
	"fmt"
	"strings"

	"github.com/dop251/goja"
)

// Registry instantiates built-in modules for one runtime. It is not safe
// for concurrent use: like the VM it belongs to, it is used only on the
// loop goroutine.
type Registry struct {
	mods   map[string]Module
	names  []string
	ctx    Context
	loaded map[string]*goja.Object // name -> module object ({exports})
}

// NewRegistry makes a registry of mods for the runtime described by ctx;
// ctx.Require is filled in by the registry.
func NewRegistry(mods []Module, ctx Context) *Registry {
	r := &Registry{mods: make(map[string]Module, len(mods)), ctx: ctx, loaded: map[string]*goja.Object{}}
	for _, m := range mods {
		r.mods[m.Name] = m
		r.names = append(r.names, m.Name)
	}
	r.ctx.Require = r.Require
	return r
}

// Has reports whether name (without "node:") is a built-in visible to user
// code.
func (r *Registry) Has(name string) bool {
	m, ok := r.mods[name]
	return ok && !m.Internal()
}

// Names lists the public built-ins in declaration order.
func (r *Registry) Names() []string {
	out := make([]string, 0, len(r.names))
	for _, n := range r.names {
		if !strings.HasPrefix(n, "internal/") {
			out = append(out, n)
		}
	}
	return out
}

// Require returns the exports of built-in name, instantiating it on first
// use. A cycle between shims sees the partial exports, as CommonJS does.
func (r *Registry) Require(name string) (goja.Value, error) {
	name = strings.TrimPrefix(name, "node:")
	if mo, ok := r.loaded[name]; ok {
		return mo.Get("exports"), nil
	}
	m, ok := r.mods[name]
	if !ok {
		return nil, fmt.Errorf("no built-in module %q", name)
	}
	vm := r.ctx.VM
	mo := vm.NewObject()
	exports := vm.NewObject()
	_ = mo.Set("exports", exports)
	r.loaded[name] = mo

	var binding goja.Value = goja.Undefined()
	if m.Binding != nil {
		b, err := m.Binding(&r.ctx)
		if err != nil {
			delete(r.loaded, name)
			return nil, fmt.Errorf("module %s: %w", name, err)
		}
		binding = b
		if m.Shim == nil {
			_ = mo.Set("exports", b)
			return b, nil
		}
	}
	if m.Shim == nil {
		return exports, nil
	}
	prg, err := m.Shim.Program()
	if err != nil {
		delete(r.loaded, name)
		return nil, fmt.Errorf("module %s: %w", name, err)
	}
	fnv, err := vm.RunProgram(prg)
	if err != nil {
		delete(r.loaded, name)
		return nil, err
	}
	fn, _ := goja.AssertFunction(fnv)
	requireFn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		v, err := r.Require(call.Argument(0).String())
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return v
	})
	if _, err := fn(goja.Undefined(), exports, requireFn, mo, binding); err != nil {
		delete(r.loaded, name)
		return nil, err
	}
	return mo.Get("exports"), nil
}

// Prewarm compiles the shims of the named modules, in the order named,
// so that a later Require finds them compiled; one that arrives first
// simply waits for its compile to finish. Call it on a goroutine of your
// own.
func Prewarm(mods []Module, names ...string) {
	for _, n := range names {
		for _, m := range mods {
			if m.Name == n && m.Shim != nil {
				_, _ = m.Shim.Program()
				break
			}
		}
	}
}
