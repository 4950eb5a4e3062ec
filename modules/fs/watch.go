package fs

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/fsnotify/fsnotify"
	"golang.org/x/sys/unix"

	"github.com/gorun-js/gorun/eventloop"
	"github.com/gorun-js/gorun/internal/nodeerr"
)

// watcher is one fs.watch: an inotify watch (through fsnotify) whose
// events are delivered on the loop through a Handle, so that a persistent
// watcher keeps the program alive and unref() releases it, as libuv's
// uv_fs_event_t does.
type watcher struct {
	w         *fsnotify.Watcher
	h         *eventloop.Handle
	root      string // absolute path watched
	dir       bool   // root is a directory: filenames are relative to it
	recursive bool
	once      sync.Once
}

// watchStart implements binding.watch(path, recursive, persistent, onEvent):
// it throws node's UVException (syscall "watch") when the path cannot be
// watched, and otherwise returns {close, ref, unref}. onEvent receives
// (eventType, filename) with node's mapping: creation, deletion and moves
// are "rename", content and attribute changes are "change".
func (s *fsBinding) watchStart(call goja.FunctionCall) goja.Value {
	vm := s.c.VM
	p := call.Argument(0).String()
	recursive := call.Argument(1).ToBoolean()
	persistent := call.Argument(2).ToBoolean()
	onEvent := call.Argument(3)
	abs := s.abs(p)
	fail := func(err error) {
		e := nodeerr.System(vm, unwrapErrno(err), "watch", p, "")
		_ = e.Set("filename", p)
		panic(e)
	}
	var st unix.Stat_t
	if err := unix.Stat(abs, &st); err != nil {
		fail(err)
	}
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		fail(err)
	}
	wt := &watcher{w: fw, root: filepath.Clean(abs), dir: st.Mode&unix.S_IFMT == unix.S_IFDIR, recursive: recursive}
	if err := fw.Add(wt.root); err != nil {
		_ = fw.Close()
		fail(err)
	}
	if wt.dir && recursive {
		wt.addTree(wt.root)
	}
	wt.h = s.c.Loop.NewHandle()
	if !persistent {
		wt.h.Unref()
	}
	go wt.pump(func(kind, name string) {
		wt.h.Post(func() {
			s.c.Loop.Call(onEvent, goja.Undefined(), []goja.Value{vm.ToValue(kind), vm.ToValue(name)})
		})
	})
	obj := vm.NewObject()
	_ = obj.Set("close", func() { wt.close() })
	_ = obj.Set("ref", func() { wt.h.Ref() })
	_ = obj.Set("unref", func() { wt.h.Unref() })
	_ = obj.Set("hasRef", func() bool { return wt.h.HasRef() })
	return obj
}

// addTree watches every directory under dir; inotify is not recursive,
// so node 20 on Linux does the same walk (lib/internal/fs/recursive_watch).
func (wt *watcher) addTree(dir string) {
	_ = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && path != dir {
			_ = wt.w.Add(path)
		}
		return nil
	})
	_ = wt.w.Add(dir)
}

// pump turns fsnotify's events into node's (eventType, filename) pairs
// until the watcher is closed.
func (wt *watcher) pump(emit func(kind, name string)) {
	for {
		select {
		case ev, ok := <-wt.w.Events:
			if !ok {
				return
			}
			kind := "change"
			if ev.Op&(fsnotify.Create|fsnotify.Remove|fsnotify.Rename) != 0 {
				kind = "rename"
			}
			if wt.recursive && ev.Op&fsnotify.Create != 0 {
				if fi, err := os.Stat(ev.Name); err == nil && fi.IsDir() {
					wt.addTree(ev.Name)
				}
			}
			emit(kind, wt.filename(ev.Name))
		case _, ok := <-wt.w.Errors:
			if !ok {
				return
			}
		}
	}
}

// filename is what node reports: the entry's path relative to a watched
// directory, or the base name when a file itself is watched.
func (wt *watcher) filename(name string) string {
	if !wt.dir {
		return filepath.Base(name)
	}
	if rel, err := filepath.Rel(wt.root, name); err == nil && !strings.HasPrefix(rel, "..") {
		if rel == "." {
			return filepath.Base(wt.root)
		}
		return rel
	}
	return filepath.Base(name)
}

func (wt *watcher) close() {
	wt.once.Do(func() {
		wt.h.Close()
		if err := wt.w.Close(); err != nil && !errors.Is(err, os.ErrClosed) {
			return
		}
	})
}
