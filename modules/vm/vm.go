// Package vm is Node's `vm` module: https://nodejs.org/api/vm.html.
//
// goja runs one realm per Runtime and values of two Runtimes must never
// mix, so a "context" cannot be a fresh realm as in V8. A context here is
// the user's object seen through a Proxy that a sloppy-mode `with` block
// puts in front of the global scope, and the code runs through a direct
// eval inside that block: reads find the context's properties first, then
// the real globals; writes, `var` and function declarations land on the
// context object. Built-ins are the main realm's (so `instanceof Array`
// is true across contexts, unlike Node), top-level let/const/class do not
// survive between runs, and frames inside a context name eval rather than
// the script's filename. runInThisContext compiles with the filename and
// line offset and so has exact stacks.
package vm

import (
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"

	"github.com/gorun-js/gorun/internal/nodeerr"
	"github.com/gorun-js/gorun/modules"
)

//go:embed vm.js
var source string

var shim = modules.NewShim("node:vm", source)

// Module declares `vm`.
func Module() modules.Module {
	return modules.Module{Name: "vm", Shim: shim, Binding: binding}
}

// runnerSrc must stay sloppy: `with` and a var-scoped direct eval are what
// route declarations onto the context object. Its parameter names are
// hidden from the context Proxy by the shim (hiddenNames in vm.js).
const runnerSrc = `(function (__gorunVmSandbox__, __gorunVmCode__) {
  with (__gorunVmSandbox__) { return eval(__gorunVmCode__); }
})`

var (
	runnerOnce sync.Once
	runnerPrg  *goja.Program
	runnerErr  error
)

// timeoutSignal is the value goja's Interrupt carries when a script
// overruns its `timeout` option; any other interrupt (a cancelled
// runtime) passes through untouched.
type timeoutSignal struct{ ms int64 }

func binding(c *modules.Context) (*goja.Object, error) {
	vm := c.VM
	runnerOnce.Do(func() { runnerPrg, runnerErr = goja.Compile("node:vm/context", runnerSrc, false) })
	if runnerErr != nil {
		return nil, runnerErr
	}
	rv, err := vm.RunProgram(runnerPrg)
	if err != nil {
		return nil, err
	}
	b := vm.NewObject()
	_ = b.Set("sandboxRunner", rv)

	// compile checks code the way V8 does when a Script is built and
	// returns a function running it in this context. lineOffset and
	// columnOffset move positions by padding, which is what a V8
	// ScriptOrigin does to the reported lines and columns.
	_ = b.Set("compile", func(code, filename string, lineOffset, columnOffset int64) goja.Value {
		padded := pad(code, lineOffset, columnOffset)
		prg, err := goja.Compile(filename, padded, false)
		if err != nil {
			panic(syntaxError(vm, err, filename, padded, 0))
		}
		return vm.ToValue(func(goja.FunctionCall) goja.Value {
			v, err := vm.RunProgram(prg)
			if err != nil {
				panic(err)
			}
			return v
		})
	})
	// compileFunction builds a function of params from body, named by
	// filename in stacks (vm.compileFunction). Its source text is V8's,
	// "function (params) {\nbody\n}", so body lines count from 2.
	_ = b.Set("compileFunction", func(body, params, filename string, lineOffset, columnOffset int64) goja.Value {
		padded := pad(body, lineOffset, columnOffset)
		src := "(function (" + params + ") {\n" + padded + "\n})"
		prg, err := goja.Compile(filename, src+bodySourceMap(filename, padded), false)
		if err != nil {
			panic(syntaxError(vm, err, filename, src, 1))
		}
		// V8 parses params and body on their own; wrapping them in one
		// source lets a stray ')' or '}' close the wrapper early, which
		// must be refused rather than run.
		if msg := escapesWrapper(params, src); msg != "" {
			panic(syntaxError(vm, errors.New(msg), filename, src, 1))
		}
		v, err := vm.RunProgram(prg)
		if err != nil {
			panic(err)
		}
		return v
	})
	_ = b.Set("pad", func(code string, lineOffset, columnOffset int64) string {
		return pad(code, lineOffset, columnOffset)
	})
	// withTimeout calls fn, interrupting it after ms milliseconds
	// (the `timeout` option) with ERR_SCRIPT_EXECUTION_TIMEOUT.
	_ = b.Set("withTimeout", func(ms int64, fn goja.Callable) goja.Value {
		sig := &timeoutSignal{ms: ms}
		t := time.AfterFunc(time.Duration(ms)*time.Millisecond, func() { vm.Interrupt(sig) })
		v, err := fn(goja.Undefined())
		if !t.Stop() {
			vm.ClearInterrupt()
		}
		if err != nil {
			var ie *goja.InterruptedError
			if errors.As(err, &ie) && ie.Value() == sig {
				panic(nodeerr.New(vm, "ERR_SCRIPT_EXECUTION_TIMEOUT", ms))
			}
			panic(err)
		}
		return v
	})
	return b, nil
}

// bodySourceMap is an inline source map that moves every position of a
// compileFunction body up one line, past the wrapper's header, so stacks
// count the body's lines from 1 as V8 does. goja maps a position to its
// segment's column without adding the distance from it, hence one
// segment per character.
//
// goja shows a mapped position's file as a URL resolved against the
// script's name, so a name that does not survive that unchanged (the
// empty default among them) gets no map: its body lines then count from
// 2, a known gap.
func bodySourceMap(filename, body string) string {
	if u, err := url.Parse(filename); filename == "" || err != nil || u.String() != filename {
		return ""
	}
	var m strings.Builder
	m.WriteString(";") // the header line has no mapping
	prevLine, prevCol := 0, 0
	for i, line := range strings.Split(body, "\n") {
		if i > 0 {
			m.WriteByte(';')
		}
		n := utf8.RuneCountInString(line) + 1
		for c := 0; c < n; c++ {
			if c == 0 {
				writeVLQ(&m, 0)
				writeVLQ(&m, 0)
				writeVLQ(&m, i-prevLine)
				writeVLQ(&m, -prevCol)
			} else {
				m.WriteString(",CAAC")
			}
		}
		prevLine, prevCol = i, n-1
	}
	name, _ := json.Marshal(filename)
	js := `{"version":3,"sources":[` + string(name) + `],"names":[],"mappings":"` + m.String() + `"}`
	return "\n//# sourceMappingURL=data:application/json;base64," + base64.StdEncoding.EncodeToString([]byte(js))
}

// writeVLQ appends v in source maps' base64 VLQ.
func writeVLQ(sb *strings.Builder, v int) {
	const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	u := v << 1
	if v < 0 {
		u = (-v)<<1 | 1
	}
	for {
		d := u & 31
		u >>= 5
		if u > 0 {
			d |= 32
		}
		sb.WriteByte(digits[d])
		if u == 0 {
			return
		}
	}
}

// escapesWrapper reports how the wrapped function source src is not one
// function expression (params or body closed the wrapper themselves), as
// a parser message with the position of the closing token.
func escapesWrapper(params, src string) string {
	end, ok := single(src)
	if ok {
		return ""
	}
	if _, ok := single("(function (" + params + ") {\n})"); !ok {
		return "Arg string terminates parameters early"
	}
	// The first statement ends at the '}' that closed the wrapper.
	at := strings.LastIndexByte(src[:min(end+1, len(src))], '}')
	if at < 0 {
		return "Unexpected token '}'"
	}
	pre := src[:at]
	line := strings.Count(pre, "\n") + 1
	col := len(pre) - strings.LastIndexByte(pre, '\n')
	return fmt.Sprintf("Line %d:%d Unexpected token '}'", line, col)
}

// single parses src and reports whether it is one statement, and where
// the first statement ends (a 0-based offset).
func single(src string) (int, bool) {
	prg, err := parser.ParseFile(nil, "", src, 0)
	if err != nil || len(prg.Body) == 0 {
		return 0, false
	}
	return int(prg.Body[0].Idx1()) - 1, len(prg.Body) == 1
}

// pad shifts code down lineOffset lines and right columnOffset columns.
// Negative offsets are not representable this way and are ignored.
func pad(code string, lineOffset, columnOffset int64) string {
	if lineOffset <= 0 && columnOffset <= 0 {
		return code
	}
	var sb strings.Builder
	for i := int64(0); i < lineOffset && i < 1<<20; i++ {
		sb.WriteByte('\n')
	}
	for i := int64(0); i < columnOffset && i < 1<<20; i++ {
		sb.WriteByte(' ')
	}
	sb.WriteString(code)
	return sb.String()
}

// syntaxError turns a goja compile error into a JS SyntaxError, as V8
// throws from new vm.Script, with node's "file:line / source / caret"
// block ahead of its stack (displayErrors). src is the compiled text and
// shift the number of wrapper lines before the user's first line.
func syntaxError(vm *goja.Runtime, err error, filename, src string, shift int) goja.Value {
	msg := err.Error()
	var se *goja.CompilerSyntaxError
	if errors.As(err, &se) {
		msg = se.Message
	}
	// The parser's text is "file: Line L:C message (and N more errors)";
	// V8's message is the bare message.
	line, col := 0, 0
	if i := strings.Index(msg, "Line "); i >= 0 {
		rest := msg[i+len("Line "):]
		if j := strings.IndexByte(rest, ' '); j >= 0 {
			if _, perr := fmt.Sscanf(rest[:j], "%d:%d", &line, &col); perr != nil {
				line = 0
			}
			msg = rest[j+1:]
		}
	}
	if i := strings.LastIndex(msg, " (and "); i >= 0 && strings.HasSuffix(msg, " more errors)") {
		msg = msg[:i]
	}
	ctor, _ := goja.AssertConstructor(vm.Get("SyntaxError"))
	o, cerr := ctor(nil, vm.ToValue(msg))
	if cerr != nil {
		return vm.ToValue(cerr)
	}
	lines := strings.Split(src, "\n")
	if line >= 1 && line <= len(lines) && line-shift >= 1 {
		text := strings.TrimSuffix(lines[line-1], "\r")
		caret := strings.Repeat(" ", max(col-1, 0))
		if col-1 < len(text) {
			caret += "^" // at the end of the input V8 marks nothing
		}
		head := fmt.Sprintf("%s:%d\n%s\n%s\n\n", filename, line-shift, text, caret)
		if stack := o.Get("stack"); stack != nil {
			_ = o.DefineDataProperty("stack", vm.ToValue(head+stack.String()), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		}
	}
	return o
}
