// Package stringdecoder is Node's `string_decoder` module. Like Node's
// C++ decoder, its state lives in a small Buffer (the incomplete
// character's bytes, then missing and buffered counts and the encoding),
// so lastChar is a live view of it; the Go binding runs the state machine
// over that memory.
package stringdecoder

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/buffer"
)

//go:embed string_decoder.js
var source string

var shim = modules.NewShim("node:string_decoder", source)

// Module declares `string_decoder`.
func Module() modules.Module {
	return modules.Module{Name: "string_decoder", Shim: shim, Binding: binding}
}

// Offsets into the state buffer, as in Node's string_decoder.h.
const (
	kIncompleteEnd = 4
	kMissingBytes  = 4
	kBufferedBytes = 5
	kEncoding      = 6
	kSize          = 7
)

func binding(c *modules.Context) (*goja.Object, error) {
	vm := c.VM
	b := vm.NewObject()
	_ = b.Set("kSize", kSize)
	_ = b.Set("kMissingBytes", kMissingBytes)
	_ = b.Set("kBufferedBytes", kBufferedBytes)
	_ = b.Set("kEncoding", kEncoding)
	_ = b.Set("decode", func(state, data goja.Value) goja.Value {
		st := buffer.BytesOf(vm, state)
		return decode(vm, st, buffer.BytesOf(vm, data))
	})
	_ = b.Set("flush", func(state goja.Value) goja.Value {
		return flush(vm, buffer.BytesOf(vm, state))
	})
	return b, nil
}

// nodeEncodings maps Node's C++ encoding enum (ASCII, UTF8, BASE64, UCS2,
// LATIN1, HEX, BUFFER, BASE64URL), which the state buffer stores so that
// it inspects as Node's does, to package buffer's numbers.
var nodeEncodings = [...]int{buffer.EncASCII, buffer.EncUTF8, buffer.EncBase64, buffer.EncUCS2,
	buffer.EncLatin1, buffer.EncHex, buffer.EncLatin1, buffer.EncBase64URL}

func encodingOf(st []byte) int {
	if int(st[kEncoding]) < len(nodeEncodings) {
		return nodeEncodings[st[kEncoding]]
	}
	return buffer.EncUTF8
}

func makeString(vm *goja.Runtime, b []byte, enc int) goja.Value {
	return buffer.Decode(vm, b, enc)
}

func concat(vm *goja.Runtime, a, b goja.Value) goja.Value {
	if a == nil {
		return b
	}
	as, _ := a.(goja.String)
	bs, _ := b.(goja.String)
	if as == nil || bs == nil {
		return vm.ToValue(a.String() + b.String())
	}
	return as.Concat(bs)
}

// decode follows Node's StringDecoder::DecodeData: finish the character
// left over from the previous chunk, then hold back the tail of this one
// that starts a character the next chunk may complete.
func decode(vm *goja.Runtime, st, data []byte) goja.Value {
	enc := encodingOf(st)
	switch enc {
	case buffer.EncUTF8, buffer.EncUCS2, buffer.EncBase64, buffer.EncBase64URL:
	default:
		return makeString(vm, data, enc)
	}
	var prepend goja.Value
	if st[kMissingBytes] > 0 {
		if enc == buffer.EncUTF8 {
			// A byte that should continue the character but does not
			// ends it early; that byte starts the next one.
			for i := 0; i < len(data) && i < int(st[kMissingBytes]); i++ {
				if data[i]&0xc0 != 0x80 {
					st[kMissingBytes] = 0
					copy(st[st[kBufferedBytes]:kIncompleteEnd], data[:i])
					st[kBufferedBytes] += byte(i)
					data = data[i:]
					break
				}
			}
		}
		found := min(len(data), int(st[kMissingBytes]))
		copy(st[st[kBufferedBytes]:kIncompleteEnd], data[:found])
		data = data[found:]
		st[kMissingBytes] -= byte(found)
		st[kBufferedBytes] += byte(found)
		if st[kMissingBytes] == 0 {
			prepend = makeString(vm, st[:st[kBufferedBytes]], enc)
			st[kBufferedBytes] = 0
		}
	}
	if len(data) == 0 {
		if prepend != nil {
			return prepend
		}
		return vm.ToValue("")
	}
	n := len(data)
	switch enc {
	case buffer.EncUTF8:
		if data[n-1]&0x80 != 0 {
			utf8Tail(st, data)
		}
	case buffer.EncUCS2:
		if n%2 == 1 {
			st[kBufferedBytes], st[kMissingBytes] = 1, 1
		} else if data[n-1]&0xfc == 0xd8 {
			st[kBufferedBytes], st[kMissingBytes] = 2, 2
		}
	default: // base64, base64url: whole 3-byte groups only
		st[kBufferedBytes] = byte(n % 3)
		if st[kBufferedBytes] > 0 {
			st[kMissingBytes] = 3 - st[kBufferedBytes]
		}
	}
	if k := int(st[kBufferedBytes]); k > 0 {
		n -= k
		copy(st[:kIncompleteEnd], data[n:])
	}
	var body goja.Value
	if n > 0 {
		body = makeString(vm, data[:n], enc)
	} else {
		body = vm.ToValue("")
	}
	return concat(vm, prepend, body)
}

// utf8Tail sets the buffered and missing counts for data ending in a
// non-ASCII byte: find the lead byte of the last character and see
// whether it is complete.
func utf8Tail(st, data []byte) {
	for i := len(data) - 1; ; i-- {
		st[kBufferedBytes]++
		if data[i]&0xc0 == 0x80 {
			if st[kBufferedBytes] >= 4 || i == 0 {
				st[kBufferedBytes] = 0
				return
			}
			continue
		}
		switch {
		case data[i]&0xe0 == 0xc0:
			st[kMissingBytes] = 2
		case data[i]&0xf0 == 0xe0:
			st[kMissingBytes] = 3
		case data[i]&0xf8 == 0xf0:
			st[kMissingBytes] = 4
		default:
			st[kBufferedBytes] = 0
			return
		}
		if st[kBufferedBytes] >= st[kMissingBytes] {
			st[kMissingBytes], st[kBufferedBytes] = 0, 0
		}
		st[kMissingBytes] -= st[kBufferedBytes]
		return
	}
}

// flush is StringDecoder::FlushData: what end() returns for the bytes
// still held. A lone trailing byte of UTF-16 is dropped.
func flush(vm *goja.Runtime, st []byte) goja.Value {
	enc := encodingOf(st)
	if enc == buffer.EncUCS2 && st[kBufferedBytes]%2 == 1 {
		st[kMissingBytes]--
		st[kBufferedBytes]--
	}
	if st[kBufferedBytes] == 0 {
		return vm.ToValue("")
	}
	ret := makeString(vm, st[:st[kBufferedBytes]], enc)
	st[kMissingBytes], st[kBufferedBytes] = 0, 0
	return ret
}
