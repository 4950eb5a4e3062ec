package repl

import (
	"io"
	"os"

	"golang.org/x/term"
)

// rawTerminal is a TTY put in raw mode for the line editor.
type rawTerminal struct {
	fd    int
	state *term.State
}

// makeRaw puts in, when it is a TTY, in raw mode as node's readline does
// (libuv's UV_TTY_MODE_RAW): keys arrive one by one and unechoed, Ctrl+C
// is a key rather than a signal, but output processing stays on, so "\n"
// still starts a new line for everything JS prints meanwhile.
func makeRaw(in io.Reader) *rawTerminal {
	f, ok := in.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	fd := int(f.Fd())
	st, err := term.MakeRaw(fd)
	if err != nil {
		return nil
	}
	keepOutputProcessing(fd)
	return &rawTerminal{fd: fd, state: st}
}

func (r *rawTerminal) restore() { _ = term.Restore(r.fd, r.state) }

// terminalWidth returns a function giving out's width in columns, read
// each time so a resized window is taken into account; 0 when out is not
// a terminal, which readline treats as unbounded.
func terminalWidth(out io.Writer) func() int {
	f, ok := out.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return func() int { return 0 }
	}
	fd := int(f.Fd())
	return func() int {
		w, _, err := term.GetSize(fd)
		if err != nil || w <= 0 {
			return 80
		}
		return w
	}
}
