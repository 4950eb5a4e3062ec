package process

import (
	"bytes"
	"io"
	"os"
	"sort"
	"strconv"

	"github.com/dop251/goja"
	"golang.org/x/term"

	"github.com/gorun-js/gorun/modules"
)

// fileOf returns the *os.File behind a runtime's stdio stream fd, if any.
func fileOf(fd int, h *Host) (*os.File, bool) {
	var v any
	switch fd {
	case 0:
		v = h.Stdin
	case 1:
		v = h.Stdout
	case 2:
		v = h.Stderr
	default:
		return nil, false
	}
	f, ok := v.(*os.File)
	return f, ok
}

func isTerminal(fd int, h *Host) bool {
	f, ok := fileOf(fd, h)
	return ok && term.IsTerminal(int(f.Fd()))
}

func termSize(fd int, h *Host) []int {
	if f, ok := fileOf(fd, h); ok {
		if w, hgt, err := term.GetSize(int(f.Fd())); err == nil {
			return []int{w, hgt}
		}
	}
	return nil
}

// readStdin streams the runtime's stdin to onData(string chunk) and then
// onEnd(), from a goroutine, through a loop handle that keeps the
// program alive while it reads (like a flowing process.stdin).
func readStdin(c *modules.Context, h *Host, onData, onEnd goja.Value) {
	data, _ := goja.AssertFunction(onData)
	end, _ := goja.AssertFunction(onEnd)
	handle := c.Loop.NewHandle()
	go func() {
		buf := make([]byte, 64*1024)
		for {
			n, err := h.Stdin.Read(buf)
			if n > 0 {
				chunk := bytes.Clone(buf[:n])
				handle.Post(func() {
					c.Loop.Call(c.VM.ToValue(data), goja.Undefined(), []goja.Value{c.VM.ToValue(c.VM.NewArrayBuffer(chunk))})
				})
			}
			if err != nil {
				handle.Post(func() {
					handle.Close()
					c.Loop.Call(c.VM.ToValue(end), goja.Undefined(), nil)
				})
				if err != io.EOF {
					return
				}
				return
			}
		}
	}()
}

// rss reads the resident set size from /proc, as libuv does.
func rss() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	fields := bytes.Fields(b)
	if len(fields) < 2 {
		return 0
	}
	pages, _ := strconv.ParseInt(string(fields[1]), 10, 64)
	return pages * int64(os.Getpagesize())
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
