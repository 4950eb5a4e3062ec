package path

import (
	"strconv"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr"
	"github.com/gorun-js/gorun/modules"
)

// toUnits reads a JS string's UTF-16 units. The shim validates types, so
// anything else is converted as String() would.
func toUnits(v goja.Value) units {
	s, ok := v.(goja.String)
	if !ok {
		s, _ = v.ToString().(goja.String)
		if s == nil {
			return nil
		}
	}
	n := s.Length()
	u := make(units, n)
	for i := 0; i < n; i++ {
		u[i] = s.CharAt(i)
	}
	return u
}

func str(u units) goja.Value { return goja.StringFromUTF16(u) }

func flavourOf(win bool) flavour {
	if win {
		return winFlavour
	}
	return posixFlavour
}

// binding exposes the scans to path.js, which validates arguments and
// handles what is cheap in JS (join's concatenation, isAbsolute,
// format). Every function takes win to pick the flavour.
func binding(c *modules.Context) (*goja.Object, error) {
	vm := c.VM
	b := vm.NewObject()
	set := func(name string, fn any) { _ = b.Set(name, fn) }

	// The shim hands over the two ways to find the working directory,
	// called only when no argument is absolute: process.cwd() read at
	// each call, and win32's per-drive variant.
	var posixCwd, winCwd goja.Callable
	set("init", func(posix, win goja.Callable) { posixCwd, winCwd = posix, win })

	arg := func(args []goja.Value, i int) units {
		if _, ok := args[i].(goja.String); !ok {
			panic(nodeerr.InvalidArgType(vm, "paths["+strconv.Itoa(i)+"]", "string", args[i]))
		}
		return toUnits(args[i])
	}
	call := func(fn goja.Callable, args ...goja.Value) goja.Value {
		v, err := fn(goja.Undefined(), args...)
		if err != nil {
			panic(err)
		}
		return v
	}
	cwdArg := func(v goja.Value) units {
		if _, ok := v.(goja.String); !ok {
			panic(nodeerr.InvalidArgType(vm, "paths[-1]", "string", v))
		}
		return toUnits(v)
	}
	posixResolve := func(args []goja.Value) units {
		var tail units
		absolute := false
		for i := len(args) - 1; i >= -1 && !absolute; i-- {
			var p units
			if i >= 0 {
				p = arg(args, i)
			} else {
				p = cwdArg(call(posixCwd))
			}
			if len(p) == 0 {
				continue
			}
			if len(tail) == 0 {
				tail = p
			} else {
				tail = concat(p, units{slash}, tail)
			}
			absolute = p[0] == slash
		}
		tail = collapse(tail, !absolute, posixFlavour)
		if absolute {
			return concat(units{slash}, tail)
		}
		if len(tail) > 0 {
			return tail
		}
		return units{dot}
	}
	winResolveArgs := func(args []goja.Value) units {
		return winResolve(len(args),
			func(i int) units { return arg(args, i) },
			func(device units) units { return cwdArg(call(winCwd, str(device))) })
	}
	resolve := func(win bool, args []goja.Value) units {
		if win {
			return winResolveArgs(args)
		}
		return posixResolve(args)
	}

	set("resolve", func(win bool, args []goja.Value) goja.Value { return str(resolve(win, args)) })
	set("join", func(win bool, args []goja.Value) goja.Value {
		if len(args) == 0 {
			return str(units{dot})
		}
		f := flavourOf(win)
		var joined, first units
		for _, a := range args {
			if _, ok := a.(goja.String); !ok {
				panic(nodeerr.InvalidArgType(vm, "path", "string", a))
			}
			u := toUnits(a)
			if len(u) == 0 {
				continue
			}
			if first == nil {
				first = u
				joined = append(joined, u...)
			} else {
				joined = append(append(joined, f.sep), u...)
			}
		}
		if first == nil {
			return str(units{dot})
		}
		if !win {
			return str(posixNormalize(joined))
		}
		// A first part that looks like a UNC root ('\\server') keeps its
		// two leading separators; any other run of leading separators,
		// from whichever parts, collapses to one so that joining never
		// invents a UNC root.
		unc := len(first) > 2 && isWinSep(first[0]) && isWinSep(first[1]) && !isWinSep(first[2])
		if !unc {
			k := 0
			for k < len(joined) && isWinSep(joined[k]) {
				k++
			}
			if k >= 2 {
				joined = concat(units{backslash}, joined[k:])
			}
		}
		return str(winNormalize(joined))
	})
	set("normalize", func(p goja.Value, win bool) goja.Value {
		if win {
			return str(winNormalize(toUnits(p)))
		}
		return str(posixNormalize(toUnits(p)))
	})
	set("relative", func(from, to goja.Value, win bool) goja.Value {
		f, t := toUnits(from), toUnits(to)
		if equal(f, t) {
			return str(nil)
		}
		f, t = resolve(win, []goja.Value{from}), resolve(win, []goja.Value{to})
		if win {
			return str(winRelative(f, t))
		}
		if equal(f, t) {
			return str(nil)
		}
		return str(posixRelative(f, t))
	})
	set("toNamespacedPath", func(p goja.Value) goja.Value {
		u := toUnits(p)
		return str(winNamespaced(u, winResolveArgs([]goja.Value{p})))
	})
	set("dirname", func(p goja.Value, win bool) goja.Value {
		if win {
			return str(winDirname(toUnits(p)))
		}
		return str(posixDirname(toUnits(p)))
	})
	set("basename", func(p, suffix goja.Value, win bool) goja.Value {
		has := suffix != nil && !goja.IsUndefined(suffix)
		var s units
		if has {
			s = toUnits(suffix)
		}
		return str(basename(toUnits(p), s, has, flavourOf(win)))
	})
	set("extname", func(p goja.Value, win bool) goja.Value {
		return str(extname(toUnits(p), flavourOf(win)))
	})
	set("parse", func(p goja.Value, win bool) *goja.Object {
		var r pathParts
		if win {
			r = winParse(toUnits(p))
		} else {
			r = posixParse(toUnits(p))
		}
		o := vm.NewObject()
		_ = o.Set("root", str(r.root))
		_ = o.Set("dir", str(r.dir))
		_ = o.Set("base", str(r.base))
		_ = o.Set("ext", str(r.ext))
		_ = o.Set("name", str(r.name))
		return o
	})
	return b, nil
}
