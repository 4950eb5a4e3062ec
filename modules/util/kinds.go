package util

import (
	"math/big"
	"reflect"
	"sync"

	"github.com/dop251/goja"
)

// Kind is the internal type of an object as V8 would report it through its
// internal slots: the thing JS code cannot find out without side effects
// (a Proxy answers every question with its traps) or at all (whether a
// function is async, what a boxed primitive holds).
type Kind int

// The kinds the shim distinguishes. The numbers are handed to JS through
// binding.kinds, so the shim never hard-codes them.
const (
	KindOrdinary Kind = iota
	KindProxy
	KindMap
	KindSet
	KindWeakMap
	KindWeakSet
	KindMapIterator
	KindSetIterator
	KindTypedArray
	KindArrayBuffer
	KindDataView
	KindPromise
	KindRegExp
	KindDate
	KindError
	KindNumberObject
	KindStringObject
	KindBooleanObject
	KindBigIntObject
	KindSymbolObject
	KindArguments
	KindAsyncFunction
	KindGeneratorFunction
	KindGeneratorObject
	KindModuleNamespace
	// kindBoxed is internal: goja keeps Number, Boolean, BigInt and Symbol
	// wrappers in one Go type, so the wrapped value decides.
	kindBoxed
)

var kindNames = map[Kind]string{
	KindOrdinary:          "ordinary",
	KindProxy:             "proxy",
	KindMap:               "map",
	KindSet:               "set",
	KindWeakMap:           "weakMap",
	KindWeakSet:           "weakSet",
	KindMapIterator:       "mapIterator",
	KindSetIterator:       "setIterator",
	KindTypedArray:        "typedArray",
	KindArrayBuffer:       "arrayBuffer",
	KindDataView:          "dataView",
	KindPromise:           "promise",
	KindRegExp:            "regExp",
	KindDate:              "date",
	KindError:             "error",
	KindNumberObject:      "numberObject",
	KindStringObject:      "stringObject",
	KindBooleanObject:     "booleanObject",
	KindBigIntObject:      "bigIntObject",
	KindSymbolObject:      "symbolObject",
	KindArguments:         "arguments",
	KindAsyncFunction:     "asyncFunction",
	KindGeneratorFunction: "generatorFunction",
	KindGeneratorObject:   "generatorObject",
	KindModuleNamespace:   "moduleNamespace",
}

// goja exposes no predicate for most internal types, but every object's
// behaviour lives in the Go type behind (*goja.Object).self. Those types are
// unexported, so rather than naming them we learn them from sample values
// made in a private runtime: the table follows goja if it renames a type,
// and a sample whose type is shared with ordinary objects is simply left
// out (the ClassName fallback in KindOf covers it).
var kindSamples = []struct {
	kind Kind
	src  string
}{
	{KindProxy, "new Proxy({}, {})"},
	{KindProxy, "new Proxy(function () {}, {})"},
	{KindProxy, "new Proxy(class {}, {})"},
	{KindMap, "new Map()"},
	{KindSet, "new Set()"},
	{KindWeakMap, "new WeakMap()"},
	{KindWeakSet, "new WeakSet()"},
	{KindMapIterator, "new Map().keys()"},
	{KindSetIterator, "new Set().values()"},
	{KindTypedArray, "new Uint8Array(1)"},
	{KindTypedArray, "new Float64Array(1)"},
	{KindTypedArray, "new BigInt64Array(1)"},
	{KindArrayBuffer, "new ArrayBuffer(1)"},
	{KindDataView, "new DataView(new ArrayBuffer(1))"},
	{KindPromise, "Promise.resolve()"},
	{KindRegExp, "/x/"},
	{KindRegExp, "/(?<=x)y/"},
	{KindDate, "new Date(0)"},
	{KindError, "new Error()"},
	{KindStringObject, "new String('')"},
	{kindBoxed, "new Number(0)"},
	{kindBoxed, "new Boolean(false)"},
	{kindBoxed, "Object(1n)"},
	{kindBoxed, "Object(Symbol())"},
	{KindArguments, "(function () { return arguments })()"},
	{KindArguments, "(function () { 'use strict'; return arguments })()"},
	{KindAsyncFunction, "(async function () {})"},
	{KindAsyncFunction, "(async () => {})"},
	{KindAsyncFunction, "({ async m() {} }).m"},
	{KindGeneratorFunction, "(function* () {})"},
	{KindGeneratorFunction, "({ *m() {} }).m"},
	{KindGeneratorObject, "(function* () {})()"},
}

// ordinarySamples are objects with no internal type worth reporting; a
// special sample sharing a Go type with one of them is not recorded.
var ordinarySamples = []string{
	"({})", "[]", "[, 1]", "(function () {})", "(() => {})", "(class {})",
	"({ m() {} }).m", "Object.prototype.toString", "(function () {}).bind(null)",
}

type kindTable struct {
	selfIndex []int // path to goja.Object.self; nil if goja changed shape
	byType    map[reflect.Type]Kind
}

var (
	kindsOnce sync.Once
	kinds     kindTable
)

func loadKinds() *kindTable {
	kindsOnce.Do(func() {
		f, ok := reflect.TypeOf(goja.Object{}).FieldByName("self")
		if !ok || f.Type.Kind() != reflect.Interface {
			return
		}
		kinds.selfIndex = f.Index
		kinds.byType = map[reflect.Type]Kind{}
		vm := goja.New()
		ordinary := map[reflect.Type]bool{}
		for _, src := range ordinarySamples {
			if t := kinds.implType(sample(vm, src)); t != nil {
				ordinary[t] = true
			}
		}
		for _, s := range kindSamples {
			if t := kinds.implType(sample(vm, s.src)); t != nil && !ordinary[t] {
				kinds.byType[t] = s.kind
			}
		}
	})
	return &kinds
}

func sample(vm *goja.Runtime, src string) *goja.Object {
	v, err := vm.RunString(src)
	if err != nil {
		return nil
	}
	o, _ := v.(*goja.Object)
	return o
}

// implType is the dynamic Go type of o's internal implementation.
func (t *kindTable) implType(o *goja.Object) reflect.Type {
	if o == nil || t.selfIndex == nil {
		return nil
	}
	self := reflect.ValueOf(o).Elem().FieldByIndex(t.selfIndex)
	if self.IsNil() {
		return nil
	}
	return self.Elem().Type()
}

// KindOf reports the internal type of v; primitives are KindOrdinary.
func KindOf(v goja.Value) Kind {
	o, ok := v.(*goja.Object)
	if !ok {
		return KindOrdinary
	}
	t := loadKinds()
	if k, ok := t.byType[t.implType(o)]; ok {
		if k == kindBoxed {
			return boxedKind(o)
		}
		return k
	}
	// The class name covers what shares a Go type with ordinary objects
	// and is most of the answer if the table could not be built.
	switch o.ClassName() {
	case "Error":
		return KindError
	case "Arguments":
		return KindArguments
	case "RegExp":
		return KindRegExp
	case "Date":
		return KindDate
	}
	if t.byType != nil {
		return KindOrdinary
	}
	// Export copies plain objects, so it is only worth it without a table.
	switch o.Export().(type) {
	case *goja.Promise:
		return KindPromise
	case goja.Proxy:
		return KindProxy
	}
	return KindOrdinary
}

func boxedKind(o *goja.Object) Kind {
	switch o.ClassName() {
	case "Number":
		return KindNumberObject
	case "Boolean":
		return KindBooleanObject
	case "String":
		return KindStringObject
	}
	if _, ok := o.Export().(*big.Int); ok {
		return KindBigIntObject
	}
	return KindSymbolObject
}
