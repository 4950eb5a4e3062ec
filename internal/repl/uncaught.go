package repl

import (
	"strings"
	"unicode/utf16"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr"
)

// Errors are printed as node's REPL prints them (its domain 'error'
// handler): the stack cut below the REPL input's own frame, then
// util.inspect, then "Uncaught " in front of the error's first line.

var (
	// errorHeadLine finds the line where the error proper starts, after
	// a syntax error's source excerpt.
	errorHeadLine = lazyRegexp(`^\[?([A-Z][a-z0-9_]*)*Error`)
	replHeader    = lazyRegexp(`^REPL\d+:\d+\r?\n`)
	frameLines    = lazyRegexp(`(?m)^\s+at\s.*\n?`)
	// gojaFrame is goja's native frame format, which ends in the program
	// counter: `at f (REPL1:1:5(3))`.
	gojaFrame = lazyRegexp(`^(.*:\d+:\d+)\(\d+\)(\)?)$`)
)

// reportError prints e as "Uncaught …" and shows a fresh prompt. It is
// used for errors thrown by the input and for errors that escape callbacks
// later (uncaught exceptions, unhandled rejections), like node's REPL.
func (s *session) reportError(e goja.Value) {
	errStack := ""
	if o, ok := e.(*goja.Object); ok && s.isError(o) {
		s.trimStack(o)
		errStack = s.writer(e)
		// A one-line error is printed without the brackets inspect adds.
		if strings.HasPrefix(errStack, "[") && strings.HasSuffix(errStack, "]") {
			errStack = errStack[1 : len(errStack)-1]
		}
	}
	if !s.underscoreErrAssigned {
		s.lastError = e
	}
	if s.userListeners("uncaughtException") > 0 {
		// The program handles its own uncaught exceptions.
		s.emitProcess("uncaughtException", e)
		s.buffered = ""
		s.displayPrompt(false)
		return
	}
	if errStack == "" {
		errStack = s.writer(e)
	}
	lines := splitAfterNewline(errStack)
	var sb strings.Builder
	matched := false
	for _, line := range lines {
		if !matched && errorHeadLine().MatchString(line) {
			if int64(jsLength(line)) <= s.breakLength() {
				sb.WriteString("Uncaught " + line)
			} else {
				sb.WriteString("Uncaught:\n" + line)
			}
			matched = true
			continue
		}
		sb.WriteString(line)
	}
	out := sb.String()
	if !matched {
		if len(lines) == 1 {
			out = "Uncaught " + out
		} else {
			out = "Uncaught:\n" + out
		}
	}
	if !strings.HasSuffix(out, "\n") {
		out += "\n"
	}
	s.write(out)
	s.buffered = ""
	s.displayPrompt(false)
}

// jsLength is a string's length in UTF-16 code units, as JS counts it.
func jsLength(s string) int { return len(utf16.Encode([]rune(s))) }

// splitAfterNewline splits s into lines that keep their "\n".
func splitAfterNewline(s string) []string {
	var out []string
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	if out == nil {
		out = []string{""}
	}
	return out
}

// isError is node's isError: a native error or an instance of Error.
func (s *session) isError(o *goja.Object) bool {
	if o.ClassName() == "Error" {
		return true
	}
	return s.errorCtor != nil && o.Get("stack") != nil && s.vm.InstanceOf(o, s.errorCtor)
}

// trimStack removes what is below the input's own code from an error's
// stack: the REPL's top-level frame and whatever called it (the loop's
// machinery), keeping the frames of functions the input called. Syntax
// errors keep no frames at all: their excerpt says where they are.
func (s *session) trimStack(o *goja.Object) {
	sv := o.Get("stack")
	if sv == nil || !goja.IsString(sv) {
		return
	}
	stack := sv.String()
	if stack == "" {
		return
	}
	var trimmed string
	if name := o.Get("name"); name != nil && name.String() == "SyntaxError" {
		trimmed = frameLines().ReplaceAllString(replHeader().ReplaceAllString(stack, ""), "")
	} else {
		trimmed = trimFrames(stack)
	}
	if trimmed != stack {
		_ = o.Set("stack", trimmed)
	}
}

// trimFrames cuts a stack at the last frame without a function name that
// runs REPL code (the input's top level), or failing that at the last
// frame without a function name, as node does; goja's frame format is
// turned into V8's on the way.
func trimFrames(stack string) string {
	lines := strings.Split(stack, "\n")
	first := -1
	for i, l := range lines {
		if isFrame(l) {
			first = i
			break
		}
	}
	if first < 0 {
		return stack
	}
	end := first
	for end < len(lines) && isFrame(lines[end]) {
		lines[end] = normalizeFrame(lines[end])
		end++
	}
	frames := lines[first:end]
	cut := -1
	for i := len(frames) - 1; i >= 0; i-- {
		if loc, anonymous := frameLocation(frames[i]); anonymous && strings.HasPrefix(loc, "REPL") {
			cut = i
			break
		}
	}
	if cut < 0 {
		for i := len(frames) - 1; i >= 0; i-- {
			if _, anonymous := frameLocation(frames[i]); anonymous {
				cut = i
				break
			}
		}
	}
	if cut < 0 {
		return strings.Join(lines, "\n")
	}
	out := append(append([]string{}, lines[:first]...), frames[:cut]...)
	rest := lines[end:]
	if len(rest) == 1 && rest[0] == "" {
		// goja ends stacks with a newline, V8 does not.
		rest = nil
	}
	out = append(out, rest...)
	return strings.Join(out, "\n")
}

func isFrame(line string) bool {
	t := strings.TrimLeft(line, " \t")
	return len(t) < len(line) && strings.HasPrefix(t, "at ")
}

// normalizeFrame writes a frame as V8 does: four spaces, no goja program
// counter.
func normalizeFrame(line string) string {
	t := strings.TrimLeft(line, " \t")
	if m := gojaFrame().FindStringSubmatch(t); m != nil {
		t = m[1] + m[2]
	}
	return "    " + t
}

// frameLocation returns the location of a frame and whether the frame has
// no function name ("at REPL1:1:7" rather than "at f (REPL1:1:7)").
func frameLocation(frame string) (string, bool) {
	t := strings.TrimPrefix(strings.TrimLeft(frame, " \t"), "at ")
	if strings.HasSuffix(t, ")") {
		if i := strings.LastIndex(t, " ("); i >= 0 {
			return t[i+2 : len(t)-1], false
		}
	}
	return t, true
}

// newSyntaxError builds the SyntaxError node reports for input that does
// not parse, with V8's excerpt of the offending line in its stack.
func (s *session) newSyntaxError(se *syntaxError) goja.Value {
	vm := s.vm
	var obj *goja.Object
	if ctor, ok := goja.AssertConstructor(vm.Get("SyntaxError")); ok {
		if o, err := ctor(nil, vm.ToValue(se.message)); err == nil {
			obj = o
		}
	}
	if obj == nil {
		obj = vm.NewObject()
		_ = obj.Set("name", "SyntaxError")
		_ = obj.Set("message", se.message)
	}
	caret := ""
	if se.width > 0 {
		caret = strings.Repeat(" ", se.col) + strings.Repeat("^", se.width)
	}
	stack := se.source + "\n" + caret +
		"\n\nSyntaxError: " + se.message + "\n"
	_ = obj.DefineDataProperty("stack", vm.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return obj
}

// interruptedError is what an input stopped by Ctrl+C throws.
func (s *session) interruptedError() goja.Value {
	e := nodeerr.New(s.vm, "ERR_SCRIPT_EXECUTION_INTERRUPTED")
	_ = e.Set("stack", "Error: Script execution was interrupted by `SIGINT`")
	return e
}

// installListeners makes errors that escape callbacks print as "Uncaught"
// errors instead of ending the program, as node's REPL domain does: it
// takes the uncaught-exception capture callback (so, as in node,
// process.hasUncaughtExceptionCaptureCallback() is true) and listens for
// unhandled rejections, whose reason it prints as it is.
func (s *session) installListeners() {
	if s.process == nil {
		return
	}
	capture := s.vm.ToValue(func(e goja.Value) {
		if !s.closed {
			s.reportError(e)
		}
	})
	if s.callProcess("setUncaughtExceptionCaptureCallback", capture) {
		s.captured = true
	}
	fn := s.vm.ToValue(func(e goja.Value) {
		if s.closed || s.userListeners("unhandledRejection") > 0 {
			return
		}
		s.reportError(e)
	})
	if s.callProcess("on", s.vm.ToValue("unhandledRejection"), fn) {
		s.listeners = append(s.listeners, listener{"unhandledRejection", fn})
	}
}

func (s *session) removeListeners() {
	for _, l := range s.listeners {
		s.callProcess("removeListener", s.vm.ToValue(l.event), l.fn)
	}
	s.listeners = nil
	if s.captured {
		s.callProcess("setUncaughtExceptionCaptureCallback", goja.Null())
		s.captured = false
	}
}

// userListeners counts the program's own listeners for event.
func (s *session) userListeners(event string) int {
	if s.process == nil {
		return 0
	}
	count, ok := goja.AssertFunction(s.process.Get("listenerCount"))
	if !ok {
		return 0
	}
	v, err := count(s.process, s.vm.ToValue(event))
	if err != nil {
		return 0
	}
	n := int(v.ToInteger())
	for _, l := range s.listeners {
		if l.event == event {
			n--
		}
	}
	return n
}

func (s *session) emitProcess(event string, arg goja.Value) {
	s.callProcess("emit", s.vm.ToValue(event), arg)
}

func (s *session) callProcess(method string, args ...goja.Value) bool {
	if s.process == nil {
		return false
	}
	fn, ok := goja.AssertFunction(s.process.Get(method))
	if !ok {
		return false
	}
	_, err := fn(s.process, args...)
	return err == nil
}
