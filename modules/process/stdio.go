package process

import (
	"bytes"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

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

// readStdin streams the runtime's stdin to onData(bytes, text) and then
// onEnd(tail), from a goroutine, through a loop handle that keeps the
// program alive while it reads (like a flowing process.stdin). text is the
// chunk decoded as UTF-8, with a character split across chunks carried
// to the next one; tail is what is left at the end.
func readStdin(c *modules.Context, h *Host, onData, onEnd goja.Value) {
	handle := c.Loop.NewHandle()
	vm := c.VM
	go func() {
		buf := make([]byte, 64*1024)
		var carry []byte
		for {
			n, err := h.Stdin.Read(buf)
			if n > 0 {
				chunk := bytes.Clone(buf[:n])
				var text string
				text, carry = decodeUTF8(carry, chunk)
				handle.Post(func() {
					c.Loop.Call(onData, goja.Undefined(), []goja.Value{vm.ToValue(vm.NewArrayBuffer(chunk)), vm.ToValue(text)})
				})
			}
			if err != nil {
				tail := strings.ToValidUTF8(string(carry), "\uFFFD")
				handle.Post(func() {
					handle.Close()
					c.Loop.Call(onEnd, goja.Undefined(), []goja.Value{vm.ToValue(tail)})
				})
				return
			}
		}
	}()
}

// decodeUTF8 decodes carry+chunk up to the last complete character and
// returns the incomplete rest to prepend to the next chunk.
func decodeUTF8(carry, chunk []byte) (string, []byte) {
	data := append(carry, chunk...)
	cut := len(data)
	for i := len(data) - 1; i >= 0 && i >= len(data)-utf8.UTFMax; i-- {
		if utf8.RuneStart(data[i]) {
			if !utf8.FullRune(data[i:]) {
				cut = i
			}
			break
		}
	}
	return strings.ToValidUTF8(string(data[:cut]), "\uFFFD"), bytes.Clone(data[cut:])
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
