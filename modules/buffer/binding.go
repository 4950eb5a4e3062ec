package buffer

import (
	"bytes"
	"reflect"
	"strings"
	"sync"
	"unicode/utf16"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr"
	"github.com/gorun-js/gorun/internal/polyfill"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/util"
)

// Binding is the Go half of `buffer` (and of internal/encoding): codecs
// and byte loops over typed arrays' shared memory. Buffers arrive as
// typed arrays and are never copied on the way in; new contents leave as
// ArrayBuffers that the shim wraps in a FastBuffer, which is the cheapest
// way goja offers to make a Uint8Array subclass instance.
func Binding(c *modules.Context) (*goja.Object, error) {
	vm := c.VM
	importedOnce.Do(func() { importedStringType = reflect.TypeOf(vm.ToValue(strings.Repeat("x", 64))) })
	b := vm.NewObject()
	// goja's own Uint8Array, unwrapped: FastBuffer checks sizes itself.
	if native := hostNative(c, "Uint8Array"); native != nil {
		_ = b.Set("NativeUint8Array", native)
	} else {
		_ = b.Set("NativeUint8Array", vm.Get("Uint8Array"))
	}
	set := func(name string, fn any) { _ = b.Set(name, fn) }
	// markUntransferable keeps structuredClone's transfer from detaching
	// a pool many Buffers share (polyfill.UntransferableKey).
	set("markUntransferable", func(v goja.Value) {
		if c.Host != nil {
			polyfill.Natives(c.Host.Natives).MarkUntransferable(v)
		}
	})
	bs := func(v goja.Value) []byte { return bytesOf(vm, v) }

	// The hot functions take a raw FunctionCall: goja's reflection-based
	// wrapping of typed Go functions costs more than the work itself for
	// short strings and small buffers.
	fn := func(name string, f func(call goja.FunctionCall) goja.Value) { _ = b.Set(name, f) }
	arg := func(call goja.FunctionCall, i int) int { return int(call.Argument(i).ToInteger()) }

	fn("byteLengthUtf8", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(byteLengthUTF8(call.Argument(0)))
	})
	fn("fromString", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(vm.NewArrayBuffer(encodeString(call.Argument(0), arg(call, 1))))
	})
	// write(buf, string, enc, offset, length) -> bytes written.
	fn("write", func(call goja.FunctionCall) goja.Value {
		dst := bs(call.Argument(0))
		offset, length := arg(call, 3), arg(call, 4)
		if offset > len(dst) || offset < 0 || length <= 0 {
			return vm.ToValue(0)
		}
		dst = dst[offset:]
		if length < len(dst) {
			dst = dst[:length]
		}
		return vm.ToValue(writeString(dst, call.Argument(1), arg(call, 2)))
	})
	// toString(buf, enc, start, end).
	fn("toString", func(call goja.FunctionCall) goja.Value {
		src := bs(call.Argument(0))
		start, end := max(arg(call, 2), 0), min(arg(call, 3), len(src))
		if start >= end {
			return vm.ToValue("")
		}
		return Decode(vm, src[start:end], arg(call, 1))
	})
	// compare(a, aStart, aEnd, b, bStart, bEnd): ranges checked by the shim.
	fn("compare", func(call goja.FunctionCall) goja.Value {
		x := bs(call.Argument(0))[arg(call, 1):arg(call, 2)]
		y := bs(call.Argument(3))[arg(call, 4):arg(call, 5)]
		return vm.ToValue(bytes.Compare(x, y))
	})
	// copy(src, srcStart, srcEnd, dst, dstStart): memmove semantics.
	fn("copy", func(call goja.FunctionCall) goja.Value {
		src := bs(call.Argument(0))[arg(call, 1):arg(call, 2)]
		return vm.ToValue(copy(bs(call.Argument(3))[arg(call, 4):], src))
	})
	set("indexOf", func(buf, needle goja.Value, offset float64, forward, ucs2 bool) int {
		return indexOfQuirk(bs(buf), bs(needle), int(offset), forward, ucs2, true)
	})
	set("indexOfString", func(buf, needle goja.Value, enc int, offset float64, forward bool) int {
		return indexOf(bs(buf), encodeString(needle, enc), int(offset), forward, enc == EncUCS2)
	})
	set("indexOfNumber", func(buf goja.Value, n int64, offset float64, forward bool) int {
		return indexOf(bs(buf), []byte{byte(n)}, int(offset), forward, false)
	})
	set("fill", func(buf goja.Value, val goja.Value, start, end int) int {
		pat := bs(val)
		if len(pat) == 0 {
			return -1
		}
		fill(bs(buf)[start:end], pat)
		return 0
	})
	set("fillString", func(buf goja.Value, v goja.Value, enc, start, end int) int {
		pat := encodeString(v, enc)
		if len(pat) == 0 {
			return -1
		}
		fill(bs(buf)[start:end], pat)
		return 0
	})
	set("swap", func(buf goja.Value, size int) {
		swap(bs(buf), size)
	})
	fn("isAnyArrayBuffer", func(call goja.FunctionCall) goja.Value {
		// By class, not by Export: exporting converts a plain object to a
		// map, and panics inside goja on a view of a detached buffer.
		return vm.ToValue(util.KindOf(call.Argument(0)) == util.KindArrayBuffer)
	})
	// A detached buffer (transferred by structuredClone) can't be
	// validated: node throws ERR_INVALID_STATE.
	validate := func(v goja.Value) []byte {
		if detached(vm, v) {
			// Thrown from C++ in node: a plain Error with the code.
			ctor, _ := goja.AssertConstructor(vm.Get("Error"))
			e, err := ctor(nil, vm.ToValue("Cannot validate on a detached buffer"))
			if err != nil {
				panic(err)
			}
			_ = e.Set("code", "ERR_INVALID_STATE")
			panic(e)
		}
		return bs(v)
	}
	set("isUtf8", func(v goja.Value) bool { return isUTF8(validate(v)) })
	set("isAscii", func(v goja.Value) bool { return isASCII(validate(v)) })
	set("utf8Pending", func(v goja.Value) int { return utf8Pending(bs(v)) })
	set("atob", func(v goja.Value) goja.Value {
		out, status := atob(v.String())
		if status != atobOK {
			return vm.ToValue(status)
		}
		return vm.ToValue(latin1String(out))
	})
	set("btoa", func(v goja.Value) goja.Value {
		s, _ := v.(goja.String)
		u := unitsOf(s)
		raw := make([]byte, len(u))
		for i, c := range u {
			if c > 0xff {
				return goja.Null()
			}
			raw[i] = byte(c)
		}
		return vm.ToValue(encodeBase64(raw, false))
	})
	set("transcode", func(buf goja.Value, from, to int) goja.Value {
		out, ok := transcode(bs(buf), from, to)
		if !ok {
			return goja.Null()
		}
		return vm.ToValue(vm.NewArrayBuffer(out))
	})
	set("decodeLatin1", func(v goja.Value) goja.Value {
		// Node 20 decodes the windows-1252 labels as ISO-8859-1: bytes
		// 0x80-0x9f stay C1 controls instead of the spec's € etc.
		return vm.ToValue(latin1String(bs(v)))
	})
	set("encodeInto", func(src goja.Value, dst goja.Value) []int {
		s, _ := src.(goja.String)
		if s == nil {
			s = vm.ToValue(src.String()).(goja.String)
		}
		r, w := encodeInto(s, bs(dst))
		return []int{r, w}
	})
	set("decodeUTF16", func(v goja.Value, bigEndian, fatal bool) goja.Value {
		u, ok := decodeUTF16(bs(v), bigEndian, fatal)
		if !ok {
			return goja.Null()
		}
		return goja.StringFromUTF16(u)
	})
	set("utf16Pending", func(v goja.Value, bigEndian bool) int { return utf16Pending(bs(v), bigEndian) })
	return b, nil
}

// goja keeps a string in one of three forms: ASCII bytes, UTF-16 units,
// or (for long strings that came from Go) the Go string itself, scanned
// lazily. String() is free for the first and third, and faithful: they
// cannot hold lone surrogates.
var (
	asciiStringType    = reflect.TypeOf(goja.StringFromUTF16([]uint16{'a'}))
	importedStringType reflect.Type
	importedOnce       sync.Once
)

// isASCIIString reports a string value known to be ASCII.
func isASCIIString(v goja.Value) bool { return reflect.TypeOf(v) == asciiStringType }

// utf8Of returns v's UTF-8 when goja holds it that way already.
func utf8Of(v goja.Value) (string, bool) {
	if t := reflect.TypeOf(v); t == asciiStringType || t == importedStringType {
		return v.String(), true
	}
	return "", false
}

// lowBytesOfUTF8 is the low byte of each UTF-16 unit of s.
func lowBytesOfUTF8(s string) []byte {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r >= 0x10000 {
			r1, r2 := utf16.EncodeRune(r)
			b = append(b, byte(r1), byte(r2))
		} else {
			b = append(b, byte(r))
		}
	}
	return b
}

// byteLengthUTF8 is the UTF-8 length of a JS string, lone surrogates
// counting as the 3 bytes of U+FFFD.
func byteLengthUTF8(v goja.Value) int {
	s, ok := v.(goja.String)
	if !ok {
		return len(v.String())
	}
	if str, ok := utf8Of(v); ok {
		return len(str)
	}
	n, l := 0, s.Length()
	for i := 0; i < l; i++ {
		c := s.CharAt(i)
		switch {
		case c < 0x80:
			n++
		case c < 0x800:
			n += 2
		case c >= 0xd800 && c <= 0xdbff && i+1 < l && s.CharAt(i+1) >= 0xdc00 && s.CharAt(i+1) <= 0xdfff:
			n += 4
			i++
		default:
			n += 3
		}
	}
	return n
}

// bytesOf is the live memory behind a typed array, DataView or
// ArrayBuffer; anything else has none.
func bytesOf(vm *goja.Runtime, v goja.Value) []byte {
	// goja exports an empty view that ends where its buffer ends through
	// a pointer one past the allocation, which the race detector's
	// checkptr treats as fatal: an empty view needs no export.
	if o, ok := v.(*goja.Object); ok && o.ClassName() != "ArrayBuffer" {
		if n := o.Get("byteLength"); n != nil && n.ToInteger() == 0 {
			return []byte{}
		}
	}
	switch x := v.Export().(type) {
	case []byte:
		return x
	case goja.ArrayBuffer:
		return x.Bytes()
	}
	var b []byte
	if o, ok := v.(*goja.Object); ok {
		if vm.ExportTo(o, &b) == nil {
			return b
		}
	}
	return nil
}

// unitsOf is a string's UTF-16 code units, lone surrogates kept.
func unitsOf(s goja.String) []uint16 {
	if s == nil {
		return nil
	}
	if str, ok := utf8Of(s); ok {
		u := make([]uint16, 0, len(str))
		for _, r := range str {
			if r >= 0x10000 {
				r1, r2 := utf16.EncodeRune(r)
				u = append(u, uint16(r1), uint16(r2))
			} else {
				u = append(u, uint16(r))
			}
		}
		return u
	}
	n := s.Length()
	u := make([]uint16, n)
	for i := 0; i < n; i++ {
		u[i] = s.CharAt(i)
	}
	return u
}

// latin1Bytes is the low byte of every code unit ('latin1' and 'ascii'
// encoding of strings).
func latin1Bytes(v goja.Value) []byte {
	s, ok := v.(goja.String)
	if !ok {
		return []byte(v.String())
	}
	if str, ok := utf8Of(v); ok {
		if isASCIIString(v) {
			return []byte(str)
		}
		return lowBytesOfUTF8(str)
	}
	n := s.Length()
	b := make([]byte, n)
	for i := 0; i < n; i++ {
		b[i] = byte(s.CharAt(i))
	}
	return b
}

// lowBytes is the string base64 and hex decoding read: Node's decoders
// look at the low byte of each UTF-16 unit, so '\u0141' reads as 'A'
// and half of a surrogate pair can read as '='.
func lowBytes(v goja.Value) string {
	if _, ok := v.(goja.String); !ok || isASCIIString(v) {
		return v.String()
	}
	if str, ok := utf8Of(v); ok && isASCII(unsafeBytes(str)) {
		return str
	}
	return string(latin1Bytes(v))
}

func encodeString(v goja.Value, enc int) []byte {
	switch enc {
	case EncUCS2:
		s, _ := v.(goja.String)
		u := unitsOf(s)
		out := make([]byte, len(u)*2)
		writeUCS2(out, u)
		return out
	case EncLatin1, EncASCII:
		return latin1Bytes(v)
	case EncBase64, EncBase64URL:
		str := lowBytes(v)
		out := make([]byte, base64MaxDecodedLen(str))
		return out[:decodeBase64(out, str)]
	case EncHex:
		str := lowBytes(v)
		out := make([]byte, len(str)/2)
		return out[:decodeHex(out, str)]
	}
	return []byte(v.String())
}

func writeString(dst []byte, v goja.Value, enc int) int {
	switch enc {
	case EncUCS2:
		s, _ := v.(goja.String)
		return writeUCS2(dst, unitsOf(s))
	case EncLatin1, EncASCII:
		return copy(dst, latin1Bytes(v))
	case EncBase64, EncBase64URL:
		return decodeBase64(dst, lowBytes(v))
	case EncHex:
		return decodeHex(dst, lowBytes(v))
	}
	return writeUTF8(dst, v.String())
}

func decodeString(vm *goja.Runtime, src []byte, enc int) goja.Value {
	switch enc {
	case EncUCS2:
		return goja.StringFromUTF16(decodeUCS2(src))
	case EncLatin1:
		if isASCII(src) {
			return vm.ToValue(string(src))
		}
		return goja.StringFromUTF16(latin1Units(src))
	case EncASCII:
		return vm.ToValue(asciiString(src))
	case EncBase64:
		return asciiValue(encodeBase64(src, false))
	case EncBase64URL:
		return asciiValue(encodeBase64(src, true))
	case EncHex:
		return asciiValue(encodeHex(src))
	}
	return vm.ToValue(decodeUTF8(src))
}

// BytesOf is the live memory behind a typed array, DataView or
// ArrayBuffer (nil for any other value), for packages that share
// Buffer's data without copying it.
func BytesOf(vm *goja.Runtime, v goja.Value) []byte { return bytesOf(vm, v) }

// CopyOf returns a copy of the bytes of a Buffer, typed array, DataView or
// ArrayBuffer, else of the value's string form as UTF-8 (nil for undefined
// and null), for a goroutine: JS may reuse the memory as soon as the call
// that handed it over returns.
func CopyOf(vm *goja.Runtime, v goja.Value) []byte {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	if s, ok := v.Export().(string); ok {
		return []byte(s)
	}
	if b := bytesOf(vm, v); b != nil {
		return append([]byte(nil), b...)
	}
	return []byte(v.String())
}

// Decode turns bytes into a string with one of the Enc* encodings, by
// Node's rules (WHATWG replacement for UTF-8, padded base64…).
// Like V8, it refuses to make a string longer than kStringMaxLength
// (ERR_STRING_TOO_LONG).
func Decode(vm *goja.Runtime, b []byte, enc int) goja.Value {
	if len(b) > kStringMaxLength && decodedLen(b, enc) > kStringMaxLength {
		panic(nodeerr.New(vm, "ERR_STRING_TOO_LONG"))
	}
	return decodeString(vm, b, enc)
}

// kStringMaxLength is V8's limit on string length, in UTF-16 units.
const kStringMaxLength = 0x1fffffe8

// decodedLen is the length in UTF-16 units of b decoded with enc; for
// ill-formed UTF-8 it is an estimate.
func decodedLen(b []byte, enc int) int {
	switch enc {
	case EncUCS2:
		return len(b) / 2
	case EncBase64:
		return (len(b) + 2) / 3 * 4
	case EncBase64URL:
		return (len(b)*4 + 2) / 3
	case EncHex:
		return len(b) * 2
	case EncUTF8:
		n := 0
		for _, c := range b {
			if c&0xc0 != 0x80 {
				n++
			}
			if c >= 0xf0 {
				n++
			}
		}
		return n
	}
	return len(b)
}

// hostNative returns goja's own constructor name when the runtime wrapped
// the global one (see modules.Host.Natives), else nil.
func hostNative(c *modules.Context, name string) *goja.Object {
	if c.Host == nil {
		return nil
	}
	return c.Host.Natives[name]
}

// detached reports whether v is an ArrayBuffer, or a view of one, that has
// been detached.
func detached(vm *goja.Runtime, v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	// A view first: exporting a view of a detached buffer panics in goja.
	if b, ok := o.Get("buffer").(*goja.Object); ok {
		if ab, ok := b.Export().(goja.ArrayBuffer); ok {
			return ab.Detached()
		}
		return false
	}
	if util.KindOf(o) != util.KindArrayBuffer {
		return false
	}
	if ab, ok := o.Export().(goja.ArrayBuffer); ok {
		return ab.Detached()
	}
	return false
}
