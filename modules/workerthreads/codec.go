package workerthreads

import (
	"encoding/binary"
	"math"
	"reflect"
	"strconv"
	"unicode/utf16"

	"github.com/dop251/goja"
)

// The fast codec writes and reads, in Go, the V8 serialization format
// (version 15) for the values most messages are made of: primitives
// other than BigInt and symbols, plain objects and dense arrays, with
// back-references for repeated objects and cycles. Anything else makes
// it give up (ok false) and the shim falls back to modules/v8's
// Serializer and Deserializer, which read and write the same format, so
// either side may decode what either wrote.

const (
	tagVersion      = 0xFF
	tagPadding      = 0x00
	tagUndefined    = '_'
	tagNull         = '0'
	tagTrue         = 'T'
	tagFalse        = 'F'
	tagInt32        = 'I'
	tagDouble       = 'N'
	tagOneByte      = '"'
	tagTwoByte      = 'c'
	tagUTF8         = 'S'
	tagObjectRef    = '^'
	tagBeginObject  = 'o'
	tagEndObject    = '{'
	tagBeginDense   = 'A'
	tagEndDense     = '$'
	serdesVersion   = 15
	maxFastDepth    = 1000
	maxFastElements = 1 << 24
)

var proxyType = reflect.TypeOf(goja.Proxy{})

type encoder struct {
	// objProto is the VM's Object.prototype: only objects made from it
	// (or from null) are plain enough for the fast path.
	objProto *goja.Object
	arrProto *goja.Object
	buf      []byte
	ids      map[*goja.Object]uint64
	n        uint64
}

// fastEncode serializes v, or reports false when v holds something
// only the JS serializer handles. Getters of plain objects run, as they
// do under V8's serializer.
func fastEncode(vm *goja.Runtime, objProto *goja.Object, v goja.Value) (out []byte, ok bool) {
	e := &encoder{objProto: objProto, buf: make([]byte, 0, 64)}
	e.buf = append(e.buf, tagVersion, serdesVersion)
	if !e.value(vm, v, 0) {
		return nil, false
	}
	return e.buf, true
}

func (e *encoder) varint(n uint64) {
	e.buf = binary.AppendUvarint(e.buf, n)
}

func (e *encoder) value(vm *goja.Runtime, v goja.Value, depth int) bool {
	if depth > maxFastDepth {
		return false
	}
	o, isObj := v.(*goja.Object)
	switch {
	case v == nil || goja.IsUndefined(v):
		e.buf = append(e.buf, tagUndefined)
		return true
	case goja.IsNull(v):
		e.buf = append(e.buf, tagNull)
		return true
	case !isObj:
		return e.primitive(v)
	}
	if id, seen := e.ids[o]; seen {
		e.buf = append(e.buf, tagObjectRef)
		e.varint(id)
		return true
	}
	switch o.ClassName() {
	case "Object":
		// goja calls Maps, Sets, WeakMaps, DataViews, proxies… "Object"
		// too: only a plain prototype tells them apart cheaply.
		if p := o.Prototype(); (p != nil && p != e.objProto) || o.ExportType() == proxyType {
			return false
		}
		if _, isFn := goja.AssertFunction(o); isFn {
			return false
		}
		e.assign(o)
		keys := o.Keys()
		e.buf = append(e.buf, tagBeginObject)
		for _, k := range keys {
			e.key(k)
			if !e.value(vm, o.Get(k), depth+1) {
				return false
			}
		}
		e.buf = append(e.buf, tagEndObject)
		e.varint(uint64(len(keys)))
		return true
	case "Array":
		if o.Prototype() != e.arrayProto(vm) {
			return false // a subclass: the JS serializer knows
		}
		length := o.Get("length").ToInteger()
		if length < 0 || length > maxFastElements || int64(len(o.Keys())) != length {
			return false // holes or named properties: the JS serializer
		}
		e.assign(o)
		e.buf = append(e.buf, tagBeginDense)
		e.varint(uint64(length))
		for i := int64(0); i < length; i++ {
			if !e.value(vm, o.Get(strconv.FormatInt(i, 10)), depth+1) {
				return false
			}
		}
		e.buf = append(e.buf, tagEndDense)
		e.varint(0)
		e.varint(uint64(length))
		return true
	}
	return false
}

// primitive writes booleans, numbers and strings; BigInts and symbols
// are the JS serializer's.
func (e *encoder) primitive(v goja.Value) bool {
	if _, isSym := v.(*goja.Symbol); isSym {
		return false
	}
	switch x := v.Export().(type) {
	case bool:
		if x {
			e.buf = append(e.buf, tagTrue)
		} else {
			e.buf = append(e.buf, tagFalse)
		}
	case int64:
		if x < math.MinInt32 || x > math.MaxInt32 {
			e.double(float64(x))
			break
		}
		e.buf = append(e.buf, tagInt32)
		// ZigZag, as V8 writes int32s.
		e.varint(uint64(uint32((int32(x) << 1) ^ (int32(x) >> 31))))
	case float64:
		e.double(x)
	case string:
		if gs, ok := v.(goja.String); ok {
			units := make([]uint16, gs.Length())
			for i := range units {
				units[i] = gs.CharAt(i)
			}
			e.units(units)
		} else {
			e.string(x)
		}
	default:
		return false
	}
	return true
}

// key writes a property name as V8 does: array indices as numbers.
func (e *encoder) key(k string) {
	if n, ok := arrayIndex(k); ok {
		if n <= math.MaxInt32 {
			e.buf = append(e.buf, tagInt32)
			e.varint(uint64(uint32(int32(n) << 1)))
		} else {
			e.double(float64(n))
		}
		return
	}
	e.string(k)
}

// arrayIndex reports whether k is the canonical form of an array index.
func arrayIndex(k string) (uint64, bool) {
	if k == "" || len(k) > 10 || (k[0] == '0' && len(k) > 1) {
		return 0, false
	}
	var n uint64
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + uint64(c-'0')
	}
	return n, n < math.MaxUint32
}

func (e *encoder) arrayProto(vm *goja.Runtime) *goja.Object {
	if e.arrProto == nil {
		e.arrProto = vm.Get("Array").ToObject(vm).Get("prototype").ToObject(vm)
	}
	return e.arrProto
}

func (e *encoder) assign(o *goja.Object) {
	if e.ids == nil {
		e.ids = map[*goja.Object]uint64{}
	}
	e.ids[o] = e.n
	e.n++
}

func (e *encoder) double(f float64) {
	e.buf = append(e.buf, tagDouble)
	if math.IsNaN(f) {
		f = math.Float64frombits(0x7FF8000000000000) // V8's canonical NaN (Go's has a payload bit)
	}
	e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(f))
}

// string and units write a string one byte per char when it can, else as UTF-16 at an
// even offset (V8 reads the units in place), padded when needed.
func (e *encoder) string(s string) { e.units(utf16.Encode([]rune(s))) }

func (e *encoder) units(units []uint16) {
	oneByte := true
	for _, u := range units {
		if u > 0xFF {
			oneByte = false
			break
		}
	}
	if oneByte {
		e.buf = append(e.buf, tagOneByte)
		e.varint(uint64(len(units)))
		for _, u := range units {
			e.buf = append(e.buf, byte(u))
		}
		return
	}
	n := uint64(len(units) * 2)
	lenSize := len(binary.AppendUvarint(nil, n))
	if (len(e.buf)+1+lenSize)&1 != 0 {
		e.buf = append(e.buf, tagPadding)
	}
	e.buf = append(e.buf, tagTwoByte)
	e.varint(n)
	for _, u := range units {
		e.buf = binary.LittleEndian.AppendUint16(e.buf, u)
	}
}

// errFallback is the decoder's way out: the shim then uses the JS
// Deserializer on the same bytes.
type errFallback struct{}

type decoder struct {
	vm   *goja.Runtime
	b    []byte
	pos  int
	objs []goja.Value
}

// fastDecode reads what fastEncode writes (and the same subset written
// by the JS serializer); ok is false for anything else.
func fastDecode(vm *goja.Runtime, b []byte) (v goja.Value, ok bool) {
	if len(b) < 2 || b[0] != tagVersion || b[1] > serdesVersion || b[1] < 13 {
		return nil, false
	}
	d := &decoder{vm: vm, b: b, pos: 2}
	defer func() {
		if p := recover(); p != nil {
			if _, fb := p.(errFallback); !fb {
				panic(p)
			}
			v, ok = nil, false
		}
	}()
	v = d.value(0)
	if d.pos != len(d.b) {
		return nil, false
	}
	return v, true
}

func (d *decoder) byte() byte {
	if d.pos >= len(d.b) {
		panic(errFallback{})
	}
	c := d.b[d.pos]
	d.pos++
	return c
}

func (d *decoder) varint() uint64 {
	n, size := binary.Uvarint(d.b[d.pos:])
	if size <= 0 {
		panic(errFallback{})
	}
	d.pos += size
	return n
}

func (d *decoder) bytes(n uint64) []byte {
	if n > uint64(len(d.b)-d.pos) {
		panic(errFallback{})
	}
	out := d.b[d.pos : d.pos+int(n)]
	d.pos += int(n)
	return out
}

func (d *decoder) value(depth int) goja.Value {
	if depth > maxFastDepth {
		panic(errFallback{})
	}
	vm := d.vm
	for {
		switch t := d.byte(); t {
		case tagPadding:
			continue
		case tagUndefined:
			return goja.Undefined()
		case tagNull:
			return goja.Null()
		case tagTrue:
			return vm.ToValue(true)
		case tagFalse:
			return vm.ToValue(false)
		case tagInt32:
			u := uint32(d.varint())
			return vm.ToValue(int64(int32(u>>1) ^ -int32(u&1)))
		case tagDouble:
			return vm.ToValue(math.Float64frombits(binary.LittleEndian.Uint64(d.bytes(8))))
		case tagOneByte, tagTwoByte, tagUTF8:
			return d.stringBody(t)
		case tagObjectRef:
			id := d.varint()
			if id >= uint64(len(d.objs)) {
				panic(errFallback{})
			}
			return d.objs[id]
		case tagBeginObject:
			o := vm.NewObject()
			d.objs = append(d.objs, o)
			n := uint64(0)
			for d.peek() != tagEndObject {
				d.property(o, depth)
				n++
			}
			d.pos++
			if d.varint() != n {
				panic(errFallback{})
			}
			return o
		case tagBeginDense:
			length := d.varint()
			if length > maxFastElements {
				panic(errFallback{})
			}
			a := vm.NewArray()
			d.objs = append(d.objs, a)
			for i := uint64(0); i < length; i++ {
				if d.peek() == '-' { // the hole: leave it to the JS side
					panic(errFallback{})
				}
				_ = a.DefineDataProperty(strconv.FormatUint(i, 10), d.value(depth+1), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
			}
			n := uint64(0)
			for d.peek() != tagEndDense {
				d.property(a, depth)
				n++
			}
			d.pos++
			if d.varint() != n || d.varint() != length {
				panic(errFallback{})
			}
			return a
		default:
			panic(errFallback{})
		}
	}
}

func (d *decoder) peek() byte {
	for d.pos < len(d.b) && d.b[d.pos] == tagPadding {
		d.pos++
	}
	if d.pos >= len(d.b) {
		panic(errFallback{})
	}
	return d.b[d.pos]
}

// property reads one key (a string or a number) and its value into o.
func (d *decoder) property(o *goja.Object, depth int) {
	k := d.value(depth + 1)
	switch {
	case goja.IsString(k), goja.IsNumber(k):
	default:
		panic(errFallback{})
	}
	// Defined, not assigned, as V8 does: no setters, no __proto__ magic.
	_ = o.DefineDataProperty(k.String(), d.value(depth+1), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

func (d *decoder) stringBody(t byte) goja.Value {
	n := d.varint()
	raw := d.bytes(n)
	switch t {
	case tagOneByte:
		units := make([]uint16, len(raw))
		for i, c := range raw {
			units[i] = uint16(c)
		}
		return goja.StringFromUTF16(units)
	case tagTwoByte:
		if len(raw)%2 != 0 {
			panic(errFallback{})
		}
		units := make([]uint16, len(raw)/2)
		for i := range units {
			units[i] = binary.LittleEndian.Uint16(raw[2*i:])
		}
		return goja.StringFromUTF16(units)
	}
	return d.vm.ToValue(string(raw))
}
