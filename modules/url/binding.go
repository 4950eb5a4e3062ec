package url

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/net/idna"

	"github.com/gorun-js/gorun/modules"
)

// Component indexes of the array the binding returns for a parsed URL; the
// shim reads its getters from it.
const (
	cHref = iota
	cOrigin
	cProtocol
	cUsername
	cPassword
	cHost
	cHostname
	cPort
	cPathname
	cSearch
	cHash
	cCount
)

// components flattens a record into the strings the URL getters return.
func (u *record) components() [cCount]string {
	var c [cCount]string
	c[cHref] = u.serialize(false)
	c[cOrigin] = u.origin()
	c[cProtocol] = u.scheme + ":"
	c[cUsername] = u.username
	c[cPassword] = u.password
	if u.hasHost {
		c[cHostname] = u.host
		c[cHost] = u.host
		if u.port != -1 {
			c[cPort] = strconv.Itoa(u.port)
			c[cHost] += ":" + c[cPort]
		}
	}
	c[cPathname] = u.pathString()
	if u.hasQuery && u.query != "" {
		c[cSearch] = "?" + u.query
	}
	if u.hasFrag && u.frag != "" {
		c[cHash] = "#" + u.frag
	}
	return c
}

func toArray(vm *goja.Runtime, u *record) goja.Value {
	c := u.components()
	vals := make([]any, cCount)
	for i, s := range c {
		vals[i] = s
	}
	return vm.NewArray(vals...)
}

// parseWithBase parses input against an optional base string.
func parseWithBase(input string, base *string) (*record, bool) {
	var b *record
	if base != nil {
		var ok bool
		if b, ok = parse(*base, nil); !ok {
			return nil, false
		}
	}
	return parse(input, b)
}

// setter applies one URL setter (https://url.spec.whatwg.org/#urlutils-members)
// to u; failures leave u as the standard leaves it.
func (u *record) set(name, value string) {
	in := func(s string) []rune { return preprocess(s, false) }
	switch name {
	case "protocol":
		u.run(in(value+":"), nil, stSchemeStart)
	case "username", "password":
		if u.cannotHaveUserinfoOrPort() {
			return
		}
		if name == "username" {
			u.username = encodeString(value, &userinfoSet)
		} else {
			u.password = encodeString(value, &userinfoSet)
		}
	case "host", "hostname":
		if u.opaque {
			return
		}
		st := stHost
		if name == "hostname" {
			st = stHostname
		}
		u.run(in(value), nil, st)
	case "port":
		if u.cannotHaveUserinfoOrPort() {
			return
		}
		if value == "" {
			u.port = -1
			return
		}
		u.run(in(value), nil, stPort)
	case "pathname":
		if u.opaque {
			return
		}
		u.path = nil
		u.run(in(value), nil, stPathStart)
	case "search":
		if value == "" {
			u.query, u.hasQuery = "", false
			u.stripTrailingSpaces()
			return
		}
		value = strings.TrimPrefix(value, "?")
		u.query, u.hasQuery = "", true
		u.run(in(value), nil, stQuery)
	case "hash":
		if value == "" {
			u.frag, u.hasFrag = "", false
			u.stripTrailingSpaces()
			return
		}
		value = strings.TrimPrefix(value, "#")
		u.frag, u.hasFrag = "", true
		u.run(in(value), nil, stFragment)
	}
}

// stripTrailingSpaces is "potentially strip trailing spaces from an opaque
// path": once nothing follows an opaque path, its trailing spaces would not
// survive a reparse.
func (u *record) stripTrailingSpaces() {
	if u.opaque && !u.hasQuery && !u.hasFrag {
		u.opaqueP = strings.TrimRight(u.opaqueP, " ")
	}
}

// toUSV is WebIDL's USVString conversion of a JS string.
func toUSV(v goja.Value) goja.Value {
	s, ok := v.(goja.String)
	if !ok {
		return v
	}
	n := s.Length()
	var fixed []uint16
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		if c < 0xd800 || c > 0xdfff {
			if fixed != nil {
				fixed = append(fixed, c)
			}
			continue
		}
		if c <= 0xdbff && i+1 < n {
			if d := s.CharAt(i + 1); d >= 0xdc00 && d <= 0xdfff {
				if fixed != nil {
					fixed = append(fixed, c, d)
				}
				i++
				continue
			}
		}
		if fixed == nil {
			fixed = make([]uint16, i, n)
			for j := 0; j < i; j++ {
				fixed[j] = s.CharAt(j)
			}
		}
		fixed = append(fixed, 0xfffd)
	}
	if fixed == nil {
		return v
	}
	return goja.StringFromUTF16(fixed)
}

func optString(v goja.Value) *string {
	if v == nil || goja.IsUndefined(v) {
		return nil
	}
	s := v.String()
	return &s
}

// binding builds url's Go half: the URL parser, the setters, the
// urlencoded codec and IDNA. URL objects keep their state in JS as the
// serialized href plus components, so no Go value outlives a call.
func binding(c *modules.Context) (*goja.Object, error) {
	vm := c.VM
	b := vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = b.Set(name, fn) }

	// parse(input, base?) returns the components or undefined on failure.
	set("parse", func(call goja.FunctionCall) goja.Value {
		u, ok := parseWithBase(call.Argument(0).String(), optString(call.Argument(1)))
		if !ok {
			return goja.Undefined()
		}
		return toArray(vm, u)
	})
	set("canParse", func(call goja.FunctionCall) goja.Value {
		_, ok := parseWithBase(call.Argument(0).String(), optString(call.Argument(1)))
		return vm.ToValue(ok)
	})
	// update(href, setter, value) applies a setter to the URL href and
	// returns its new components, or undefined when nothing changed.
	set("update", func(call goja.FunctionCall) goja.Value {
		href := call.Argument(0).String()
		u, ok := parse(href, nil)
		if !ok {
			return goja.Undefined()
		}
		u.set(call.Argument(1).String(), call.Argument(2).String())
		return toArray(vm, u)
	})
	// context returns the offsets Node's URLContext shows (ada's
	// url_aggregator): protocol_end, username_end, host_start, host_end,
	// pathname_start, search_start, hash_start, port, scheme_type.
	set("context", func(call goja.FunctionCall) goja.Value {
		u, ok := parse(call.Argument(0).String(), nil)
		if !ok {
			return goja.Undefined()
		}
		o := u.offsets()
		vals := make([]any, len(o))
		for i, v := range o {
			vals[i] = v
		}
		return vm.NewArray(vals...)
	})
	// formParse returns the name/value pairs of an urlencoded string as a
	// flat array.
	set("formParse", func(call goja.FunctionCall) goja.Value {
		s := call.Argument(0).String()
		var out []any
		for len(s) > 0 {
			var seq string
			if i := strings.IndexByte(s, '&'); i >= 0 {
				seq, s = s[:i], s[i+1:]
			} else {
				seq, s = s, ""
			}
			if seq == "" {
				continue
			}
			name, value := seq, ""
			if i := strings.IndexByte(seq, '='); i >= 0 {
				name, value = seq[:i], seq[i+1:]
			}
			out = append(out, formDecode(name), formDecode(value))
		}
		return vm.NewArray(out...)
	})
	// formSerialize serializes a flat name/value array.
	set("formSerialize", func(call goja.FunctionCall) goja.Value {
		obj := call.Argument(0).ToObject(vm)
		n := int(obj.Get("length").ToInteger())
		var sb strings.Builder
		for i := 0; i+1 < n; i += 2 {
			if i > 0 {
				sb.WriteByte('&')
			}
			formEncode(&sb, obj.Get(strconv.Itoa(i)).String())
			sb.WriteByte('=')
			formEncode(&sb, obj.Get(strconv.Itoa(i+1)).String())
		}
		return vm.ToValue(sb.String())
	})
	set("domainToASCII", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(domainToASCIIPublic(call.Argument(0).String()))
	})
	set("domainToUnicode", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(domainToUnicodePublic(call.Argument(0).String()))
	})
	// toUSVString replaces lone surrogates with U+FFFD; a well-formed
	// string comes back as the same value, without a copy.
	set("toUSVString", func(call goja.FunctionCall) goja.Value {
		return toUSV(call.Argument(0))
	})
	set("legacyPrep", func(call goja.FunctionCall) goja.Value {
		return legacyPrep(vm, toUTF16(call.Argument(0)))
	})
	// legacyAuthority returns [atSign, nonHost, rest] for url.parse's
	// authority.
	set("legacyAuthority", func(call goja.FunctionCall) goja.Value {
		in := toUTF16(call.Argument(0))
		rest, at, nonHost := legacyAuthority(in)
		restVal := call.Argument(0)
		if len(rest) != len(in) {
			restVal = utf16Value(vm, rest)
		}
		return vm.NewArray(at, nonHost, restVal)
	})
	set("legacyAutoEscape", func(call goja.FunctionCall) goja.Value {
		return legacyAutoEscape(vm, call.Argument(0), toUTF16(call.Argument(0)))
	})
	// toASCII is UTS #46 ToASCII as url.parse uses it: "" on failure.
	set("toASCII", func(call goja.FunctionCall) goja.Value {
		s := call.Argument(0).String()
		// Node's binding reads the hostname as a C string: it ends at NUL.
		if i := strings.IndexByte(s, 0); i >= 0 {
			s = s[:i]
		}
		out, ok := domainToASCII(s)
		if !ok {
			return vm.ToValue("")
		}
		return vm.ToValue(out)
	})
	// format(href, fragment, unicode, search, auth) is url.format for a
	// WHATWG URL with its options.
	set("format", func(call goja.FunctionCall) goja.Value {
		href := call.Argument(0).String()
		u, ok := parse(href, nil)
		if !ok {
			return vm.ToValue(href)
		}
		if !call.Argument(1).ToBoolean() {
			u.frag, u.hasFrag = "", false
		}
		if call.Argument(2).ToBoolean() && u.hasHost && !strings.HasPrefix(u.host, "[") {
			if h, err := idna.Punycode.ToUnicode(u.host); err == nil {
				u.host = h
			}
		}
		if !call.Argument(3).ToBoolean() {
			u.query, u.hasQuery = "", false
		}
		if !call.Argument(4).ToBoolean() {
			u.username, u.password = "", ""
		}
		return vm.ToValue(u.serialize(false))
	})
	return b, nil
}

// domainToASCIIPublic is url.domainToASCII. Node sets the input as the
// hostname of "ws://x" and reads it back, so "a/b" gives "a" (the setter
// stops at '/') and "" means the setter failed.
func domainToASCIIPublic(s string) string {
	if s == "" {
		return ""
	}
	u, _ := parse("ws://x", nil)
	if !u.run(preprocess(s, false), nil, stHostname) {
		return ""
	}
	return u.host
}

// domainToUnicodePublic is url.domainToUnicode: domainToASCII, then its
// punycode labels decoded.
func domainToUnicodePublic(s string) string {
	h := domainToASCIIPublic(s)
	if h == "" || strings.HasPrefix(h, "[") {
		return h
	}
	// ToUnicode returns what it could decode along with any error; Node
	// keeps such labels as they are too.
	out, _ := idna.Punycode.ToUnicode(h)
	return out
}
