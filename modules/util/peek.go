package util

import (
	"reflect"
	"sync"
	"unsafe"
	"weak"

	"github.com/dop251/goja"
)

// Node prints what a Map or Set iterator has left (`[Map Iterator] { 1 }`)
// and, with showHidden, what a WeakMap holds. V8 hands that over through
// previewEntries; goja has no such API, and consuming the iterator from JS
// would change the program's state. So the entries are read from goja's
// unexported structures with reflect, which is sound only for the goja
// version in go.mod: every step checks the shape it expects and gives up
// (the shim then prints no entries) rather than guess, and peek_test.go
// fails loudly if an upgrade moves a field.

// field returns the named field of struct value v with reflect's read-only
// mark removed, so its Go value can be taken and handed back to goja.
func field(v reflect.Value, name string) (reflect.Value, bool) {
	if v.Kind() != reflect.Struct {
		return reflect.Value{}, false
	}
	f := v.FieldByName(name)
	if !f.IsValid() || !f.CanAddr() {
		return reflect.Value{}, false
	}
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem(), true
}

// impl returns the struct behind o.self (a pointer in every goja type).
func impl(o *goja.Object) (reflect.Value, bool) {
	self, ok := field(reflect.ValueOf(o).Elem(), "self")
	if !ok || self.Kind() != reflect.Interface || self.IsNil() {
		return reflect.Value{}, false
	}
	p := self.Elem()
	if p.Kind() != reflect.Pointer || p.IsNil() {
		return reflect.Value{}, false
	}
	return p.Elem(), true
}

// entryValue reads a goja.Value field of a map entry; nil means absent.
func entryValue(entry reflect.Value, name string) goja.Value {
	f, ok := field(entry, name)
	if !ok || f.Kind() != reflect.Interface || f.IsNil() {
		return nil
	}
	v, _ := f.Interface().(goja.Value)
	return v
}

// iteratorKind mirrors goja's iterationKind: 0 keys, 1 values, 2 entries.
const (
	iterKeys    = 0
	iterValues  = 1
	iterEntries = 2
)

// peekIterator returns the entries a Map or Set iterator has yet to yield,
// flattened as key, value pairs when the iterator yields entries. ok is
// false when the shape is not the one this file knows.
func peekIterator(o *goja.Object, isMap bool) (entries []goja.Value, keyValue bool, ok bool) {
	it, ok := impl(o)
	if !ok {
		return nil, false, false
	}
	kindField, ok := field(it, "kind")
	if !ok || kindField.Kind() != reflect.Int {
		return nil, false, false
	}
	kind := int(kindField.Int())
	keyValue = kind == iterEntries
	iter, ok := field(it, "iter")
	if !ok || iter.Kind() != reflect.Pointer {
		return nil, false, false
	}
	if iter.IsNil() { // exhausted
		return nil, keyValue, true
	}
	m, ok := field(iter.Elem(), "m")
	if !ok || m.Kind() != reflect.Pointer {
		return nil, false, false
	}
	if m.IsNil() { // closed
		return nil, keyValue, true
	}
	cur, ok := field(iter.Elem(), "cur")
	if !ok {
		return nil, false, false
	}
	// Same walk as orderedMapIter.next: an entry deleted under the
	// iterator keeps its links, so step back to one still in the map.
	for !cur.IsNil() && entryValue(cur.Elem(), "key") == nil {
		if cur, ok = field(cur.Elem(), "iterPrev"); !ok {
			return nil, false, false
		}
	}
	if cur.IsNil() {
		cur, ok = field(m.Elem(), "iterFirst")
	} else {
		cur, ok = field(cur.Elem(), "iterNext")
	}
	if !ok {
		return nil, false, false
	}
	for !cur.IsNil() {
		e := cur.Elem()
		key := entryValue(e, "key")
		if key == nil {
			return nil, false, false
		}
		switch {
		case keyValue && isMap:
			entries = append(entries, key, orUndefined(entryValue(e, "value")))
		case keyValue:
			entries = append(entries, key, key)
		case isMap && kind == iterValues:
			entries = append(entries, orUndefined(entryValue(e, "value")))
		default:
			entries = append(entries, key)
		}
		if cur, ok = field(e, "iterNext"); !ok {
			return nil, false, false
		}
	}
	return entries, keyValue, true
}

func orUndefined(v goja.Value) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	return v
}

// peekWeak returns the live entries of a WeakMap (key, value pairs) or a
// WeakSet (keys), in no particular order; Node sorts what it prints.
func peekWeak(o *goja.Object, isMap bool) ([]goja.Value, bool) {
	wo, ok := impl(o)
	if !ok {
		return nil, false
	}
	name := "s"
	if isMap {
		name = "m"
	}
	wm, ok := field(wo, name)
	if !ok {
		return nil, false
	}
	mu, ok := field(wm, "Mutex")
	if !ok || mu.Type() != reflect.TypeOf(sync.Mutex{}) {
		return nil, false
	}
	m, ok := field(wm, "m")
	if !ok || m.Kind() != reflect.Map {
		return nil, false
	}
	entries, ok := m.Interface().(map[weak.Pointer[goja.Object]]goja.Value)
	if !ok {
		return nil, false
	}
	// GC cleanups delete from the map on another goroutine, under this lock.
	lock := mu.Addr().Interface().(*sync.Mutex)
	lock.Lock()
	defer lock.Unlock()
	var out []goja.Value
	for p, v := range entries {
		key := p.Value()
		if key == nil {
			continue
		}
		out = append(out, key)
		if isMap {
			out = append(out, orUndefined(v))
		}
	}
	return out, true
}
