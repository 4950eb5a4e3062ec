package stacktrace

// A small stand-in for util.inspect, used for fatal exception reports when
// Options.Inspect is nil (a runtime without the util module). It follows
// node's formatValue for what fatal reports mostly contain: errors with
// extra properties, their cause and aggregated errors, plain objects,
// arrays and primitives, with node's line-breaking rule (compact 3,
// breakLength 128). Not covered: Map/Set/typed array contents, array
// grouping beyond 6 items, the "lines matching cause stack trace"
// compression, and circular reference markers (printed as [Circular]).

import (
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

const (
	inspectDepth       = 5 // node's fatal handler: max(default depth, 5)
	inspectBreakLength = 128
	inspectCompact     = 3
)

type inspector struct {
	t            *Tracer
	indentation  int
	currentDepth int
	seen         []*goja.Object
}

func inspect(t *Tracer, v goja.Value) string {
	in := &inspector{t: t}
	return in.value(v, 0, true)
}

func (in *inspector) value(v goja.Value, depth int, top bool) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return in.primitive(v, top)
	}
	for _, s := range in.seen {
		if s == o {
			return "[Circular]"
		}
	}
	in.seen = append(in.seen, o)
	defer func() { in.seen = in.seen[:len(in.seen)-1] }()
	return in.object(o, depth)
}

func (in *inspector) primitive(v goja.Value, top bool) string {
	switch x := v.Export().(type) {
	case string:
		if top {
			return x
		}
		return quote(x)
	case float64:
		if x == 0 && math.Signbit(x) {
			return "-0"
		}
	case *goja.Symbol:
		return x.String()
	}
	if _, ok := v.Export().(interface{ BitLen() int }); ok {
		return v.String() + "n"
	}
	return v.String()
}

// quote is node's strEscape: single quotes unless the string contains
// them, then double quotes, then backticks.
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
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r == '\v':
			b.WriteString(`\v`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x`)
			h := strconv.FormatInt(int64(r), 16)
			if len(h) < 2 {
				b.WriteByte('0')
			}
			b.WriteString(strings.ToUpper(h))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

var identifierKey = func(k string) bool {
	if k == "" || k[0] >= '0' && k[0] <= '9' {
		return false
	}
	for i := 0; i < len(k); i++ {
		if !isIdentByte(k[i]) {
			return false
		}
	}
	return true
}

// descriptor reads an own property without running getters.
func (in *inspector) descriptor(o *goja.Object, key goja.Value) (*goja.Object, bool) {
	gopd, ok := goja.AssertFunction(in.t.intrinsics.getOwnPropertyDescriptor)
	if !ok {
		return nil, false
	}
	d, err := gopd(goja.Undefined(), o, key)
	if err != nil {
		return nil, false
	}
	desc, ok := d.(*goja.Object)
	return desc, ok
}

// isErrorInstance is `o instanceof Error`, which node's inspect also
// treats as an error.
func (in *inspector) isErrorInstance(o *goja.Object) bool {
	proto := in.t.kinds[0].proto
	for p := o.Prototype(); p != nil; p = p.Prototype() {
		if p == proto {
			return true
		}
	}
	return false
}

// constructorName is node's getConstructorName: the name of the first
// own `constructor` on the prototype chain.
func (in *inspector) constructorName(o *goja.Object) (string, bool) {
	for p := o; p != nil; p = p.Prototype() {
		if d, ok := in.descriptor(p, in.t.vm.ToValue("constructor")); ok {
			if c, ok := d.Get("value").(*goja.Object); ok {
				if n, ok := c.Get("name").Export().(string); ok && n != "" {
					return n, true
				}
			}
		}
	}
	return "", false
}

func (in *inspector) object(o *goja.Object, depth int) string {
	isErr := o.ClassName() == "Error" || in.isErrorInstance(o)
	_, isFunc := goja.AssertFunction(o)
	isArr := o.ClassName() == "Array"
	ctor, hasCtor := in.constructorName(o)

	keys := o.Keys()
	if isArr {
		keys = keys[:0:0]
		for _, k := range o.Keys() {
			if _, err := strconv.Atoi(k); err != nil {
				keys = append(keys, k)
			}
		}
	}
	var base string
	braces := [2]string{"{", "}"}
	switch {
	case isErr:
		base = in.errorBase(o, ctor, hasCtor, &keys)
		if len(keys) == 0 {
			return base
		}
	case isFunc:
		base = functionBase(o, ctor)
		if len(keys) == 0 {
			return base
		}
	case isArr:
		braces = [2]string{"[", "]"}
		if hasCtor && ctor != "Array" {
			braces[0] = ctor + "(" + o.Get("length").String() + ") ["
		}
	case o.ClassName() == "Date":
		return o.String()
	case o.ClassName() == "RegExp":
		return o.String()
	case !hasCtor:
		braces[0] = "[Object: null prototype] {"
	case ctor != "Object":
		braces[0] = ctor + " {"
	}

	if depth > inspectDepth {
		switch {
		case isArr:
			return "[Array]"
		case hasCtor:
			return "[" + ctor + "]"
		}
		return "[Object: null prototype]"
	}
	in.currentDepth = depth
	var out []string
	in.indentation += 2
	if isArr {
		n := int(o.Get("length").ToInteger())
		for i := 0; i < n && i < 100; i++ {
			out = append(out, in.value(o.Get(strconv.Itoa(i)), depth+1, false))
		}
		if n > 100 {
			out = append(out, "... "+strconv.Itoa(n-100)+" more items")
		}
	}
	for _, k := range keys {
		out = append(out, in.property(o, k, depth))
	}
	in.indentation -= 2
	if len(out) == 0 {
		if isArr {
			return strings.TrimSuffix(braces[0], "[") + "[]"
		}
		return braces[0] + "}"
	}
	return in.join(out, base, braces, depth)
}

func (in *inspector) property(o *goja.Object, k string, depth int) string {
	name := k
	if strings.HasPrefix(k, "[") {
		// cause and errors of an error, shown though not enumerable
	} else if !identifierKey(k) {
		name = quote(k)
	}
	key := strings.Trim(k, "[]")
	if d, ok := in.descriptor(o, in.t.vm.ToValue(key)); ok {
		g, s := d.Get("get"), d.Get("set")
		hasG := g != nil && !goja.IsUndefined(g)
		hasS := s != nil && !goja.IsUndefined(s)
		switch {
		case hasG && hasS:
			return name + ": [Getter/Setter]"
		case hasG:
			return name + ": [Getter]"
		case hasS:
			return name + ": [Setter]"
		}
	}
	return name + ": " + in.value(o.Get(key), depth+1, false)
}

// join is node's reduceToSingleString with compact 3.
func (in *inspector) join(out []string, base string, braces [2]string, depth int) string {
	prefix := ""
	if base != "" {
		prefix = base + " "
	}
	if in.currentDepth-depth < inspectCompact {
		start := len(out) + in.indentation + len(braces[0]) + len(base) + 10
		total := len(out) + start
		fits := total+len(out) <= inspectBreakLength
		for _, e := range out {
			total += len(e)
			if total > inspectBreakLength {
				fits = false
				break
			}
		}
		if fits && !strings.Contains(base, "\n") {
			joined := strings.Join(out, ", ")
			if !strings.Contains(joined, "\n") {
				return prefix + braces[0] + " " + joined + " " + braces[1]
			}
		}
	}
	ind := "\n" + strings.Repeat(" ", in.indentation)
	return prefix + braces[0] + ind + "  " + strings.Join(out, ","+ind+"  ") + ind + braces[1]
}

func functionBase(o *goja.Object, ctor string) string {
	name, _ := o.Get("name").Export().(string)
	src := o.String()
	if strings.HasPrefix(src, "class") {
		if name == "" {
			return "[class (anonymous)]"
		}
		return "[class " + name + "]"
	}
	kind := "Function"
	if ctor == "AsyncFunction" || ctor == "GeneratorFunction" {
		kind = ctor
	}
	if name == "" {
		return "[" + kind + " (anonymous)]"
	}
	return "[" + kind + ": " + name + "]"
}

// errorBase is node's formatError.
func (in *inspector) errorBase(o *goja.Object, ctor string, hasCtor bool, keys *[]string) string {
	name := "Error"
	if v := o.Get("name"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		name = v.String()
	}
	var stack string
	if v := o.Get("stack"); v != nil && v.ToBoolean() {
		stack = v.String()
	} else {
		stack = errorString(o)
	}
	kept := (*keys)[:0]
	for _, k := range *keys {
		if k == "name" || k == "message" || k == "stack" {
			if s, ok := o.Get(k).Export().(string); ok && strings.Contains(stack, s) {
				continue
			}
		}
		kept = append(kept, k)
	}
	*keys = kept
	if c := o.Get("cause"); c != nil && !contains(*keys, "cause") {
		*keys = append(*keys, "[cause]")
	}
	if e, ok := o.Get("errors").(*goja.Object); ok && e.ClassName() == "Array" && !contains(*keys, "errors") {
		*keys = append(*keys, "[errors]")
	}
	if !hasCtor {
		ctor = ""
	}
	stack = improveStack(stack, ctor, hasCtor, name)

	pos := -1
	if m, ok := o.Get("message").Export().(string); ok && m != "" {
		if p := strings.Index(stack, m); p >= 0 {
			pos = p + len(m)
		}
	}
	if strings.Index(stack[max(pos, 0):], "\n    at") < 0 {
		stack = "[" + stack + "]"
	}
	if in.indentation != 0 {
		stack = strings.ReplaceAll(stack, "\n", "\n"+strings.Repeat(" ", in.indentation))
	}
	return stack
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// improveStack is node's: when the constructor's name is not the error's
// name, say both, as in "MyError [TypeError]: msg".
func improveStack(stack, ctor string, hasCtor bool, name string) string {
	n := len(name)
	if hasCtor && !(strings.HasSuffix(name, "Error") && strings.HasPrefix(stack, name) &&
		(len(stack) == n || stack[n] == ':' || stack[n] == '\n')) {
		return stack
	}
	fallback := "Error"
	if !hasCtor {
		fallback = ""
		if i := strings.IndexAny(stack, ":\n"); i > 0 {
			fallback = stack[:i]
		}
		n = len(fallback)
		if fallback == "" {
			fallback = "Error"
		}
		ctor = "[" + fallback + ": null prototype]"
	}
	if name == ctor {
		return stack
	}
	if strings.Contains(ctor, name) {
		if n == 0 {
			return ctor + ": " + stack
		}
		return ctor + stack[n:]
	}
	return ctor + " [" + name + "]" + stack[n:]
}
