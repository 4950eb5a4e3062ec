package stacktrace

import (
	"reflect"
	"strconv"
	"testing"
)

func TestParseGojaStack(t *testing.T) {
	t.Parallel()
	type row struct {
		name, file string
		line, col  int
		native     bool
	}
	for _, tc := range []struct {
		text string
		want []row
		ok   bool
	}{
		{"TypeError: x\n\tat f (/a/b.js:3:9(12))\n\tat /a/b.js:5:1(4)\n\tat map (native)\n\tat native\n",
			[]row{{"f", "/a/b.js", 3, 9, false}, {"", "/a/b.js", 5, 1, false}, {"map", "", 0, 0, true}, {"", "", 0, 0, true}}, true},
		{"Error: in a (weird) file\n\tat g (/x (1)/c.js:1:2(0))\n",
			[]row{{"g", "/x (1)/c.js", 1, 2, false}}, true},
		{"Error: no frames", nil, false},
		{"Error: x\n    at f (/a.js:1:1)", nil, false}, // V8's format, not goja's
	} {
		frames, ok := parseGojaStack(tc.text)
		if ok != tc.ok {
			t.Errorf("parseGojaStack(%q) ok = %v", tc.text, ok)
			continue
		}
		var got []row
		for _, f := range frames {
			x := f.text()
			got = append(got, row{x.name, x.file, x.line, x.col, f.native})
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("parseGojaStack(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestParseV8Stack(t *testing.T) {
	t.Parallel()
	frames, ok := parseV8Stack("Error: x\n    at f (/a.js:3:9)\n    at /b.js:5:1\n    at JSON.parse (<anonymous>)\n    at new K (/c.js:1:2)")
	if !ok {
		t.Fatal("not parsed")
	}
	var got []string
	for _, f := range frames {
		x := f.text()
		if !x.final {
			t.Errorf("frame %v not final", x)
		}
		got = append(got, x.file+":"+strconv.Itoa(x.line)+":"+strconv.Itoa(x.col))
	}
	if want := []string{"/a.js:3:9", "/b.js:5:1", "/c.js:1:2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("parseV8Stack = %v, want %v", got, want)
	}
}

func TestHiddenNative(t *testing.T) {
	t.Parallel()
	for name, want := range map[string]bool{
		"call": true, "apply": true, "construct": true, "": true, "bound f": true,
		"github.com/x/y.Func.func1": true, "map": false, "parse": false, "forEach": false,
	} {
		if got := hiddenNative(name); got != want {
			t.Errorf("hiddenNative(%q) = %v, want %v", name, got, want)
		}
	}
}
