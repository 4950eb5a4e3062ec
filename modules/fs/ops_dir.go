package fs

import (
	"crypto/rand"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// Dirent types, libuv's UV_DIRENT_* numbering, which Node's Dirent keeps.
const (
	direntUnknown = iota
	direntFile
	direntDir
	direntLink
	direntFIFO
	direntSocket
	direntChar
	direntBlock
)

func direntType(m os.FileMode) int {
	switch {
	case m.IsRegular():
		return direntFile
	case m&os.ModeDir != 0:
		return direntDir
	case m&os.ModeSymlink != 0:
		return direntLink
	case m&os.ModeNamedPipe != 0:
		return direntFIFO
	case m&os.ModeSocket != 0:
		return direntSocket
	case m&os.ModeCharDevice != 0:
		return direntChar
	case m&os.ModeDevice != 0:
		return direntBlock
	}
	return direntUnknown
}

// readdir lists p, sorted by name as libuv's scandir sorts. With
// recursive, subdirectories are listed breadth first after their parent,
// the order of node's readdirSyncRecursive; names are then relative to p
// and parents carry each entry's directory as the user would write it.
func readdir(abs, p string, recursive bool, syscallName string) (names []string, types []int, parents []string, err error) {
	type dir struct{ abs, rel, parent string }
	queue := []dir{{abs, "", p}}
	for i := 0; i < len(queue); i++ {
		d := queue[i]
		ents, err := os.ReadDir(d.abs)
		if err != nil {
			if i == 0 {
				return nil, nil, nil, fail(err, syscallName, p, "")
			}
			continue
		}
		for _, e := range ents {
			name := e.Name()
			if d.rel != "" {
				name = d.rel + "/" + name
			}
			t := direntType(e.Type())
			names, types, parents = append(names, name), append(types, t), append(parents, d.parent)
			if recursive && t == direntDir {
				queue = append(queue, dir{d.abs + "/" + e.Name(), name, d.parent + "/" + e.Name()})
			}
		}
	}
	return names, types, parents, nil
}

// mkdirAll creates p and its missing parents and returns the first
// directory it created, spelled from p as node spells it ("" if none).
func mkdirAll(abs, p string, mode uint32) (string, error) {
	err := unix.Mkdir(abs, mode)
	if err == nil {
		return p, nil
	}
	switch err {
	case unix.EEXIST:
		var st unix.Stat_t
		if unix.Stat(abs, &st) == nil && st.Mode&unix.S_IFMT == unix.S_IFDIR {
			return "", nil
		}
		return "", fail(err, "mkdir", p, "")
	case unix.ENOENT:
		// The walk stops at p's own root: a relative path never
		// climbs above the cwd, which may itself be gone.
		pa, pp := rawDir(abs), rawDir(p)
		if pp == "" || pa == abs {
			return "", fail(err, "mkdir", p, "")
		}
		first, perr := mkdirAll(pa, pp, mode)
		if perr != nil {
			var oe *opError
			if errors.As(perr, &oe) {
				oe.path = p
			}
			return "", perr
		}
		if err := unix.Mkdir(abs, mode); err != nil && err != unix.EEXIST {
			return "", fail(err, "mkdir", p, "")
		}
		if first == "" {
			first = p
		}
		return first, nil
	}
	return "", fail(err, "mkdir", p, "")
}

// rawDir drops the last component of p as text, without cleaning, as
// node's mkdirp walks up: for "a/../b" it must create "a" before "a/.."
// resolves.
func rawDir(p string) string {
	if strings.Trim(p, "/") == "" && p != "" {
		return "/"
	}
	p = strings.TrimRight(p, "/")
	i := strings.LastIndexByte(p, '/')
	switch {
	case i < 0:
		return ""
	case i == 0:
		return "/"
	}
	return p[:i]
}

const tempChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// mkdtemp replaces libc's XXXXXX template as libuv does: six random
// alphanumerics, retried on collision.
func mkdtemp(abs, prefix string) (string, error) {
	var err error
	for try := 0; try < 100; try++ {
		var r [6]byte
		_, _ = rand.Read(r[:])
		for i := range r {
			r[i] = tempChars[int(r[i])%len(tempChars)]
		}
		if err = unix.Mkdir(abs+string(r[:]), 0o700); err == nil {
			return prefix + string(r[:]), nil
		}
		if err != unix.EEXIST {
			break
		}
	}
	return "", fail(err, "mkdtemp", prefix+"XXXXXX", "")
}

// rm follows node 20's rimraf: lstat first (its error is the one
// reported), a directory needs recursive, and force hides ENOENT.
func rm(abs, p string, recursive, force bool) error {
	var st unix.Stat_t
	if err := unix.Lstat(abs, &st); err != nil {
		if force && err == unix.ENOENT {
			return nil
		}
		return fail(err, "lstat", p, "")
	}
	if st.Mode&unix.S_IFMT != unix.S_IFDIR {
		return fail(unix.Unlink(abs), "unlink", p, "")
	}
	if !recursive {
		return &eisdirError{path: p}
	}
	return removeTree(abs, p)
}

func removeTree(abs, p string) error {
	ents, err := os.ReadDir(abs)
	if err != nil {
		return fail(err, "scandir", p, "")
	}
	for _, e := range ents {
		ca, cp := abs+"/"+e.Name(), p+"/"+e.Name()
		if e.IsDir() {
			if err := removeTree(ca, cp); err != nil {
				return err
			}
		} else if err := unix.Unlink(ca); err != nil && err != unix.ENOENT {
			return fail(err, "unlink", cp, "")
		}
	}
	if err := unix.Rmdir(abs); err != nil && err != unix.ENOENT {
		return fail(err, "rmdir", p, "")
	}
	return nil
}

// copyFile copies src to dst, keeping src's mode as libuv does;
// COPYFILE_EXCL (1) refuses an existing dst.
func copyFile(srcAbs, dstAbs, src, dst string, mode int64) error {
	in, err := os.Open(srcAbs)
	if err != nil {
		return fail(err, "copyfile", src, dst)
	}
	defer in.Close()
	fi, err := in.Stat()
	if err != nil {
		return fail(err, "copyfile", src, dst)
	}
	if fi.IsDir() {
		return fail(unix.EISDIR, "copyfile", src, dst)
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if mode&1 != 0 {
		flags |= os.O_EXCL
	}
	out, err := os.OpenFile(dstAbs, flags, fi.Mode().Perm())
	if err != nil {
		return fail(err, "copyfile", src, dst)
	}
	_ = out.Chmod(fi.Mode().Perm())
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return fail(err, "copyfile", src, dst)
	}
	return fail(out.Close(), "copyfile", src, dst)
}

// realpath resolves every link in p. The native flavour is realpath(3):
// errors name p. The JS flavour follows node's fs.realpathSync (lib/fs.js),
// whose errors name the component that failed: lstat on each component,
// and stat on a link before reading it, so a loop or a dangling link
// fails as stat on the link itself.
func realpath(abs, p string, native bool) (string, error) {
	if !native {
		return realpathJS(abs)
	}
	out, err := filepath.EvalSymlinks(abs)
	if err != nil {
		var pe *os.PathError
		if !errors.As(err, &pe) {
			// EvalSymlinks reports a loop with a plain error; realpath(3)
			// says ELOOP.
			err = unix.ELOOP
		}
		return "", fail(err, "realpath", p, "")
	}
	if !strings.HasPrefix(out, "/") {
		out = "/" + out
	}
	return out, nil
}

func realpathJS(abs string) (string, error) {
	resolved := "/"
	rest := strings.Split(abs, "/")
	// known holds components already found not to be links; lastMode is
	// the mode of the last lstat or stat. Node keeps both (knownHard and
	// its shared stat array), and stops the walk at a known component
	// when the last link it followed led to a pipe or socket: that is how
	// /dev/stdin resolves to /proc/<pid>/fd/pipe:[n].
	known := map[string]bool{}
	var lastMode uint32
	for hops := 0; len(rest) > 0; {
		c := rest[0]
		rest = rest[1:]
		switch c {
		case "", ".":
			continue
		case "..":
			resolved = filepath.Dir(resolved)
			continue
		}
		base := filepath.Join(resolved, c)
		if known[base] {
			if m := lastMode & unix.S_IFMT; m == unix.S_IFIFO || m == unix.S_IFSOCK {
				return filepath.Join(append([]string{base}, rest...)...), nil
			}
			resolved = base
			continue
		}
		var st unix.Stat_t
		if err := unix.Lstat(base, &st); err != nil {
			return "", fail(err, "lstat", base, "")
		}
		lastMode = st.Mode
		if st.Mode&unix.S_IFMT != unix.S_IFLNK {
			known[base] = true
			resolved = base
			continue
		}
		if err := unix.Stat(base, &st); err != nil {
			return "", fail(err, "stat", base, "")
		}
		lastMode = st.Mode
		// stat succeeded, so the kernel found no loop; the bound only
		// guards against links changing under us.
		if hops++; hops > 255 {
			return "", fail(unix.ELOOP, "stat", base, "")
		}
		target, err := os.Readlink(base)
		if err != nil {
			return "", fail(err, "readlink", base, "")
		}
		// Node starts over from the root with the link resolved (and
		// normalised lexically, as path.resolve does).
		next := target
		if !strings.HasPrefix(target, "/") {
			next = filepath.Join(resolved, target)
		}
		rest = append(strings.Split(next, "/"), rest...)
		resolved = "/"
	}
	return resolved, nil
}

func strResult(s string) result {
	return func(vm *goja.Runtime) goja.Value { return vm.ToValue(s) }
}

func (s *fsBinding) dirOps() map[string]op {
	twoPaths := func(name string, f func(a, b string) error) op {
		return func(a []goja.Value) func() (result, error) {
			p, q := argStr(a, 0), argStr(a, 1)
			pa, qa := s.abs(p), s.abs(q)
			return func() (result, error) { return nil, fail(f(pa, qa), name, p, q) }
		}
	}
	return map[string]op{
		"readdir": func(a []goja.Value) func() (result, error) {
			p, recursive := argStr(a, 0), argBool(a, 1)
			abs := s.abs(p)
			return func() (result, error) {
				names, types, parents, err := readdir(abs, p, recursive, "scandir")
				if err != nil {
					return nil, err
				}
				return func(vm *goja.Runtime) goja.Value {
					return vm.NewArray(vm.ToValue(names), vm.ToValue(types), vm.ToValue(parents))
				}, nil
			}
		},
		// opendir lists the directory at once; Dir serves reads from it.
		"opendir": func(a []goja.Value) func() (result, error) {
			p := argStr(a, 0)
			abs := s.abs(p)
			return func() (result, error) {
				names, types, _, err := readdir(abs, p, false, "opendir")
				if err != nil {
					return nil, err
				}
				return func(vm *goja.Runtime) goja.Value {
					return vm.NewArray(vm.ToValue(names), vm.ToValue(types))
				}, nil
			}
		},
		"mkdir": func(a []goja.Value) func() (result, error) {
			p, mode, recursive := argStr(a, 0), uint32(argInt(a, 1)), argBool(a, 2)
			abs := s.abs(p)
			return func() (result, error) {
				if !recursive {
					return nil, fail(unix.Mkdir(abs, mode), "mkdir", p, "")
				}
				first, err := mkdirAll(abs, p, mode)
				if err != nil || first == "" {
					return nil, err
				}
				return strResult(first), nil
			}
		},
		"mkdtemp": func(a []goja.Value) func() (result, error) {
			p := argStr(a, 0)
			abs := s.abs(p)
			return func() (result, error) {
				out, err := mkdtemp(abs, p)
				if err != nil {
					return nil, err
				}
				return strResult(out), nil
			}
		},
		"rm": func(a []goja.Value) func() (result, error) {
			p, recursive, force := argStr(a, 0), argBool(a, 1), argBool(a, 2)
			abs := s.abs(p)
			return func() (result, error) { return nil, rm(abs, p, recursive, force) }
		},
		"rmdir": func(a []goja.Value) func() (result, error) {
			p := argStr(a, 0)
			abs := s.abs(p)
			return func() (result, error) { return nil, fail(unix.Rmdir(abs), "rmdir", p, "") }
		},
		"unlink": func(a []goja.Value) func() (result, error) {
			p := argStr(a, 0)
			abs := s.abs(p)
			return func() (result, error) { return nil, fail(unix.Unlink(abs), "unlink", p, "") }
		},
		"rename": twoPaths("rename", unix.Rename),
		"link":   twoPaths("link", unix.Link),
		// symlink(target, path): the target is stored as written.
		"symlink": func(a []goja.Value) func() (result, error) {
			target, p := argStr(a, 0), argStr(a, 1)
			abs := s.abs(p)
			return func() (result, error) { return nil, fail(unix.Symlink(target, abs), "symlink", target, p) }
		},
		"copyFile": func(a []goja.Value) func() (result, error) {
			src, dst, mode := argStr(a, 0), argStr(a, 1), argInt(a, 2)
			sa, da := s.abs(src), s.abs(dst)
			return func() (result, error) { return nil, copyFile(sa, da, src, dst, mode) }
		},
		"readlink": func(a []goja.Value) func() (result, error) {
			p := argStr(a, 0)
			abs := s.abs(p)
			return func() (result, error) {
				out, err := os.Readlink(abs)
				if err != nil {
					return nil, fail(err, "readlink", p, "")
				}
				return strResult(out), nil
			}
		},
		"realpath": func(a []goja.Value) func() (result, error) {
			p, native := argStr(a, 0), argBool(a, 1)
			abs := s.abs(p)
			return func() (result, error) {
				out, err := realpath(abs, p, native)
				if err != nil {
					return nil, err
				}
				return strResult(out), nil
			}
		},
	}
}
