package repl

import (
	"errors"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
)

// result is the outcome of evaluating one input, node's finish(e, ret).
type result struct {
	value       goja.Value // the completion value, when hasValue
	hasValue    bool
	thrown      goja.Value // what the code threw, or the SyntaxError
	failed      bool
	recoverable bool // the input is unfinished: read another line
	stopped     bool // process.exit or cancellation interrupted the code
}

var (
	// Input starting with `{` is tried as an object literal first, since
	// that is what people mean by `{ a: 1 }` (unless it ends with `;`).
	objectStart  = lazyRegexp(`^\s*{`)
	endsWithSemi = lazyRegexp(`;\s*$`)
)

// nextFile names the next evaluated input, REPL1, REPL2…, as node does, so
// stack traces say which input a frame belongs to.
func (s *session) nextFile() string {
	s.scripts++
	return "REPL" + strconv.Itoa(s.scripts)
}

// evaluate runs code as a sloppy-mode script in the global scope, as node's
// defaultEval; done receives the result, right away or, for top-level
// await, once the awaited promise settles.
func (s *session) evaluate(code string, done func(result)) {
	file := s.nextFile()
	input := code
	wrapped, async := false, false
	if objectStart().MatchString(code) && !endsWithSemi().MatchString(code) && isValidSyntax(code) {
		code = "(" + strings.TrimSpace(code) + ")\n"
		wrapped = true
	}
	if strings.Contains(code, "await") {
		switch tla, status := transformAwait(code); status {
		case awaitTransformed:
			code, wrapped, async = tla, true, true
		case awaitIncomplete:
			done(result{failed: true, recoverable: true})
			return
		}
	}
	if code == "\n" {
		done(result{})
		return
	}
	prg, tree, serr := compileAST(file, code)
	if serr != nil && wrapped {
		// Compile the input as written; if that fails too, the first
		// error is the one reported, as node does.
		wrappedErr := serr
		code, async = input, false
		if prg, tree, serr = compileAST(file, code); serr != nil {
			serr = wrappedErr
		}
	}
	if serr != nil {
		if isRecoverable(code) {
			done(result{failed: true, recoverable: true})
			return
		}
		done(result{failed: true, thrown: s.newSyntaxError(serr)})
		return
	}

	s.noteLexical(tree)
	v, err := s.run(prg)
	if err != nil {
		var exc *goja.Exception
		switch {
		case errors.Is(err, errInterrupted):
			if s.terminal {
				// Node leaves raw mode while code runs, so the terminal
				// echoes the key; it stays in raw mode here.
				s.write("^C")
			}
			done(result{failed: true, thrown: s.interruptedError()})
		case errors.As(err, &exc):
			done(result{failed: true, thrown: exc.Value()})
		default:
			done(result{stopped: true})
		}
		return
	}
	if !async {
		done(result{value: v, hasValue: true})
		return
	}
	s.await(v, done)
}

var errInterrupted = errors.New("interrupted")

// noteLexical remembers the global let, const and class names a script
// declares, for completion: goja cannot list the global lexical scope.
func (s *session) noteLexical(tree *ast.Program) {
	if s.lexical == nil {
		s.lexical = map[string]bool{}
	}
	for _, st := range tree.Body {
		switch st := st.(type) {
		case *ast.LexicalDeclaration:
			for _, b := range st.List {
				for _, n := range bindingNames(b.Target, nil) {
					s.lexical[n] = true
				}
			}
		case *ast.ClassDeclaration:
			if st.Class.Name != nil {
				s.lexical[st.Class.Name.Name.String()] = true
			}
		}
	}
}

// run executes prg, letting the input goroutine interrupt it on Ctrl+C.
func (s *session) run(prg *goja.Program) (goja.Value, error) {
	g := &s.guard
	g.mu.Lock()
	g.running, g.requested = true, false
	g.mu.Unlock()
	v, err := s.vm.RunProgram(prg)
	g.mu.Lock()
	g.running = false
	requested := g.requested
	g.mu.Unlock()
	var intr *goja.InterruptedError
	if errors.As(err, &intr) && intr.Value() == errSIGINT {
		// Nested in the loop's task, goja leaves the flag set: clear it
		// so the loop's own JS goes on.
		s.vm.ClearInterrupt()
		return nil, errInterrupted
	}
	if requested && err == nil {
		// Ctrl+C came as the code finished: do not let it hit other JS.
		if stopped, _ := s.rt.Loop().Stopped(); !stopped {
			s.vm.ClearInterrupt()
		}
	}
	return v, err
}

// await waits for the promise of a top-level-await input; input is held
// meanwhile, and Ctrl+C gives up waiting.
func (s *session) await(p goja.Value, done func(result)) {
	s.paused = true
	settled := false
	settle := func(r result) {
		if settled {
			return
		}
		settled = true
		s.awaitAbort = nil
		s.paused = false
		done(r)
		s.drainLater()
	}
	s.awaitAbort = func() { settle(result{failed: true, thrown: s.interruptedError()}) }
	onValue := s.vm.ToValue(func(v goja.Value) {
		var out goja.Value = goja.Undefined()
		if o, ok := v.(*goja.Object); ok {
			out = o.Get("value")
			if out == nil {
				out = goja.Undefined()
			}
		}
		settle(result{value: out, hasValue: true})
	})
	onError := s.vm.ToValue(func(e goja.Value) { settle(result{failed: true, thrown: e}) })
	obj := p.ToObject(s.vm)
	then, ok := goja.AssertFunction(obj.Get("then"))
	if !ok {
		settle(result{value: p, hasValue: true})
		return
	}
	if _, err := then(obj, onValue, onError); err != nil {
		settle(result{stopped: true})
	}
}
