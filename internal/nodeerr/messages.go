package nodeerr

import (
	"math"
	"math/big"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

// The builders below compute the messages Node builds with functions
// rather than templates. Each follows the same-named entry of Node v20's
// lib/internal/errors.js; `${x}` there is jsString(x) here.

// kTypes are the lower-case names ERR_INVALID_ARG_TYPE prints as
// "of type x"; 'Function' and 'Object' are accepted in either case.
var kTypes = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"string": true, "function": true, "number": true, "object": true, "Function": true,
		"Object": true, "boolean": true, "bigint": true, "symbol": true,
	}
})

var classRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Z][a-zA-Z0-9]*$`) })

// strings of a JS array (or Go slice) argument, or of a single value.
func (m *msgCtx) strs(v goja.Value) []string {
	if o, ok := v.(*goja.Object); ok && (o.ClassName() == "Array" || isGoSlice(o)) {
		n := int(o.Get("length").ToInteger())
		out := make([]string, n)
		for i := range out {
			out[i] = jsString(o.Get(itoa(i)))
		}
		return out
	}
	return []string{jsString(v)}
}

func isGoSlice(o *goja.Object) bool {
	switch o.Export().(type) {
	case []string, []any:
		return true
	}
	return false
}

func itoa(i int) string { return strconv.Itoa(i) }

func msgInvalidArgType(m *msgCtx, args []goja.Value) string {
	name := jsString(arg(args, 0))
	var b strings.Builder
	b.WriteString("The ")
	if strings.HasSuffix(name, " argument") {
		b.WriteString(name + " ")
	} else {
		kind := "argument"
		if strings.Contains(name, ".") {
			kind = "property"
		}
		b.WriteString(`"` + name + `" ` + kind + " ")
	}
	b.WriteString("must be ")
	var types, instances, other []string
	for _, v := range m.strs(arg(args, 1)) {
		switch {
		case kTypes()[v]:
			types = append(types, strings.ToLower(v))
		case classRe().MatchString(v):
			instances = append(instances, v)
		default:
			other = append(other, v)
		}
	}
	// "object" among the types is said as "an instance of ... or Object"
	// when classes are listed too.
	if len(instances) > 0 {
		for i, t := range types {
			if t == "object" {
				types = append(types[:i:i], types[i+1:]...)
				instances = append(instances, "Object")
				break
			}
		}
	}
	if len(types) > 0 {
		if len(types) > 1 {
			b.WriteString("one of type ")
		} else {
			b.WriteString("of type ")
		}
		b.WriteString(formatList(types, "or"))
		if len(instances) > 0 || len(other) > 0 {
			b.WriteString(" or ")
		}
	}
	if len(instances) > 0 {
		b.WriteString("an instance of " + formatList(instances, "or"))
		if len(other) > 0 {
			b.WriteString(" or ")
		}
	}
	if len(other) > 0 {
		if len(other) > 1 {
			b.WriteString("one of " + formatList(other, "or"))
		} else {
			if strings.ToLower(other[0]) != other[0] {
				b.WriteString("an ")
			}
			b.WriteString(other[0])
		}
	}
	b.WriteString(". Received " + m.specificType(arg(args, 2)))
	return b.String()
}

func msgInvalidArgValue(m *msgCtx, args []goja.Value) string {
	name := jsString(arg(args, 0))
	reason := "is invalid"
	if r := arg(args, 2); !goja.IsUndefined(r) {
		reason = jsString(r)
	}
	inspected := m.inspect(arg(args, 1), nil)
	if jsLen(inspected) > 128 {
		inspected = jsSlice(inspected, 128) + "..."
	}
	kind := "argument"
	if strings.Contains(name, ".") {
		kind = "property"
	}
	return "The " + kind + " '" + name + "' " + reason + ". Received " + inspected
}

func msgOutOfRange(m *msgCtx, args []goja.Value) string {
	str, rng, input := jsString(arg(args, 0)), jsString(arg(args, 1)), arg(args, 2)
	msg := `The value of "` + str + `" is out of range.`
	if arg(args, 3).ToBoolean() {
		msg = str
	}
	var received string
	switch typeOf(input) {
	case "number":
		f := input.ToFloat()
		if f == math.Trunc(f) && !math.IsInf(f, 0) && math.Abs(f) > 1<<32 {
			received = addNumericalSeparator(input.String())
		} else {
			received = m.inspect(input, nil)
		}
	case "bigint":
		n := bigOf(input)
		received = n.String()
		limit := new(big.Int).Lsh(big.NewInt(1), 32)
		if n.CmpAbs(limit) > 0 {
			received = addNumericalSeparator(received)
		}
		received += "n"
	default:
		received = m.inspect(input, nil)
	}
	return msg + " It must be " + rng + ". Received " + received
}

func msgMissingArgs(m *msgCtx, args []goja.Value) string {
	names := make([]string, len(args))
	for i, a := range args {
		if o, ok := a.(*goja.Object); ok && o.ClassName() == "Array" {
			alts := m.strs(a)
			for j := range alts {
				alts[j] = `"` + alts[j] + `"`
			}
			names[i] = strings.Join(alts, " or ")
		} else {
			names[i] = `"` + jsString(a) + `"`
		}
	}
	s := ""
	if len(args) > 1 {
		s = "s"
	}
	return "The " + formatList(names, "and") + " argument" + s + " must be specified"
}

func msgUnhandledError(m *msgCtx, args []goja.Value) string {
	if e := arg(args, 0); !goja.IsUndefined(e) {
		return "Unhandled error. (" + jsString(e) + ")"
	}
	return "Unhandled error."
}

func msgInternalAssertion(m *msgCtx, args []goja.Value) string {
	const suffix = "This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n" +
		"Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n"
	if msg := arg(args, 0); !goja.IsUndefined(msg) {
		return jsString(msg) + "\n" + suffix
	}
	return suffix
}

func msgBufferOutOfBounds(m *msgCtx, args []goja.Value) string {
	if n := arg(args, 0); n.ToBoolean() {
		return `"` + jsString(n) + `" is outside of buffer bounds`
	}
	return "Attempt to access memory outside buffer bounds"
}

func msgAccessDenied(m *msgCtx, args []goja.Value) string {
	perm, res := arg(args, 1), arg(args, 2)
	if goja.IsUndefined(perm) {
		perm = m.vm.ToValue("")
	}
	if goja.IsUndefined(res) {
		res = m.vm.ToValue("")
	}
	m.set("permission", perm)
	m.set("resource", res)
	return jsString(arg(args, 0))
}

func msgEncodingInvalidEncodedData(m *msgCtx, args []goja.Value) string {
	m.set("errno", arg(args, 1))
	return "The encoded data was not valid for encoding " + jsString(arg(args, 0))
}

func msgFalsyValueRejection(m *msgCtx, args []goja.Value) string {
	m.set("reason", arg(args, 0))
	return "Promise was rejected with falsy value"
}

func msgHttp2InvalidSettingValue(m *msgCtx, args []goja.Value) string {
	m.set("actual", arg(args, 1))
	if min := arg(args, 2); !goja.IsUndefined(min) {
		m.set("min", min)
		m.set("max", arg(args, 3))
	}
	return `Invalid value for setting "` + jsString(arg(args, 0)) + `": ` + jsString(arg(args, 1))
}

func msgHttp2StreamCancel(m *msgCtx, args []goja.Value) string {
	msg := "The pending stream has been canceled"
	if e := arg(args, 0); e.ToBoolean() {
		m.set("cause", e)
		if o, ok := e.(*goja.Object); ok {
			if em := o.Get("message"); em != nil && goja.IsString(em) {
				msg += " (caused by: " + em.String() + ")"
			}
		}
	}
	return msg
}

func msgInvalidAddressFamily(m *msgCtx, args []goja.Value) string {
	m.set("host", arg(args, 1))
	m.set("port", arg(args, 2))
	return "Invalid address family: " + jsString(arg(args, 0)) + " " + jsString(arg(args, 1)) + ":" + jsString(arg(args, 2))
}

func msgInvalidChar(m *msgCtx, args []goja.Value) string {
	msg := "Invalid character in " + jsString(arg(args, 0))
	if f := arg(args, 1); !goja.IsUndefined(f) {
		msg += ` ["` + jsString(f) + `"]`
	}
	return msg
}

func msgInvalidMimeSyntax(m *msgCtx, args []goja.Value) string {
	at := ""
	if idx := arg(args, 2); !(goja.IsNumber(idx) && idx.ToFloat() == -1) {
		at = " at " + jsString(idx)
	}
	return "The MIME syntax for a " + jsString(arg(args, 0)) + ` in "` + jsString(arg(args, 1)) + `" is invalid` + at
}

// importedFrom is the " imported from X" tail several resolver errors
// share, present only when base is truthy.
func importedFrom(base goja.Value) string {
	if base.ToBoolean() {
		return " imported from " + jsString(base)
	}
	return ""
}

func msgInvalidModuleSpecifier(m *msgCtx, args []goja.Value) string {
	return `Invalid module "` + jsString(arg(args, 0)) + `" ` + jsString(arg(args, 1)) + importedFrom(arg(args, 2))
}

func msgInvalidPackageConfig(m *msgCtx, args []goja.Value) string {
	msg := "Invalid package config " + jsString(arg(args, 0))
	if b := arg(args, 1); b.ToBoolean() {
		msg += " while importing " + jsString(b)
	}
	if x := arg(args, 2); x.ToBoolean() {
		msg += ". " + jsString(x)
	}
	return msg
}

func msgInvalidPackageTarget(m *msgCtx, args []goja.Value) string {
	pkgPath, key, target := jsString(arg(args, 0)), jsString(arg(args, 1)), arg(args, 2)
	isImport := arg(args, 3).ToBoolean()
	base := arg(args, 4)
	rel := goja.IsString(target) && !isImport && target.String() != "" && !strings.HasPrefix(target.String(), "./")
	relTail := ""
	if rel {
		relTail = `; targets must start with "./"`
	}
	t := m.jsonStringify(target, "")
	if key == "." {
		return `Invalid "exports" main target ` + t + " defined in the package config " + pkgPath + "package.json" + importedFrom(base) + relTail
	}
	kind := "exports"
	if isImport {
		kind = "imports"
	}
	return `Invalid "` + kind + `" target ` + t + " defined for '" + key + "' in the package config " + pkgPath + "package.json" + importedFrom(base) + relTail
}

func msgInvalidReturnProperty(m *msgCtx, args []goja.Value) string {
	return "Expected a valid " + jsString(arg(args, 0)) + ` to be returned for the "` + jsString(arg(args, 2)) +
		`" from the "` + jsString(arg(args, 1)) + `" hook but got ` + m.specificType(arg(args, 3)) + "."
}

func msgInvalidReturnPropertyValue(m *msgCtx, args []goja.Value) string {
	return "Expected " + jsString(arg(args, 0)) + ` to be returned for the "` + jsString(arg(args, 2)) +
		`" from the "` + jsString(arg(args, 1)) + `" hook but got ` + m.specificType(arg(args, 3)) + "."
}

func msgInvalidReturnValue(m *msgCtx, args []goja.Value) string {
	return "Expected " + jsString(arg(args, 0)) + ` to be returned from the "` + jsString(arg(args, 1)) +
		`" function but got ` + m.specificType(arg(args, 2)) + "."
}

func msgInvalidUrl(m *msgCtx, args []goja.Value) string {
	m.set("input", arg(args, 0))
	if b := arg(args, 1); !goja.IsUndefined(b) && !goja.IsNull(b) {
		m.set("base", b)
	}
	// Node keeps the URL out of the message (nodejs/node#38614).
	return "Invalid URL"
}

func msgInvalidUrlScheme(m *msgCtx, args []goja.Value) string {
	exp := m.strs(arg(args, 0))
	if len(exp) == 2 {
		return "The URL must be one of scheme " + exp[0] + " or " + exp[1]
	}
	return "The URL must be of scheme " + exp[0]
}

func msgManifestAssertIntegrity(m *msgCtx, args []goja.Value) string {
	msg := `The content of "` + jsString(arg(args, 0)) + `" does not match the expected integrity.`
	found := []string{}
	if o, ok := arg(args, 1).(*goja.Object); ok {
		if fe, ok := goja.AssertFunction(o.Get("forEach")); ok {
			_, _ = fe(o, m.vm.ToValue(func(c goja.FunctionCall) goja.Value {
				found = append(found, jsString(c.Argument(1))+"-"+jsString(c.Argument(0)))
				return goja.Undefined()
			}))
		}
	}
	if len(found) > 0 {
		return msg + " Integrities found are: " + strings.Join(found, " ")
	}
	return msg + " The resource was not found in the policy."
}

// setOwn defines an own enumerable data property, as Node's setOwnProperty.
func (m *msgCtx) setOwn(name string, v goja.Value) {
	if m.self != nil {
		_ = m.self.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
}

func msgModuleNotFound(m *msgCtx, args []goja.Value) string {
	kind := "package"
	if u := arg(args, 2); u.ToBoolean() {
		m.setOwn("url", m.vm.ToValue(jsString(u)))
		kind = "module"
	}
	return "Cannot find " + kind + " '" + jsString(arg(args, 0)) + "' imported from " + jsString(arg(args, 1))
}

func msgPackageImportNotDefined(m *msgCtx, args []goja.Value) string {
	in := ""
	if p := arg(args, 1); p.ToBoolean() {
		in = " in package " + jsString(p) + "package.json"
	}
	return `Package import specifier "` + jsString(arg(args, 0)) + `" is not defined` + in + " imported from " + jsString(arg(args, 2))
}

func msgPackagePathNotExported(m *msgCtx, args []goja.Value) string {
	pkg, sub := jsString(arg(args, 0)), jsString(arg(args, 1))
	if sub == "." {
		return `No "exports" main defined in ` + pkg + "package.json" + importedFrom(arg(args, 2))
	}
	return "Package subpath '" + sub + `' is not defined by "exports" in ` + pkg + "package.json" + importedFrom(arg(args, 2))
}

func msgParseArgsUnknownOption(m *msgCtx, args []goja.Value) string {
	opt := arg(args, 0)
	hint := ""
	if arg(args, 1).ToBoolean() {
		hint = ". To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- " + m.jsonStringify(opt, "")
	}
	return "Unknown option '" + jsString(opt) + "'" + hint
}

func msgRequireAsyncModule(m *msgCtx, args []goja.Value) string {
	msg := "require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla."
	if p := arg(args, 1); p.ToBoolean() {
		msg += "\n  From " + jsString(p) + " "
	}
	if f := arg(args, 0); f.ToBoolean() {
		msg += "\n  Requiring " + jsString(f) + " "
	}
	return msg
}

func msgRequireEsm(m *msgCtx, args []goja.Value) string {
	filename := jsString(arg(args, 0))
	hasESM := arg(args, 1).ToBoolean()
	parent, pkgJSON := arg(args, 2), arg(args, 3)
	msg := "require() of ES Module " + filename
	if parent.ToBoolean() {
		msg += " from " + jsString(parent)
	}
	msg += " not supported."
	if !pkgJSON.ToBoolean() {
		if strings.HasSuffix(filename, ".mjs") {
			msg += "\nInstead change the require of " + filename + " to a dynamic import() which is available in all CommonJS modules."
		}
		return msg
	}
	base := filepath.Base(filename)
	if parent.ToBoolean() && filepath.Base(filename) == filepath.Base(jsString(parent)) {
		base = filename
	}
	if hasESM {
		return msg + "\nInstead change the require of " + base + " in " + jsString(parent) + " to a dynamic import() which is available in all CommonJS modules."
	}
	return msg + "\n" + base + ` is treated as an ES module file as it is a .js file whose nearest parent package.json contains "type": "module" which declares all .js files in that package scope as ES modules.` +
		"\nInstead either rename " + base + " to end in .cjs, change the requiring code to use dynamic import() which is available in all CommonJS modules, or change \"type\": \"module\" to \"type\": \"commonjs\" in " +
		jsString(pkgJSON) + " to treat all .js files as CommonJS (using .mjs for all ES modules instead).\n"
}

func msgSocketBadPort(m *msgCtx, args []goja.Value) string {
	op := ">="
	if z := arg(args, 2); !goja.IsUndefined(z) && !z.ToBoolean() {
		op = ">"
	}
	return jsString(arg(args, 0)) + " should be " + op + " 0 and < 65536. Received " + m.specificType(arg(args, 1)) + "."
}

func msgTestFailure(m *msgCtx, args []goja.Value) string {
	e := arg(args, 0)
	msg := e
	if o, ok := e.(*goja.Object); ok {
		if v := o.Get("message"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
			msg = v
		}
	}
	m.set("failureType", arg(args, 1))
	m.set("cause", e)
	if goja.IsString(msg) {
		return msg.String()
	}
	return m.inspect(msg, nil)
}

func msgTlsAlpnCallbackInvalidResult(m *msgCtx, args []goja.Value) string {
	return "ALPN callback returned a value (" + jsString(arg(args, 0)) +
		") that did not match any of the client's offered protocols (" + strings.Join(m.strs(arg(args, 1)), ", ") + ")"
}

func msgTlsCertAltnameInvalid(m *msgCtx, args []goja.Value) string {
	m.set("reason", arg(args, 0))
	m.set("host", arg(args, 1))
	m.set("cert", arg(args, 2))
	return "Hostname/IP does not match certificate's altnames: " + jsString(arg(args, 0))
}

func msgUnsupportedDirImport(m *msgCtx, args []goja.Value) string {
	m.setOwn("url", arg(args, 2))
	return "Directory import '" + jsString(arg(args, 0)) + "' is not supported resolving ES modules imported from " + jsString(arg(args, 1))
}

func msgUnsupportedEsmUrlScheme(m *msgCtx, args []goja.Value) string {
	proto := "undefined"
	if u, ok := arg(args, 0).(*goja.Object); ok {
		proto = jsString(u.Get("protocol"))
	}
	return "Only URLs with a scheme in: " + formatList(m.strs(arg(args, 1)), "and") +
		" are supported by the default ESM loader. Received protocol '" + proto + "'"
}

func msgVmModuleLinkFailure(m *msgCtx, args []goja.Value) string {
	m.set("cause", arg(args, 1))
	return jsString(arg(args, 0))
}

func msgWorkerInvalidExecArgv(m *msgCtx, args []goja.Value) string {
	msg := "invalid execArgv flags"
	if v := arg(args, 1); !goja.IsUndefined(v) {
		msg = jsString(v)
	}
	return "Initiated Worker with " + msg + ": " + strings.Join(m.strs(arg(args, 0)), ", ")
}

func msgWorkerPath(m *msgCtx, args []goja.Value) string {
	f := jsString(arg(args, 0))
	msg := "The worker script or module filename must be an absolute path or a relative path starting with './' or '../'."
	if strings.HasPrefix(f, "file://") {
		msg += " Wrap file:// URLs with `new URL`."
	}
	if strings.HasPrefix(f, "data:text/javascript") {
		msg += " Wrap data: URLs with `new URL`."
	}
	return msg + ` Received "` + f + `"`
}
