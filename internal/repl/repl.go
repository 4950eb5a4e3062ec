// Package repl is gorun's interactive mode: `gorun` with no script on a
// terminal reads, evaluates and prints JavaScript the way `node` does
// (lib/repl.js and lib/internal/readline/interface.js are the
// specification): results through util.inspect, `_` and `_error`, multi-
// line input, dot commands, Node's error format, Ctrl+C and Ctrl+D,
// persistent history, top-level await, and on a terminal a line editor
// with node's keys and screen updates.
//
// Everything that touches JS runs on the runtime's loop, as node's REPL
// runs on its main thread: one goroutine only reads the input and posts
// each chunk to the loop through a loop handle, which also keeps the
// program alive while the REPL waits for input. Leaving the REPL (.exit,
// Ctrl+D, end of input) calls process.exit(), as node's standalone REPL
// does, so 'exit' listeners run and pending timers are dropped.
package repl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/eventloop"
	"github.com/gorun-js/gorun/runtime"
)

// Options configure a REPL session.
type Options struct {
	// Input is read for the user's input; nil means os.Stdin.
	Input io.Reader
	// Output receives prompts, echo and results; nil means os.Stdout.
	Output io.Writer
	// Terminal says Input and Output are a terminal: keys are read one by
	// one in raw mode (when Input is a TTY) and edited in place, results
	// are coloured and the history is kept. Without it input is read line
	// by line, as node does for piped input.
	Terminal bool
	// HistoryFile is where a terminal session's history is loaded from
	// and saved to; empty means DefaultHistoryFile(os.LookupEnv).
	HistoryFile string
	// NoHistory disables the persistent history.
	NoHistory bool
	// HistorySize is the number of lines kept; 0 means node's 1000.
	HistorySize int
	// Prompt is the input prompt; empty means "> ".
	Prompt string
	// NoColor turns off coloured results on a terminal. Colours are also
	// off when NO_COLOR or NODE_DISABLE_COLORS is set, FORCE_COLOR is 0 or
	// TERM is dumb, as node decides.
	NoColor bool

	// lookupEnv reads the environment; nil means os.LookupEnv. Tests set
	// it to decide colours and the history file.
	lookupEnv func(string) (string, bool)
	// columns fixes the terminal width for tests; 0 asks the terminal.
	columns int
}

// Run runs a REPL session on rt until the user leaves it or the program
// calls process.exit, and returns the exit code like rt.Run. rt must not
// have run a program yet.
func Run(ctx context.Context, rt *runtime.Runtime, opts Options) (int, error) {
	s := newSession(rt, opts)
	defer s.restoreTerminal()
	code, err := rt.RunFunc(ctx, s.main)
	s.finish()
	return code, err
}

// session is one REPL. Apart from the fields under guard, it is used only
// on the loop goroutine.
type session struct {
	rt  *runtime.Runtime
	vm  *goja.Runtime
	in  io.Reader
	out io.Writer

	terminal bool
	colors   bool
	raw      *rawTerminal // set while a TTY input is in raw mode
	ed       *editor      // terminal line editor
	hist     *history
	histFile string

	handle *eventloop.Handle
	inbuf  []byte // input received and not yet consumed
	eof    bool   // the input ended

	prompt         string
	buffered       string   // the unfinished multi-line command so far
	lines          []string // every line entered, for .save
	editorMode     bool
	sawSIGINT      bool
	sawCtrlD       bool
	paused         bool // a top-level await is pending: input waits
	closeRequested bool
	closed         bool
	awaitAbort     func() // rejects the pending top-level await (Ctrl+C)
	lastWasTab     bool   // a second Tab lists the completions
	historyNotice  bool   // say once that history is not persisted

	scripts int             // REPL<n> file names
	lexical map[string]bool // global let/const/class names, for completion

	// The REPL's view of the JS world.
	require    goja.Value // require for the working directory
	inspect    goja.Callable
	writerOpts *goja.Object
	errorCtor  *goja.Object
	process    *goja.Object

	last, lastError                           goja.Value
	underscoreAssigned, underscoreErrAssigned bool
	listeners                                 []listener // ours on process
	captured                                  bool       // we hold the capture callback

	guard evalGuard
}

type listener struct {
	event string
	fn    goja.Value
}

// evalGuard lets the input goroutine interrupt a running evaluation when
// Ctrl+C arrives, as node's breakEvalOnSigint does.
type evalGuard struct {
	mu        sync.Mutex
	running   bool
	requested bool
}

// errSIGINT is the value the VM is interrupted with on Ctrl+C.
var errSIGINT = errors.New("repl: interrupted by SIGINT")

func newSession(rt *runtime.Runtime, opts Options) *session {
	s := &session{rt: rt, vm: rt.VM(), in: opts.Input, out: opts.Output, terminal: opts.Terminal}
	if s.in == nil {
		s.in = os.Stdin
	}
	if s.out == nil {
		s.out = os.Stdout
	}
	s.prompt = opts.Prompt
	if s.prompt == "" {
		s.prompt = "> "
	}
	lookup := opts.lookupEnv
	if lookup == nil {
		lookup = os.LookupEnv
	}
	s.hist = newHistory(opts.HistorySize)
	if s.terminal {
		s.colors = !opts.NoColor && colorsAllowed(lookup)
		if !opts.NoHistory {
			s.histFile = opts.HistoryFile
			if s.histFile == "" {
				s.histFile = DefaultHistoryFile(lookup)
			}
		}
		s.historyNotice = s.histFile == ""
		width := terminalWidth(s.out)
		if opts.columns > 0 {
			width = func() int { return opts.columns }
		}
		s.ed = newEditor(s.out, width, s.hist)
	}
	return s
}

// colorsAllowed applies the environment checks of node's
// WriteStream.hasColors() for a terminal.
func colorsAllowed(lookup func(string) (string, bool)) bool {
	if v, ok := lookup("FORCE_COLOR"); ok {
		return v != "0" && v != "false"
	}
	if _, ok := lookup("NODE_DISABLE_COLORS"); ok {
		return false
	}
	if _, ok := lookup("NO_COLOR"); ok {
		return false
	}
	if v, _ := lookup("TERM"); v == "dumb" {
		return false
	}
	return true
}

func (s *session) write(str string) { io.WriteString(s.out, str) }

// main runs on the loop as the program's first task.
func (s *session) main(vm *goja.Runtime) error {
	if err := s.setupContext(); err != nil {
		return err
	}
	if s.histFile != "" {
		if err := s.hist.load(s.histFile); err != nil {
			s.write("\nError: Could not open history file.\nREPL session history will not be persisted.\n")
			s.histFile = ""
		}
	}
	s.write(fmt.Sprintf("Welcome to gorun v%s (Node.js %s API).\nType \".help\" for more information.\n",
		runtime.Version, runtime.NodeVersion))
	if s.terminal {
		s.raw = makeRaw(s.in)
	}
	s.handle = s.rt.Loop().NewHandle()
	go s.readInput()
	s.displayPrompt(false)
	return nil
}

// displayPrompt shows "> ", or "... " while a command is unfinished.
func (s *session) displayPrompt(preserveCursor bool) {
	if s.closed {
		return
	}
	p := s.prompt
	if s.buffered != "" {
		p = "... "
	}
	if s.terminal {
		s.ed.setPrompt(p)
		s.ed.showPrompt(preserveCursor)
		return
	}
	s.write(p)
}

func (s *session) turnOnEditorMode() {
	s.editorMode = true
	if s.terminal {
		s.ed.setPrompt("")
	}
}

func (s *session) turnOffEditorMode() {
	s.editorMode = false
	if s.terminal {
		s.ed.setPrompt(s.prompt)
	}
}

// requestClose leaves the REPL once the input being handled is done, as
// node's close() waits for the next tick.
func (s *session) requestClose() {
	s.closeRequested = true
	if !s.paused {
		s.drainLater()
	}
}

// drainLater makes drain run again after the current task, where a close
// request takes effect.
func (s *session) drainLater() {
	if s.handle != nil && !s.handle.Post(s.drain) {
		s.close()
	}
}

// close ends the session and the program, with process.exit() as node's
// standalone REPL does on its 'exit' event.
func (s *session) close() {
	if s.closed {
		return
	}
	s.closed = true
	s.restoreTerminal()
	s.handle.Close()
	s.removeListeners()
	if s.process != nil {
		if exit, ok := goja.AssertFunction(s.process.Get("exit")); ok {
			_, _ = exit(s.process)
		}
	}
}

// finish saves the history once the program is over.
func (s *session) finish() {
	if s.handle != nil {
		s.handle.Close()
	}
	if s.histFile != "" && s.hist.len() > 0 {
		_ = s.hist.save(s.histFile)
	}
}

func (s *session) restoreTerminal() {
	if s.raw != nil {
		s.raw.restore()
		s.raw = nil
	}
}
