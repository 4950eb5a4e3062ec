package npmcompat

import (
	"errors"
	"io/fs"
	"sort"
	"strings"
	"syscall"
)

// MapFS is an in-memory FS for tests: a map from absolute path to file
// contents. Directories are implied by the files beneath them; a key
// ending in "/" declares an empty directory. Symlinks are added with
// Symlink. MapFS is not safe for concurrent mutation.
type MapFS struct {
	files map[string]string
	dirs  map[string]bool
	links map[string]string // link path -> target (absolute or relative to the link's directory)
}

// NewMapFS builds a MapFS from files.
func NewMapFS(files map[string]string) *MapFS {
	m := &MapFS{files: map[string]string{}, dirs: map[string]bool{"/": true}, links: map[string]string{}}
	for p, content := range files {
		if strings.HasSuffix(p, "/") {
			m.addDirs(strings.TrimSuffix(p, "/"))
			continue
		}
		m.files[p] = content
		m.addDirs(dirname(p))
	}
	return m
}

// Symlink makes link point at target, like ln -s target link: a relative
// target is relative to link's directory.
func (m *MapFS) Symlink(target, link string) {
	m.links[link] = target
	m.addDirs(dirname(link))
}

func (m *MapFS) addDirs(d string) {
	for d != "/" && d != "." && d != "" && !m.dirs[d] {
		m.dirs[d] = true
		d = dirname(d)
	}
}

// maxLinkHops bounds symlink chains like the kernel's ELOOP limit.
const maxLinkHops = 40

// Realpath implements FS by resolving links one component at a time, as
// realpath(3) does, so a link to a directory in the middle of a path is
// followed too.
func (m *MapFS) Realpath(p string) (string, error) {
	rest := strings.Split(strings.Trim(p, "/"), "/")
	cur := "/"
	hops := 0
	for len(rest) > 0 {
		seg := rest[0]
		rest = rest[1:]
		switch seg {
		case "", ".":
			continue
		case "..":
			cur = dirname(cur)
			continue
		}
		next := strings.TrimSuffix(cur, "/") + "/" + seg
		if target, ok := m.links[next]; ok {
			hops++
			if hops > maxLinkHops {
				return "", &fs.PathError{Op: "realpath", Path: p, Err: syscall.ELOOP}
			}
			if isAbs(target) {
				cur = "/"
			}
			rest = append(strings.Split(strings.Trim(target, "/"), "/"), rest...)
			continue
		}
		if _, isFile := m.files[next]; !isFile && !m.dirs[next] {
			return "", &fs.PathError{Op: "realpath", Path: p, Err: syscall.ENOENT}
		}
		if _, isFile := m.files[next]; isFile && len(rest) > 0 {
			return "", &fs.PathError{Op: "realpath", Path: p, Err: syscall.ENOTDIR}
		}
		cur = next
	}
	return cur, nil
}

// Stat implements FS.
func (m *MapFS) Stat(p string) Kind {
	real, err := m.Realpath(p)
	if err != nil {
		return Missing
	}
	if _, ok := m.files[real]; ok {
		return File
	}
	if m.dirs[real] {
		return Dir
	}
	return Missing
}

// ReadFile implements FS.
func (m *MapFS) ReadFile(p string) ([]byte, error) {
	real, err := m.Realpath(p)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return nil, &fs.PathError{Op: "open", Path: p, Err: pe.Err}
		}
		return nil, err
	}
	if content, ok := m.files[real]; ok {
		return []byte(content), nil
	}
	return nil, &fs.PathError{Op: "open", Path: p, Err: syscall.EISDIR}
}

// Paths lists the files in m, sorted; handy in test failure messages.
func (m *MapFS) Paths() []string {
	out := make([]string, 0, len(m.files))
	for p := range m.files {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}
