package nodeerr

import "testing"

func TestV8Message(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"'ownKeys' on proxy: trap result did not include non-configurable 'length'",
			"'ownKeys' on proxy: trap result did not include 'length'"},
		{"Cannot set property x, object is not extensible", "Cannot add property x, object is not extensible"},
		{"Cannot read property 'a' of undefined", "Cannot read properties of undefined (reading 'a')"},
		{"Cannot read property 'a' of undefined or null", "Cannot read property 'a' of undefined or null"},
		{"x is not defined", "x is not defined"},
		{"Cannot delete property 'zz' of [object process]", "Cannot delete property 'zz' of #<process>"},
		{"Cannot delete property 'PI' of [object Math]", "Cannot delete property 'PI' of #<Object>"},
		{"Cannot delete property 'length' of [object Array]", "Cannot delete property 'length' of [object Array]"},
	} {
		got, changed := V8Message(tc.in)
		if got != tc.want || changed != (tc.in != tc.want) {
			t.Errorf("V8Message(%q) = %q, %v; want %q", tc.in, got, changed, tc.want)
		}
	}
}
