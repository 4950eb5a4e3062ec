package util

import (
	"testing"

	"github.com/dop251/goja"
)

// These read goja's unexported structures; they fail if an upgrade moves
// the fields peek.go relies on.
func TestPeekIterator(t *testing.T) {
	t.Parallel()
	vm := goja.New()
	tests := []struct {
		src      string
		isMap    bool
		want     string
		keyValue bool
	}{
		{"new Map([[1, 'a'], [2, 'b']]).keys()", true, "1,2", false},
		{"new Map([[1, 'a'], [2, 'b']]).values()", true, "a,b", false},
		{"new Map([[1, 'a'], [2, 'b']]).entries()", true, "1,a,2,b", true},
		{"(() => { const it = new Map([[1, 'a'], [2, 'b']]).keys(); it.next(); return it })()", true, "2", false},
		{"(() => { const it = new Map([[1, 'a']]).keys(); it.next(); it.next(); return it })()", true, "", false},
		{"(() => { const m = new Map([[1, 0], [2, 0], [3, 0]]); const it = m.keys(); it.next(); m.delete(1); return it })()", true, "2,3", false},
		{"(() => { const m = new Map([[1, 0], [2, 0]]); const it = m.keys(); m.set(3, 0); return it })()", true, "1,2,3", false},
		{"new Set(['x', 'y']).values()", false, "x,y", false},
		{"new Set(['x']).entries()", false, "x,x", true},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			v, err := vm.RunString(tt.src)
			if err != nil {
				t.Fatal(err)
			}
			entries, keyValue, ok := peekIterator(v.(*goja.Object), tt.isMap)
			if !ok {
				t.Fatal("peekIterator could not read the iterator")
			}
			if got := vm.NewArray(toInterfaces(entries)...).String(); got != tt.want || keyValue != tt.keyValue {
				t.Errorf("got %q keyValue=%v, want %q keyValue=%v", got, keyValue, tt.want, tt.keyValue)
			}
		})
	}
	// Peeking must not consume: the iterator still yields everything.
	v, _ := vm.RunString("globalThis.it = new Map([[1, 2]]).keys(); it")
	peekIterator(v.(*goja.Object), true)
	if got, _ := vm.RunString("it.next().value"); got.ToInteger() != 1 {
		t.Errorf("iterator consumed by peek: next() = %v", got)
	}
}

func TestPeekWeak(t *testing.T) {
	t.Parallel()
	vm := goja.New()
	v, err := vm.RunString("globalThis.k = {}; new WeakMap([[k, 'v']])")
	if err != nil {
		t.Fatal(err)
	}
	entries, ok := peekWeak(v.(*goja.Object), true)
	if !ok || len(entries) != 2 || entries[1].String() != "v" {
		t.Fatalf("peekWeak(WeakMap) = %v, %v", entries, ok)
	}
	v, _ = vm.RunString("new WeakSet([k])")
	entries, ok = peekWeak(v.(*goja.Object), false)
	if !ok || len(entries) != 1 || !entries[0].SameAs(vm.Get("k")) {
		t.Fatalf("peekWeak(WeakSet) = %v, %v", entries, ok)
	}
}

func toInterfaces(vals []goja.Value) []interface{} {
	out := make([]interface{}, len(vals))
	for i, v := range vals {
		out[i] = v
	}
	return out
}
