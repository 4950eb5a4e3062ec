package npmcompat

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// Kind is what a path names, after following symlinks.
type Kind int

// The kinds a Stat reports; Missing also covers every stat failure, which
// is how Node's internalModuleStat treats them.
const (
	Missing Kind = iota
	File
	Dir
)

// FS is the file system that resolution and loading see. Paths handed to
// it are absolute and use forward slashes; implementations for other
// hosts translate.
type FS interface {
	// Stat reports what path names, following symlinks.
	Stat(path string) Kind
	// ReadFile returns a file's contents. Errors should wrap an
	// *fs.PathError carrying a syscall.Errno where one exists, so they
	// surface in JS as Node system errors (ENOENT, EACCES, ...).
	ReadFile(path string) ([]byte, error)
	// Realpath resolves every symlink in path (fs.realpathSync).
	Realpath(path string) (string, error)
}

// OSFS is the host file system. Relative paths resolve against Cwd, never
// against the Go process's working directory, which belongs to no runtime.
type OSFS struct {
	// Cwd returns the runtime's working directory; nil means "/".
	Cwd func() string
}

func (o OSFS) abs(p string) string {
	if isAbs(p) {
		return filepath.FromSlash(p)
	}
	cwd := "/"
	if o.Cwd != nil {
		cwd = o.Cwd()
	}
	return filepath.FromSlash(resolvePath(cwd, p))
}

// Stat implements FS.
func (o OSFS) Stat(path string) Kind {
	fi, err := os.Stat(o.abs(path))
	switch {
	case err != nil:
		return Missing
	case fi.IsDir():
		return Dir
	default:
		return File
	}
}

// ReadFile implements FS.
func (o OSFS) ReadFile(path string) ([]byte, error) { return os.ReadFile(o.abs(path)) }

// Realpath implements FS.
func (o OSFS) Realpath(path string) (string, error) {
	p, err := filepath.EvalSymlinks(o.abs(path))
	if err != nil {
		return "", err
	}
	return filepath.ToSlash(p), nil
}

// isNotExist reports whether err means the path is absent, which Node's
// resolver treats as "try the next candidate" rather than a failure.
func isNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }
