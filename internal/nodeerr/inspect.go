package nodeerr

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// UtilInspect returns an InspectFunc that uses the runtime's own
// util.inspect, loaded through require on first use; until util can be
// loaded it falls back to the built-in approximation.
func UtilInspect(vm *goja.Runtime, require func(name string) (goja.Value, error)) InspectFunc {
	var fn goja.Callable
	return func(v goja.Value, opts map[string]any) string {
		// Retried until it succeeds: util may be half-loaded (it requires
		// internal/errors) the first time a message is built.
		if fn == nil {
			if u, err := require("util"); err == nil {
				if o, ok := u.(*goja.Object); ok {
					fn, _ = goja.AssertFunction(o.Get("inspect"))
				}
			}
		}
		if fn == nil {
			return fallbackInspect(vm, v, opts)
		}
		var o goja.Value = goja.Undefined()
		if opts != nil {
			o = vm.ToValue(opts)
		}
		r, err := fn(goja.Undefined(), v, o)
		if err != nil {
			panic(err)
		}
		return r.String()
	}
}

// Inspect renders v with gorun's built-in approximation of util.inspect.
// It is exact for primitives, functions, and small arrays and objects of
// them (what error messages usually embed); it does not group long arrays
// into columns, show getters, or print Map/Set contents. Only opts
// "depth" and "customInspect" are honoured.
func Inspect(vm *goja.Runtime, v goja.Value, opts map[string]any) string {
	return fallbackInspect(vm, v, opts)
}

const breakLength = 80

type liteInspector struct {
	vm            *goja.Runtime
	depth         float64
	custom        bool
	seen          []*goja.Object
	indent        int
	currentDepth  int
	customInspect *goja.Symbol
}

func fallbackInspect(vm *goja.Runtime, v goja.Value, opts map[string]any) string {
	in := &liteInspector{vm: vm, depth: 2, custom: true, customInspect: symFor(vm, "nodejs.util.inspect.custom")}
	if d, ok := opts["depth"]; ok {
		switch d := d.(type) {
		case int:
			in.depth = float64(d)
		case int64:
			in.depth = float64(d)
		case float64:
			in.depth = d
		case nil:
			in.depth = math.Inf(1)
		}
	}
	if c, ok := opts["customInspect"].(bool); ok {
		in.custom = c
	}
	return in.value(v, 0, false)
}

var identRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-zA-Z_][a-zA-Z_0-9]*$`) })

// quote is util.inspect's strEscape: single quotes unless the string
// holds one, then double, then backtick; control characters escaped.
func quote(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 {
		if strings.IndexByte(s, '"') < 0 {
			q = '"'
		} else if strings.IndexByte(s, '`') < 0 && !strings.Contains(s, "${") {
			q = '`'
		}
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\f':
			b.WriteString(`\f`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x` + strings.ToUpper(strconv.FormatInt(int64(r)+0x100, 16)[1:]))
		case r == utf8.RuneError:
			b.WriteString(`\uFFFD`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

func (in *liteInspector) value(v goja.Value, level int, nested bool) string {
	switch typeOf(v) {
	case "undefined":
		return "undefined"
	case "string":
		return quote(v.String())
	case "number":
		return numberString(v)
	case "bigint":
		return v.String() + "n"
	case "boolean":
		return v.String()
	case "symbol":
		return jsString(v)
	}
	if goja.IsNull(v) {
		return "null"
	}
	o := v.(*goja.Object)
	if in.custom && in.customInspect != nil {
		if f, ok := goja.AssertFunction(o.GetSymbol(in.customInspect)); ok {
			inspectFn := in.vm.ToValue(func(c goja.FunctionCall) goja.Value {
				return in.vm.ToValue(fallbackInspect(in.vm, c.Argument(0), nil))
			})
			r, err := f(o, in.vm.ToValue(in.depth-float64(level)), in.vm.NewObject(), inspectFn)
			if err != nil {
				panic(err)
			}
			if r != o {
				if goja.IsString(r) {
					return r.String()
				}
				return in.value(r, level, nested)
			}
		}
	}
	for _, s := range in.seen {
		if s == o {
			return "[Circular *1]"
		}
	}
	return in.object(o, level)
}

// ctorName finds the first constructor name on o's prototype chain; null
// reports a null-prototype object.
func ctorName(o *goja.Object) (name string, null bool) {
	if o.Prototype() == nil {
		return "", true
	}
	for p := o; p != nil; p = p.Prototype() {
		if hasOwn(p, "constructor") {
			if c, ok := p.Get("constructor").(*goja.Object); ok {
				if _, isFn := goja.AssertFunction(c); isFn {
					if n, ok := c.Get("name").Export().(string); ok && n != "" {
						return n, false
					}
				}
			}
		}
	}
	return "", false
}

// symFor is Symbol.for(key) in vm's registry.
func symFor(vm *goja.Runtime, key string) *goja.Symbol {
	if sym, ok := vm.Get("Symbol").(*goja.Object); ok {
		if f, ok := goja.AssertFunction(sym.Get("for")); ok {
			if r, err := f(sym, vm.ToValue(key)); err == nil {
				s, _ := r.(*goja.Symbol)
				return s
			}
		}
	}
	return nil
}

func (in *liteInspector) object(o *goja.Object, level int) string {
	name, null := ctorName(o)
	class := o.ClassName()
	keys := o.Keys()
	var base string
	braces := [2]string{"{", "}"}
	isArray := class == "Array"
	fn, isFunc := goja.AssertFunction(o)
	_ = fn
	switch {
	case isArray:
		braces = [2]string{"[", "]"}
		if name != "Array" && name != "" {
			braces[0] = name + "(" + jsString(o.Get("length")) + ") ["
		}
		keys = nonIndexKeys(keys)
	case isFunc:
		base = in.funcBase(o, name)
		if len(keys) == 0 {
			return base
		}
	case class == "Error":
		base = errorBase(o)
		keys = without(keys, "stack", "message")
		if len(keys) == 0 {
			return base
		}
	case class == "RegExp":
		base = o.String()
		if len(keys) == 0 {
			return base
		}
	case class == "Date":
		base = jsString(in.call(o, "toISOString"))
		if len(keys) == 0 {
			return base
		}
	default:
		switch {
		case null:
			braces[0] = "[Object: null prototype] {"
		case name != "Object":
			braces[0] = name + " {"
		}
	}
	symbols := o.Symbols()
	length := 0
	if isArray {
		length = int(o.Get("length").ToInteger())
	}
	if length == 0 && len(keys) == 0 && len(symbols) == 0 && base == "" {
		return braces[0] + braces[1][len(braces[1])-1:]
	}
	if float64(level) > in.depth {
		switch {
		case null:
			return "[Object: null prototype]"
		case isArray:
			return "[Array]"
		case name == "":
			return "[Object]"
		}
		return "[" + name + "]"
	}
	in.seen = append(in.seen, o)
	in.currentDepth = level
	var out []string
	in.indent += 2
	if isArray {
		n := length
		if n > 100 {
			n = 100
		}
		for i := 0; i < n; i++ {
			out = append(out, in.value(o.Get(strconv.Itoa(i)), level+1, true))
		}
		if length > n {
			s := "s"
			if length-n == 1 {
				s = ""
			}
			out = append(out, "... "+strconv.Itoa(length-n)+" more item"+s)
		}
	}
	for _, k := range keys {
		key := k
		if !identRe().MatchString(k) {
			key = quote(k)
		}
		out = append(out, key+": "+in.value(o.Get(k), level+1, true))
	}
	for _, s := range symbols {
		out = append(out, "["+jsString(s)+"]: "+in.value(o.GetSymbol(s), level+1, true))
	}
	in.indent -= 2
	in.seen = in.seen[:len(in.seen)-1]
	return in.join(out, base, braces, level)
}

// join is util.inspect's reduceToSingleString for compact=3: one line
// when the entries are short and the object is not deeply nested,
// otherwise one entry per line.
func (in *liteInspector) join(out []string, base string, braces [2]string, level int) string {
	prefix := ""
	if base != "" {
		prefix = base + " "
	}
	if in.currentDepth-level < 3 {
		start := len(out) + in.indent + jsLen(braces[0]) + jsLen(base) + 10
		total := len(out) + start
		multiline := strings.Contains(base, "\n")
		for _, e := range out {
			total += jsLen(e)
			if strings.Contains(e, "\n") {
				multiline = true
			}
		}
		if !multiline && total+len(out) <= breakLength {
			return prefix + braces[0] + " " + strings.Join(out, ", ") + " " + braces[1]
		}
	}
	ind := "\n" + strings.Repeat(" ", in.indent)
	return prefix + braces[0] + ind + "  " + strings.Join(out, ","+ind+"  ") + ind + braces[1]
}

func (in *liteInspector) call(o *goja.Object, method string) goja.Value {
	if f, ok := goja.AssertFunction(o.Get(method)); ok {
		if r, err := f(o); err == nil {
			return r
		}
	}
	return goja.Undefined()
}

func (in *liteInspector) funcBase(o *goja.Object, ctor string) string {
	src := jsString(in.call(o, "toString"))
	name := jsString(o.Get("name"))
	if strings.HasPrefix(src, "class") {
		if name == "" {
			return "[class (anonymous)]"
		}
		return "[class " + name + "]"
	}
	kind := "Function"
	if ctor == "AsyncFunction" || ctor == "GeneratorFunction" || ctor == "AsyncGeneratorFunction" {
		kind = ctor
	}
	if name == "" {
		return "[" + kind + " (anonymous)]"
	}
	return "[" + kind + ": " + name + "]"
}

func errorBase(o *goja.Object) string {
	if st, ok := o.Get("stack").Export().(string); ok && st != "" {
		if strings.Contains(st, "\n    at ") {
			return st
		}
		return "[" + st + "]"
	}
	name, msg := jsString(o.Get("name")), jsString(o.Get("message"))
	if msg == "" {
		return "[" + name + "]"
	}
	return "[" + name + ": " + msg + "]"
}

func nonIndexKeys(keys []string) []string {
	out := keys[:0:0]
	for _, k := range keys {
		if _, err := strconv.ParseUint(k, 10, 32); err != nil {
			out = append(out, k)
		}
	}
	return out
}

func without(keys []string, drop ...string) []string {
	out := keys[:0:0]
outer:
	for _, k := range keys {
		for _, d := range drop {
			if k == d {
				continue outer
			}
		}
		out = append(out, k)
	}
	return out
}
