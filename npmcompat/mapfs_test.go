package npmcompat

import (
	"errors"
	"io/fs"
	"syscall"
	"testing"
)

func TestMapFS(t *testing.T) {
	t.Parallel()
	m := NewMapFS(map[string]string{
		"/a/b/c.js": "c",
		"/empty/":   "",
		"/x.js":     "x",
	})
	m.Symlink("../a/b", "/links/rel")    // relative to the link's directory
	m.Symlink("/a/b/c.js", "/links/abs") // absolute
	m.Symlink("rel/c.js", "/links/chain")
	m.Symlink("/loop/b", "/loop/a")
	m.Symlink("/loop/a", "/loop/b")
	m.Symlink("/nowhere", "/links/dangling")

	kinds := map[string]Kind{
		"/": Dir, "/a": Dir, "/a/b": Dir, "/a/b/c.js": File, "/empty": Dir, "/x.js": File,
		"/a/b/c": Missing, "/links/rel": Dir, "/links/rel/c.js": File, "/links/abs": File,
		"/links/chain": File, "/loop/a": Missing, "/links/dangling": Missing, "/x.js/y": Missing,
		"/a/./b/../b/c.js": File,
	}
	for p, want := range kinds {
		if got := m.Stat(p); got != want {
			t.Errorf("Stat(%q) = %v, want %v", p, got, want)
		}
	}

	reals := map[string]string{
		"/a/b/c.js":            "/a/b/c.js",
		"/links/rel/c.js":      "/a/b/c.js",
		"/links/abs":           "/a/b/c.js",
		"/links/chain":         "/a/b/c.js",
		"/links/rel/../b/c.js": "/a/b/c.js",
	}
	for p, want := range reals {
		if got, err := m.Realpath(p); err != nil || got != want {
			t.Errorf("Realpath(%q) = %q, %v; want %q", p, got, err, want)
		}
	}
	errs := map[string]syscall.Errno{"/nope": syscall.ENOENT, "/loop/a": syscall.ELOOP, "/x.js/y": syscall.ENOTDIR}
	for p, want := range errs {
		if _, err := m.Realpath(p); !errors.Is(err, want) {
			t.Errorf("Realpath(%q) error = %v, want %v", p, err, want)
		}
	}

	if data, err := m.ReadFile("/links/chain"); err != nil || string(data) != "c" {
		t.Errorf("ReadFile through links = %q, %v", data, err)
	}
	if _, err := m.ReadFile("/a"); !errors.Is(err, syscall.EISDIR) {
		t.Errorf("ReadFile(dir) = %v, want EISDIR", err)
	}
	_, err := m.ReadFile("/nope")
	var pe *fs.PathError
	if !errors.As(err, &pe) || pe.Op != "open" || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadFile(missing) = %#v", err)
	}
	if se := systemError(err, "open", "/nope"); se.Error() != "ENOENT: no such file or directory, open '/nope'" || se.Errno != -2 {
		t.Errorf("systemError = %q (%d)", se.Error(), se.Errno)
	}
	if got := len(m.Paths()); got != 2 {
		t.Errorf("Paths() lists %d files, want 2 (an empty directory is no file)", got)
	}
}
