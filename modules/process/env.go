package process

import (
	"strings"

	"github.com/dop251/goja"
)

// Env is a runtime's environment: process.env reads and writes it, and
// child processes inherit it. It is not the Go process's environment, so
// runtimes sharing a process don't see each other's changes.
type Env struct {
	vals map[string]string
	keys []string // insertion order, as the C library keeps environ
	// onChange, when set, hears of every Set and Delete (by key).
	onChange func(key string)
}

// OnChange registers fn to be called with the key after every Set and
// Delete (the runtime watches TZ this way).
func (e *Env) OnChange(fn func(key string)) { e.onChange = fn }

// NewEnv builds an Env from KEY=value strings.
func NewEnv(kv []string) *Env {
	e := &Env{vals: make(map[string]string, len(kv))}
	for _, s := range kv {
		k, v, ok := strings.Cut(s, "=")
		if !ok || k == "" {
			continue
		}
		e.Set(k, v)
	}
	return e
}

// Get returns the value of key, or "" when unset.
func (e *Env) Get(key string) string { return e.vals[key] }

// Lookup returns the value of key and whether it is set.
func (e *Env) Lookup(key string) (string, bool) {
	v, ok := e.vals[key]
	return v, ok
}

// Set sets key to value.
func (e *Env) Set(key, value string) {
	if _, ok := e.vals[key]; !ok {
		e.keys = append(e.keys, key)
	}
	e.vals[key] = value
	if e.onChange != nil {
		e.onChange(key)
	}
}

// Delete unsets key.
func (e *Env) Delete(key string) {
	if _, ok := e.vals[key]; !ok {
		return
	}
	delete(e.vals, key)
	for i, k := range e.keys {
		if k == key {
			e.keys = append(e.keys[:i], e.keys[i+1:]...)
			break
		}
	}
	if e.onChange != nil {
		e.onChange(key)
	}
}

// Environ returns the environment as KEY=value strings.
func (e *Env) Environ() []string {
	out := make([]string, 0, len(e.keys))
	for _, k := range e.keys {
		out = append(out, k+"="+e.vals[k])
	}
	return out
}

// Keys returns the variable names in environ order, as node enumerates
// them on Linux.
func (e *Env) Keys() []string { return append([]string(nil), e.keys...) }

// envObject is process.env: a live view where every assigned value is
// coerced to a string, as in Node.
type envObject struct {
	vm  *goja.Runtime
	env *Env
}

func (o *envObject) Get(key string) goja.Value {
	if v, ok := o.env.Lookup(key); ok {
		return o.vm.ToValue(v)
	}
	return nil
}

func (o *envObject) Set(key string, val goja.Value) bool {
	if _, isSym := val.(*goja.Symbol); isSym {
		panic(o.vm.NewTypeError("Cannot convert a Symbol value to a string"))
	}
	value := val.String()
	// setenv(3) refuses an empty name or one containing '=' (EINVAL) and
	// node ignores the failure: the assignment is silently dropped.
	if key == "" || strings.ContainsRune(key, '=') {
		return true
	}
	o.env.Set(key, value)
	return true
}

func (o *envObject) Has(key string) bool {
	_, ok := o.env.Lookup(key)
	return ok
}

func (o *envObject) Delete(key string) bool {
	o.env.Delete(key)
	return true
}

func (o *envObject) Keys() []string { return o.env.Keys() }
