package npmcompat

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr"
)

// newBinding builds the object loader.js receives: the Go half of the
// Module class. Every function converts Go errors to Node-shaped JS errors
// at this boundary and nowhere else.
func (l *Loader) newBinding() *goja.Object {
	b := l.vm.NewObject()
	set := func(name string, f func(call goja.FunctionCall) goja.Value) {
		_ = b.Set(name, l.native(f))
	}
	vm := l.vm
	r := l.resolver
	_ = b.Set("pathCache", vm.NewDynamicObject(&pathCacheObject{vm: vm, cache: r.pathCache}))
	set("clearPathCache", func(goja.FunctionCall) goja.Value {
		clear(r.pathCache)
		return goja.Undefined()
	})
	set("initESM", func(c goja.FunctionCall) goja.Value { return l.initESM(c.Argument(0), c.Argument(1)) })

	set("resolveFilename", func(c goja.FunctionCall) goja.Value {
		opts := &ResolveOptions{Extensions: l.toStrings(c.Argument(4))}
		if p := c.Argument(3); !goja.IsUndefined(p) {
			opts.Paths = append([]string{}, l.toStrings(p)...)
		}
		parent := l.parentInfo(c.Argument(1))
		filename, err := guard(func() (string, error) {
			return r.ResolveFilename(c.Argument(0).String(), parent, c.Argument(2).ToBoolean(), opts)
		})
		var nf *NotFoundError
		if errors.As(err, &nf) {
			return goja.Null()
		}
		l.throwIf(err)
		return vm.ToValue(filename)
	})
	set("notFoundError", func(c goja.FunctionCall) goja.Value {
		return l.jsError(&NotFoundError{Request: c.Argument(0).String(), RequireStack: l.toStrings(c.Argument(1))})
	})
	set("lookupPaths", func(c goja.FunctionCall) goja.Value {
		paths := r.LookupPaths(c.Argument(0).String(), l.parentInfo(c.Argument(1)))
		if paths == nil {
			return goja.Null()
		}
		return l.stringArray(paths)
	})
	set("findPath", func(c goja.FunctionCall) goja.Value {
		filename, err := guard(func() (string, error) {
			return r.FindPath(c.Argument(0).String(), l.toStrings(c.Argument(1)), c.Argument(2).ToBoolean(), l.toStrings(c.Argument(3)))
		})
		l.throwIf(err)
		if filename == "" {
			return vm.ToValue(false)
		}
		return vm.ToValue(filename)
	})
	set("nodeModulePaths", func(c goja.FunctionCall) goja.Value {
		return l.stringArray(r.NodeModulePaths(c.Argument(0).String()))
	})
	set("globalPaths", func(goja.FunctionCall) goja.Value { return l.stringArray(r.GlobalPaths()) })
	set("initPaths", func(goja.FunctionCall) goja.Value { return l.stringArray(r.InitPaths()) })
	set("resolveMain", func(c goja.FunctionCall) goja.Value {
		main, err := guard(func() (string, error) { return r.ResolveMain(c.Argument(0).String(), l.toStrings(c.Argument(1))) })
		l.throwIf(err)
		if main == "" {
			return goja.Undefined()
		}
		return vm.ToValue(main)
	})
	set("isESMEntry", func(c goja.FunctionCall) goja.Value {
		esm, err := guard(func() (bool, error) {
			esm, _, err := r.IsESM(c.Argument(0).String())
			return esm, err
		})
		l.throwIf(err)
		return vm.ToValue(esm)
	})
	set("esmScope", func(c goja.FunctionCall) goja.Value {
		pkgPath, err := guard(func() (string, error) {
			esm, pkgPath, err := r.IsESM(c.Argument(0).String())
			if !esm {
				pkgPath = ""
			}
			return pkgPath, err
		})
		l.throwIf(err)
		if pkgPath == "" {
			return goja.Undefined()
		}
		return vm.ToValue(pkgPath)
	})
	set("stat", func(c goja.FunctionCall) goja.Value {
		kind, _ := guard(func() (Kind, error) { return r.fs.Stat(resolvePath(l.cwd(), c.Argument(0).String())), nil })
		switch kind {
		case File:
			return vm.ToValue(0)
		case Dir:
			return vm.ToValue(1)
		}
		return vm.ToValue(-2) // -ENOENT, as internalModuleStat
	})
	set("readFile", func(c goja.FunctionCall) goja.Value {
		filename := c.Argument(0).String()
		data, err := guard(func() ([]byte, error) { return r.fs.ReadFile(resolvePath(l.cwd(), filename)) })
		var ie *internalError
		if err != nil && !errors.As(err, &ie) {
			err = systemError(err, "open", filename)
		}
		l.throwIf(err)
		return vm.ToValue(string(data))
	})
	set("compileFunction", func(c goja.FunctionCall) goja.Value {
		content, filename := c.Argument(0).String(), c.Argument(1).String()
		if fn := l.compileDynamicImport(filename, content); fn != nil {
			return fn
		}
		fn := l.compile(filename, wrapModule(content), stripShebang(content), WrapperPrefixLen)
		l.wrapped[filename] = true
		return fn
	})
	set("runScript", func(c goja.FunctionCall) goja.Value {
		src, filename := c.Argument(0).String(), c.Argument(1).String()
		return l.compile(filename, src, src, 0)
	})
	set("dirname", func(c goja.FunctionCall) goja.Value { return vm.ToValue(dirname(c.Argument(0).String())) })
	set("cwd", func(goja.FunctionCall) goja.Value { return vm.ToValue(l.cwd()) })
	set("builtinNames", func(goja.FunctionCall) goja.Value {
		var names []string
		for _, n := range l.opts.BuiltinNames {
			if _, ok := r.NormalizeBuiltin(n); ok && !strings.HasPrefix(n, "node:") {
				names = append(names, n)
			}
		}
		return l.stringArray(names)
	})
	set("canBeRequiredByUsers", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(r.CanBeRequiredByUsers(c.Argument(0).String()))
	})
	set("canBeRequiredWithoutScheme", func(c goja.FunctionCall) goja.Value {
		name := c.Argument(0).String()
		_, ok := r.NormalizeBuiltin(name)
		return vm.ToValue(ok && !strings.HasPrefix(name, "node:"))
	})
	set("requireBuiltin", func(c goja.FunctionCall) goja.Value {
		name := c.Argument(0).String()
		if l.opts.RequireBuiltin == nil {
			l.throwIf(&UnknownBuiltinError{Request: name})
		}
		v, err := l.opts.RequireBuiltin(name)
		l.throwIf(err)
		return v
	})
	set("emitWarning", func(c goja.FunctionCall) goja.Value {
		if l.opts.EmitWarning != nil {
			typ, code := warningDefaultType, ""
			if t := c.Argument(1); !goja.IsUndefined(t) {
				typ = t.String()
			}
			if cv := c.Argument(2); !goja.IsUndefined(cv) {
				code = cv.String()
			}
			l.opts.EmitWarning(c.Argument(0).String(), typ, code)
		}
		return goja.Undefined()
	})
	set("jsonErrorMessage", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(describeJSONError(c.Argument(0).String()))
	})
	set("fileURLToPath", func(c goja.FunctionCall) goja.Value {
		if p, ok := fileURLToPath(c.Argument(0).String()); ok {
			return vm.ToValue(p)
		}
		return goja.Undefined()
	})
	l.addESMBinding(set)
	return b
}

// compile turns src into the value its program evaluates to (for a module,
// the wrapper function), through the shared program cache. Syntax errors
// are thrown as Node reports them for modules: a SyntaxError whose stack
// starts with the file, line, source and caret. content is the module
// text the positions refer to.
func (l *Loader) compile(filename, src, content string, prefixLen int) goja.Value {
	v, err := l.vm.RunProgram(l.compileOnly(filename, src, content, prefixLen))
	l.throwIf(err)
	return v
}

// compileOnly is compile without running the program.
func (l *Loader) compileOnly(filename, src, content string, prefixLen int) *goja.Program {
	prg, err := guard(func() (*goja.Program, error) { return l.programs.Compile(filename, src) })
	var se *goja.CompilerSyntaxError
	if errors.As(err, &se) {
		d := describeSyntaxError(se, filename, content, prefixLen)
		panic(l.newSyntaxError(d))
	}
	l.throwIf(err)
	return prg
}

func (l *Loader) newSyntaxError(d syntaxError) goja.Value {
	obj := l.newError("SyntaxError", d.message)
	if d.arrow != "" {
		stack := obj.Get("stack")
		if stack != nil && !goja.IsUndefined(stack) {
			_ = obj.DefineDataProperty("stack", l.vm.ToValue(d.arrow+stack.String()), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	return obj
}

// native wraps a binding function so that a Go panic in it surfaces as a
// JS error instead of unwinding through the VM, while JS exceptions and
// interrupts pass through untouched.
func (l *Loader) native(f func(goja.FunctionCall) goja.Value) goja.Value {
	return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		defer func() {
			if r := recover(); r != nil {
				switch r.(type) {
				case goja.Value, *goja.Exception, *goja.InterruptedError, *goja.StackOverflowError:
					panic(r)
				}
				panic(l.vm.NewGoError(fmt.Errorf("npmcompat: internal error: %v", r)))
			}
		}()
		return f(call)
	})
}

// guard runs pure-Go work (resolution, file access through a possibly
// user-supplied FS), turning a panic into an error.
func guard[T any](f func() (T, error)) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &internalError{r}
		}
	}()
	return f()
}

// internalError is a recovered Go panic: a bug, never a Node error.
type internalError struct{ recovered any }

func (e *internalError) Error() string {
	return fmt.Sprintf("npmcompat: internal error: %v", e.recovered)
}

// throwIf throws err into JS, if there is one.
func (l *Loader) throwIf(err error) {
	if err != nil {
		panic(l.jsError(err))
	}
}

func (l *Loader) newError(ctorName, message string) *goja.Object {
	if ctor, ok := l.vm.Get(ctorName).(*goja.Object); ok {
		if obj, err := l.vm.New(ctor, l.vm.ToValue(message)); err == nil {
			return obj
		}
	}
	return l.vm.NewGoError(errors.New(message))
}

// jsError is the JS value Node would throw for err, with Node's properties
// in Node's order.
func (l *Loader) jsError(err error) goja.Value {
	var (
		ex  *goja.Exception
		nf  *NotFoundError
		im  *InvalidMainError
		pj  *PackageJSONError
		ub  *UnknownBuiltinError
		sys *SystemError
		pe  *PackageError
		en  *ExportsNotFoundError
	)
	switch {
	case errors.As(err, &ex):
		return ex.Value()
	case errors.As(err, &nf):
		obj := l.newError("Error", nf.Error())
		_ = obj.Set("code", CodeModuleNotFound)
		_ = obj.Set("requireStack", l.stringArray(nf.RequireStack))
		return obj
	case errors.As(err, &im):
		obj := l.newError("Error", im.Error())
		_ = obj.Set("code", CodeModuleNotFound)
		_ = obj.Set("path", im.PackagePath)
		_ = obj.Set("requestPath", im.Request)
		return obj
	case errors.As(err, &pj):
		obj := l.newError("SyntaxError", pj.Error())
		_ = obj.Set("path", pj.Path)
		return obj
	case errors.As(err, &ub):
		obj := l.newError("Error", ub.Error())
		_ = obj.Set("code", CodeUnknownBuiltinModule)
		return obj
	case errors.As(err, &pe):
		return nodeerr.New(l.vm, pe.Code, pe.Args...)
	case errors.As(err, &en):
		obj := l.newError("Error", en.Error())
		_ = obj.Set("code", CodeModuleNotFound)
		if en.Path != "" {
			_ = obj.Set("path", en.Path)
		}
		return obj
	case errors.Is(err, errURIMalformed):
		return l.newError("URIError", err.Error())
	case errors.As(err, &sys):
		obj := l.newError("Error", sys.Error())
		_ = obj.Set("errno", sys.Errno)
		_ = obj.Set("code", sys.Code)
		_ = obj.Set("syscall", sys.Syscall)
		_ = obj.Set("path", sys.Path)
		return obj
	}
	return l.vm.NewGoError(err)
}

// parentInfo reads the fields of a JS Module that resolution needs.
func (l *Loader) parentInfo(v goja.Value) *Parent {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	return &Parent{
		ID:       l.stringOrEmpty(obj.Get("id")),
		Filename: l.stringOrEmpty(obj.Get("filename")),
		Paths:    l.toStrings(obj.Get("paths")),
	}
}

func (l *Loader) stringOrEmpty(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	return v.String()
}

// toStrings reads a JS array of strings; anything else is nil.
func (l *Loader) toStrings(v goja.Value) []string {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	length := obj.Get("length")
	if length == nil {
		return nil
	}
	n := int(length.ToInteger())
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		item := obj.Get(strconv.Itoa(i))
		if item == nil {
			item = goja.Undefined()
		}
		out = append(out, item.String())
	}
	return out
}

// stringArray makes a real JS Array (not a wrapped Go slice), so user code
// can push to module.paths and friends.
func (l *Loader) stringArray(items []string) *goja.Object {
	vals := make([]interface{}, len(items))
	for i, s := range items {
		vals[i] = s
	}
	return l.vm.NewArray(vals...)
}

// pathCacheObject shows the resolver's path cache to JS as
// Module._pathCache, so tools that evict entries from it (decache and
// friends) affect the cache that resolution actually uses.
type pathCacheObject struct {
	vm    *goja.Runtime
	cache map[string]string
}

func (p *pathCacheObject) Get(key string) goja.Value {
	if f, ok := p.cache[key]; ok {
		return p.vm.ToValue(f)
	}
	return nil
}

func (p *pathCacheObject) Set(key string, val goja.Value) bool {
	p.cache[key] = val.String()
	return true
}

func (p *pathCacheObject) Has(key string) bool {
	_, ok := p.cache[key]
	return ok
}

func (p *pathCacheObject) Delete(key string) bool {
	delete(p.cache, key)
	return true
}

func (p *pathCacheObject) Keys() []string {
	keys := make([]string, 0, len(p.cache))
	for k := range p.cache {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
