package polyfill

import (
	"testing"

	"github.com/dop251/goja"
)

// TestIntlIsLazy: Install leaves Intl as a getter (start-up evaluates none
// of intl.js); the first use replaces it with a plain data property, and a
// program that assigns Intl first keeps its own value.
func TestIntlIsLazy(t *testing.T) {
	t.Parallel()
	vm := goja.New()
	if err := Install(vm); err != nil {
		t.Fatal(err)
	}
	v, err := vm.RunString(`
		const before = typeof Object.getOwnPropertyDescriptor(globalThis, 'Intl').get;
		const fmt = (1234.5).toLocaleString('en-US');
		const still = typeof Object.getOwnPropertyDescriptor(globalThis, 'Intl').get;
		const ctor = typeof Intl.NumberFormat;
		const after = Object.getOwnPropertyDescriptor(globalThis, 'Intl');
		[before, fmt, still, ctor, typeof after.get, typeof after.value, after.enumerable].join('|')`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.String(), "function|1,234.5|function|function|undefined|object|false"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}

	vm2 := goja.New()
	if err := Install(vm2); err != nil {
		t.Fatal(err)
	}
	v, err = vm2.RunString(`globalThis.Intl = 42; Intl`)
	if err != nil {
		t.Fatal(err)
	}
	if v.ToInteger() != 42 {
		t.Errorf("assigned Intl = %v", v)
	}
}

// TestIntlDefaultTimeZone: resolvedOptions().timeZone follows
// process.env.TZ as the program sees it, as node's ICU does.
func TestIntlDefaultTimeZone(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ tz, want string }{
		{"UTC", "UTC"}, {"Etc/UTC", "UTC"}, {"America/New_York", "America/New_York"}, {"Europe/Paris", "Europe/Paris"}, {"Not/AZone", "undefined"},
	} {
		vm := goja.New()
		if err := Install(vm); err != nil {
			t.Fatal(err)
		}
		_ = vm.Set("process", map[string]any{"env": map[string]any{"TZ": tc.tz}})
		v, err := vm.RunString(`new Intl.DateTimeFormat().resolvedOptions().timeZone`)
		if err != nil {
			t.Fatal(err)
		}
		if v.String() != tc.want {
			t.Errorf("TZ=%s: timeZone %q, want %q", tc.tz, v, tc.want)
		}
	}
}

// TestGraphemes covers the cluster rules intl.go implements.
func TestGraphemes(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"abc", 3}, {"e\u0301", 1}, {"\r\n", 1}, {"👍🏽", 1}, {"🇫🇷🇩🇪", 2}, {"👨‍👩‍👧", 1}, {"한국어", 3}, {"\u1100\u1161\u11A8", 1}, {"☺\ufe0f", 1},
	} {
		if got := len(graphemes(tc.in)); got != tc.want {
			t.Errorf("graphemes(%q) = %d clusters, want %d", tc.in, got, tc.want)
		}
	}
}
