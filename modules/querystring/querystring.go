// Package querystring is Node's `querystring` module:
// https://nodejs.org/api/querystring.html. The JS shim does the parsing
// and formatting; the Go binding decodes the bytes of malformed escapes
// as UTF-8, which JS has no native way to do before Buffer exists.
package querystring

import (
	_ "embed"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
)

//go:embed querystring.js
var source string

var shim = modules.NewShim("node:querystring", source)

// Module declares `querystring`.
func Module() modules.Module {
	return modules.Module{Name: "querystring", Shim: shim, Binding: binding}
}

func binding(c *modules.Context) (*goja.Object, error) {
	vm := c.VM
	b := vm.NewObject()
	// utf8(arrayBuffer, length) decodes the first length bytes.
	_ = b.Set("utf8", func(ab goja.ArrayBuffer, n int) string {
		data := ab.Bytes()
		if n < len(data) {
			data = data[:n]
		}
		return decodeUTF8(data)
	})
	return b, nil
}

// decodeUTF8 decodes b as UTF-8 the way the WHATWG Encoding standard (and
// so Buffer#toString and TextDecoder) does: each maximal subpart of an
// ill-formed sequence becomes one U+FFFD. Go's own conversion replaces
// every bad byte, which differs for truncated sequences ("\xe2\x82" is
// one replacement character in Node, two in Go).
func decodeUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	out := make([]rune, 0, len(b))
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			out = append(out, rune(c))
			i++
			continue
		}
		var need int
		lo, hi := byte(0x80), byte(0xbf)
		switch {
		case c >= 0xc2 && c <= 0xdf:
			need = 1
		case c >= 0xe0 && c <= 0xef:
			need = 2
			if c == 0xe0 {
				lo = 0xa0
			} else if c == 0xed {
				hi = 0x9f
			}
		case c >= 0xf0 && c <= 0xf4:
			need = 3
			if c == 0xf0 {
				lo = 0x90
			} else if c == 0xf4 {
				hi = 0x8f
			}
		default:
			out = append(out, utf8.RuneError)
			i++
			continue
		}
		cp := rune(c) & (0x3f >> need)
		j := i + 1
		ok := true
		for k := 0; k < need; k++ {
			if j >= len(b) || b[j] < lo || b[j] > hi {
				ok = false
				break
			}
			cp = cp<<6 | rune(b[j]&0x3f)
			j++
			lo, hi = 0x80, 0xbf
		}
		if ok {
			out = append(out, cp)
		} else {
			out = append(out, utf8.RuneError)
		}
		i = j
	}
	return string(out)
}
