package fs

import (
	"testing"

	"golang.org/x/sys/unix"
)

func TestRawDir(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ in, want string }{
		{"/a/b", "/a"},
		{"/a", "/"},
		{"a", ""},
		{"a/../b", "a/.."},
		{"a/b/", "a"},
		{"/", "/"},
	} {
		if got := rawDir(c.in); got != c.want {
			t.Errorf("rawDir(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTimespec pins libuv's conversion: whole microseconds, floor for
// negative times.
func TestTimespec(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in   float64
		want unix.Timespec
	}{
		{1700000000.123456, unix.Timespec{Sec: 1700000000, Nsec: 123456000}},
		{5, unix.Timespec{Sec: 5}},
		{-1.5, unix.Timespec{Sec: -2, Nsec: 500000000}},
	} {
		if got := timespec(c.in); got != c.want {
			t.Errorf("timespec(%v) = %+v, want %+v", c.in, got, c.want)
		}
	}
}
