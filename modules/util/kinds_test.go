package util

import (
	"testing"

	"github.com/dop251/goja"
)

// Every sample must classify as its kind through the learned table, so a
// goja upgrade that changes an internal type shows up here first.
func TestKindOfSamples(t *testing.T) {
	t.Parallel()
	vm := goja.New()
	want := map[string]Kind{}
	for _, s := range kindSamples {
		want[s.src] = s.kind
	}
	want["new Number(0)"] = KindNumberObject
	want["new Boolean(false)"] = KindBooleanObject
	want["Object(1n)"] = KindBigIntObject
	want["Object(Symbol())"] = KindSymbolObject
	for _, src := range ordinarySamples {
		want[src] = KindOrdinary
	}
	want["1"] = KindOrdinary
	want["'str'"] = KindOrdinary
	want["new (class extends Map {})()"] = KindMap
	want["new (class extends Error {})()"] = KindError
	want["Object.create(Error.prototype)"] = KindOrdinary
	want["Object.create(Map.prototype)"] = KindOrdinary
	want["Object.setPrototypeOf(new Set(), null)"] = KindSet
	for src, kind := range want {
		t.Run(src, func(t *testing.T) {
			v, err := vm.RunString(src)
			if err != nil {
				t.Fatal(err)
			}
			if got := KindOf(v); got != kind {
				t.Errorf("KindOf(%s) = %s, want %s", src, kindNames[got], kindNames[kind])
			}
		})
	}
}

func TestKindTableLearned(t *testing.T) {
	t.Parallel()
	table := loadKinds()
	if table.selfIndex == nil {
		t.Fatal("goja.Object has no `self` field: the kind table cannot be built")
	}
	// Special kinds sharing a Go type with ordinary objects are dropped;
	// these must not be, or ClassName alone would have to tell them.
	for _, k := range []Kind{KindProxy, KindMap, KindSet, KindMapIterator, KindSetIterator,
		KindTypedArray, KindPromise, KindAsyncFunction, KindGeneratorFunction} {
		found := false
		for _, v := range table.byType {
			if v == k {
				found = true
			}
		}
		if !found {
			t.Errorf("kind %s was not learned", kindNames[k])
		}
	}
}
