package nodeerr

import (
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"

	"github.com/dop251/goja"
)

// msgCtx is what a message builder sees: the runtime, the error being
// built (some codes attach extra properties to it; nil when only the
// message is wanted) and the inspector for embedded values.
type msgCtx struct {
	vm      *goja.Runtime
	self    *goja.Object
	inspect InspectFunc
}

func arg(args []goja.Value, i int) goja.Value {
	if i < len(args) && args[i] != nil {
		return args[i]
	}
	return goja.Undefined()
}

// set attaches a property to the error under construction, as Node's
// builders do with `this.x = ...`.
func (m *msgCtx) set(name string, v goja.Value) {
	if m.self != nil {
		_ = m.self.Set(name, v)
	}
}

// typeOf is JS typeof.
func typeOf(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "object"
	case goja.IsNumber(v):
		return "number"
	case goja.IsString(v):
		return "string"
	case goja.IsBigInt(v):
		return "bigint"
	}
	switch o := v.(type) {
	case *goja.Symbol:
		return "symbol"
	case *goja.Object:
		if _, ok := goja.AssertFunction(o); ok {
			return "function"
		}
		return "object"
	}
	if t := v.ExportType(); t != nil && t.Kind() == reflect.Bool {
		return "boolean"
	}
	return "object"
}

// numberString is Node's formatNumber without colours: JS ToString, but
// -0 keeps its sign.
func numberString(v goja.Value) string {
	f := v.ToFloat()
	if f == 0 && math.Signbit(f) {
		return "-0"
	}
	return v.String()
}

// jsLen is a string's length in UTF-16 code units, as JS counts it.
func jsLen(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// jsSlice is s.slice(0, n) in UTF-16 code units.
func jsSlice(s string, n int) string {
	u := utf16.Encode([]rune(s))
	if n >= len(u) {
		return s
	}
	return string(utf16.Decode(u[:n]))
}

// specificType is Node 20's determineSpecificType: the "Received ..."
// part of type errors.
func (m *msgCtx) specificType(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return "undefined"
	}
	if goja.IsNull(v) {
		return "null"
	}
	switch t := typeOf(v); t {
	case "bigint":
		return "type bigint (" + v.String() + "n)"
	case "number":
		return "type number (" + numberString(v) + ")"
	case "boolean":
		return "type boolean (" + v.String() + ")"
	case "symbol":
		return "type symbol (" + jsString(v) + ")"
	case "function":
		return "function " + jsString(v.(*goja.Object).Get("name"))
	case "object":
		o := v.(*goja.Object)
		if c, ok := o.Get("constructor").(*goja.Object); ok && hasProperty(c, "name") {
			return "an instance of " + jsString(c.Get("name"))
		}
		return m.inspect(v, map[string]any{"depth": -1})
	case "string":
		s := v.String()
		if jsLen(s) > 28 {
			s = jsSlice(s, 25) + "..."
		}
		if !strings.Contains(s, "'") {
			return "type string ('" + s + "')"
		}
		return "type string (" + m.jsonStringify(goja.Undefined(), s) + ")"
	default:
		s := m.inspect(v, map[string]any{"colors": false})
		if jsLen(s) > 28 {
			s = jsSlice(s, 25) + "..."
		}
		return "type " + t + " (" + s + ")"
	}
}

// hasProperty is the `in` operator: goja's Get returns nil only for a
// property absent from the whole prototype chain.
func hasProperty(o *goja.Object, name string) bool { return o.Get(name) != nil }

// jsonStringify is JSON.stringify; with v undefined it stringifies the Go
// string s instead. It returns "undefined" where JSON.stringify does.
func (m *msgCtx) jsonStringify(v goja.Value, s string) string {
	if goja.IsUndefined(v) && s != "" {
		v = m.vm.ToValue(s)
	}
	js, ok := m.vm.Get("JSON").(*goja.Object)
	if ok {
		if fn, ok := goja.AssertFunction(js.Get("stringify")); ok {
			r, err := fn(js, v)
			if err == nil {
				return jsString(r)
			}
		}
	}
	return strconv.Quote(s)
}

// formatList is Node's formatList: "A", "A or B", "A, B, or C".
func formatList(items []string, kind string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return items[0] + " " + kind + " " + items[1]
	}
	return strings.Join(items[:len(items)-1], ", ") + ", " + kind + " " + items[len(items)-1]
}

// addNumericalSeparator groups an integer's digits with underscores, as
// Node does for large numbers in range errors.
func addNumericalSeparator(val string) string {
	res := ""
	i := len(val)
	start := 0
	if strings.HasPrefix(val, "-") {
		start = 1
	}
	for ; i >= start+4; i -= 3 {
		res = "_" + val[i-3:i] + res
	}
	return val[:i] + res
}

// format is util.format for the table's templates: %s %d %i %f %j %o %O
// %c and %%; a placeholder without an argument stays as written, and
// surplus arguments are appended with spaces.
func (m *msgCtx) format(tmpl string, args []goja.Value) string {
	var b strings.Builder
	a := 0
	for i := 0; i < len(tmpl); i++ {
		c := tmpl[i]
		if c != '%' || i+1 >= len(tmpl) {
			b.WriteByte(c)
			continue
		}
		next := tmpl[i+1]
		if next == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		if a >= len(args) || !strings.ContainsRune("sdifjoOc", rune(next)) {
			b.WriteByte(c)
			continue
		}
		v := args[a]
		a++
		i++
		switch next {
		case 's':
			b.WriteString(m.formatS(v))
		case 'd':
			b.WriteString(m.formatNum(v, "Number"))
		case 'i':
			b.WriteString(m.formatNum(v, "parseInt"))
		case 'f':
			b.WriteString(m.formatNum(v, "parseFloat"))
		case 'j':
			b.WriteString(m.formatJSON(v))
		case 'o':
			b.WriteString(m.inspect(v, map[string]any{"showHidden": true, "showProxy": true, "depth": 4}))
		case 'O':
			b.WriteString(m.inspect(v, nil))
		}
	}
	for ; a < len(args); a++ {
		b.WriteByte(' ')
		if goja.IsString(args[a]) {
			b.WriteString(args[a].String())
		} else {
			b.WriteString(m.inspect(args[a], nil))
		}
	}
	return b.String()
}

func (m *msgCtx) formatS(v goja.Value) string {
	switch typeOf(v) {
	case "number":
		return numberString(v)
	case "bigint":
		return v.String() + "n"
	case "object":
		if o, ok := v.(*goja.Object); ok && builtinToString(o) {
			return m.inspect(v, map[string]any{"depth": 0, "colors": false, "compact": 3})
		}
	}
	return jsString(v)
}

func (m *msgCtx) formatNum(v goja.Value, conv string) string {
	switch typeOf(v) {
	case "bigint":
		if conv == "parseFloat" {
			break
		}
		return v.String() + "n"
	case "symbol":
		return "NaN"
	}
	fn, ok := goja.AssertFunction(m.vm.Get(conv))
	if !ok {
		return "NaN"
	}
	r, err := fn(goja.Undefined(), v)
	if err != nil {
		return "NaN"
	}
	return numberString(r)
}

func (m *msgCtx) formatJSON(v goja.Value) (s string) {
	js, _ := m.vm.Get("JSON").(*goja.Object)
	if js == nil {
		return "undefined"
	}
	fn, _ := goja.AssertFunction(js.Get("stringify"))
	r, err := fn(js, v)
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			if msg := jsString(ex.Value().ToObject(m.vm).Get("message")); strings.Contains(strings.ToLower(msg), "circular") {
				return "'[Circular]'"
			}
		}
		panic(err)
	}
	return jsString(r)
}

// builtinObjects are the constructors whose toString util.format
// treats as uninteresting, so %s inspects the object instead.
var builtinObjects = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"Object": true, "Error": true, "TypeError": true, "RangeError": true, "SyntaxError": true,
		"ReferenceError": true, "EvalError": true, "URIError": true, "AggregateError": true,
		"Array": true, "Function": true, "Date": true, "RegExp": true, "Map": true, "Set": true,
		"WeakMap": true, "WeakSet": true, "Promise": true, "Number": true, "String": true,
		"Boolean": true, "Symbol": true, "BigInt": true, "ArrayBuffer": true, "DataView": true,
		"Int8Array": true, "Uint8Array": true, "Uint8ClampedArray": true, "Int16Array": true,
		"Uint16Array": true, "Int32Array": true, "Uint32Array": true, "Float32Array": true,
		"Float64Array": true, "BigInt64Array": true, "BigUint64Array": true, "Proxy": true,
	}
})

// builtinToString is util's hasBuiltInToString: whether o's toString is
// one of the engine's rather than user code's.
func builtinToString(o *goja.Object) bool {
	if _, ok := goja.AssertFunction(o.Get("toString")); !ok {
		return true
	}
	if hasOwn(o, "toString") {
		return false
	}
	p := o.Prototype()
	for p != nil && !hasOwn(p, "toString") {
		p = p.Prototype()
	}
	if p == nil {
		return true
	}
	if !hasOwn(p, "constructor") {
		return false
	}
	c, ok := p.Get("constructor").(*goja.Object)
	if !ok {
		return false
	}
	if _, ok := goja.AssertFunction(c); !ok {
		return false
	}
	return builtinObjects()[jsString(c.Get("name"))]
}

func hasOwn(o *goja.Object, name string) bool {
	for _, k := range o.GetOwnPropertyNames() {
		if k == name {
			return true
		}
	}
	return false
}

// bigOf returns a bigint value's integer.
func bigOf(v goja.Value) *big.Int {
	if b, ok := v.Export().(*big.Int); ok {
		return b
	}
	return new(big.Int)
}
