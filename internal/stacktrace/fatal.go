package stacktrace

// What node writes to stderr before exiting on an uncaught exception, after
// node's ReportFatalException and GetErrorSource (src/node_errors.cc): an
// "arrow" (file:line, the source line, a caret under the throw), the
// error as util.inspect shows it, and the version line.

import (
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr"
)

// FormatUncaught returns what node prints to stderr when exc escapes to the
// top of the stack and no 'uncaughtException' listener takes it. The caret
// points where the value was thrown.
func (t *Tracer) FormatUncaught(exc *goja.Exception) string {
	v := exc.Value()
	frames := framesOf(t.br, exc.Stack())
	t.adopt(v, frames)
	loc := t.firstSite(frames)
	if loc == nil {
		// Errors the engine raised carry no throw-time frames (their stack
		// was recorded when they were made, at the same place).
		loc = t.creationSite(v)
	}
	return t.fatal(v, loc, frames)
}

// creationSite is where an error was created, from its own stack.
func (t *Tracer) creationSite(v goja.Value) *site {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	if p := t.pendingOf(o); p != nil && p.owner == o && !p.done {
		return t.firstSite(p.frames)
	}
	if s, ok := o.Get("stack").Export().(string); ok {
		if frames, ok := parseV8Stack(s); ok {
			return t.firstSite(frames)
		}
	}
	return nil
}

// FormatRejection returns what node prints to stderr when a promise
// rejected with reason is never handled. For an error, the caret points
// where the error was created, as V8 reports it. Node wraps any other
// reason in an ERR_UNHANDLED_REJECTION error before getting here; that is
// the caller's job.
func (t *Tracer) FormatRejection(reason goja.Value) string {
	t.adopt(reason, nil)
	return t.fatal(reason, t.creationSite(reason), nil)
}

// Stack returns the V8-format `stack` of the value exc carries, as user
// code would read it after Adopt: an error's stack property, or for a
// thrown non-error the frames where it was thrown.
func (t *Tracer) Stack(exc *goja.Exception) string {
	frames := framesOf(t.br, exc.Stack())
	v := exc.Value()
	if o, ok := v.(*goja.Object); ok {
		t.adopt(v, frames)
		if s, ok := o.Get("stack").Export().(string); ok {
			return s
		}
		return errorString(o)
	}
	b := []byte(v.String())
	for _, s := range t.resolve(frames) {
		b = append(b, "\n    at "...)
		b = s.appendTo(b)
	}
	return string(b)
}

// Adopt gives an error that goja built without the tracer a V8-format
// stack. Such errors are rare (goja's GoError for Go errors, the
// AggregateError of Promise.any) and their stack is goja's text,
// "\tat f (file:1:2(3))". Call it when one may reach user code from Go,
// for example before emitting it as an 'error' event. Errors that already
// have a V8 stack, or a stack their code assigned, are left alone. The
// Format functions adopt what they print.
func (t *Tracer) Adopt(v goja.Value) {
	t.adopt(v, nil)
}

// adopt is Adopt with the exception's frames when the caller has them;
// otherwise they are recovered from goja's text.
func (t *Tracer) adopt(v goja.Value, frames []frame) {
	o, ok := v.(*goja.Object)
	if !ok || o.ClassName() != "Error" || t.pendingOf(o) != nil {
		return
	}
	s, ok := o.Get("stack").Export().(string)
	if !ok || !isGojaStack(s, errorString(o)) {
		return
	}
	if frames == nil {
		// Text with no frames at all (an error made in a promise job)
		// parses to none.
		if frames, ok = parseGojaStack(s); !ok && s != errorString(o)+"\n" {
			return
		}
	}
	kept := t.visible(frames)
	if limit, ok := t.stackLimit(); ok && len(kept) > limit {
		kept = kept[:limit]
	}
	func() {
		defer func() { _ = recover() }() // frozen errors keep goja's text
		t.setPending(o, kept)
	}()
}

// visible returns the frames V8 would show: native frames it hides
// (bound functions, call/apply, host functions) are dropped.
func (t *Tracer) visible(frames []frame) []frame {
	kept := frames[:0:0]
	for i := range frames {
		if !frames[i].native || !t.hidden(&frames[i]) {
			kept = append(kept, frames[i])
		}
	}
	return kept
}

// isGojaStack reports whether s is the text goja formats for an error
// whose first line is header.
func isGojaStack(s, header string) bool {
	return strings.HasPrefix(s, header+"\n") && (len(s) == len(header)+1 || strings.HasPrefix(s[len(header):], "\n\tat "))
}

// firstSite resolves the first frame that has a source position.
func (t *Tracer) firstSite(frames []frame) *site {
	for i := range frames {
		if frames[i].native {
			continue
		}
		s := t.resolve(frames[i : i+1])[0]
		if s.native || s.line == 0 {
			continue
		}
		return &s
	}
	return nil
}

// fatal formats a fatal exception report for v thrown at loc; thrownAt
// are the frames where it was thrown, when known, for --trace-uncaught.
func (t *Tracer) fatal(v goja.Value, loc *site, thrownAt []frame) string {
	arrow := t.arrow(loc)
	var b strings.Builder
	o, isObj := v.(*goja.Object)
	switch {
	case isObj && o.ClassName() == "Error":
		if arrow != "" {
			b.WriteString(arrow)
			b.WriteByte('\n')
		}
		b.WriteString(t.inspect(v))
	case isObj:
		if arrow != "" {
			b.WriteByte('\n')
			b.WriteString(arrow)
		}
		b.WriteString(t.inspect(v))
	default:
		if arrow != "" {
			b.WriteByte('\n')
			b.WriteString(arrow)
		}
		if _, isSym := v.(*goja.Symbol); !isSym {
			b.WriteString(v.String()) // node prints nothing for a symbol
		}
		if t.opts.TraceUncaught && thrownAt != nil {
			b.WriteString("\nThrown at:")
			for _, s := range t.resolve(t.visible(thrownAt)) {
				b.WriteString("\n    at ")
				b.Write(s.appendTo(nil))
			}
			b.WriteByte('\n')
			break
		}
		b.WriteString("\n(Use `")
		b.WriteString(t.programName())
		b.WriteString(" --trace-uncaught ...` to show where the exception was thrown)")
	}
	b.WriteString("\n\nNode.js ")
	b.WriteString(t.opts.Version)
	b.WriteByte('\n')
	return b.String()
}

func (t *Tracer) programName() string {
	if t.opts.ProgramName != "" {
		return t.opts.ProgramName
	}
	return "node"
}

func (t *Tracer) inspect(v goja.Value) string {
	if t.opts.Inspect != nil {
		return t.opts.Inspect(v)
	}
	return nodeerr.Inspect(t.vm, v, map[string]any{"depth": 5, "customInspect": false})
}

// arrow is node's GetErrorSource: "file:line", the line, and a caret.
func (t *Tracer) arrow(loc *site) string {
	if loc == nil || loc.file == "" {
		return ""
	}
	line, ok := t.sourceLine(loc.file, loc.line)
	if !ok {
		return ""
	}
	return arrowText(loc.file, loc.line, line, loc.col-1, loc.col)
}

func (t *Tracer) sourceLine(file string, line int) (string, bool) {
	st := t.source(file)
	if st == nil {
		return "", false
	}
	return st.line(line)
}

// arrowText underlines [start, end) of a line. Like node, it indexes the
// UTF-8 bytes of the line with V8's UTF-16 columns and keeps tabs so the
// caret lines up in a terminal.
func arrowText(file string, lineNo int, line string, start, end int) string {
	head := file + ":" + strconv.Itoa(lineNo) + "\n" + line + "\n"
	if start > end || start < 0 || end > len(line) {
		return head
	}
	u := make([]byte, 0, end+1)
	for i := 0; i < start && i < len(line); i++ {
		if line[i] == '\t' {
			u = append(u, '\t')
		} else {
			u = append(u, ' ')
		}
	}
	for i := start; i < end && i < len(line); i++ {
		u = append(u, '^')
	}
	return head + string(append(u, '\n'))
}

// A SyntaxError is a compile error described the way V8 reports it.
type SyntaxError struct {
	File    string // as the compiler was given it
	Line    int    // 1-based, in the file the user wrote
	Column  int    // 1-based, in UTF-16 units as V8 counts
	Length  int    // width of the offending token, in bytes of its line
	Message string // V8's wording, without the "SyntaxError: " prefix
}

var gojaParseError = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(.*): Line (\d+):(\d+) (.*?)(?: \(and \d+ more errors\))?$`)
})

// ParseSyntaxError converts a compile error from goja (goja.Compile or
// goja.Parse) into V8's terms: the message V8 would give where goja's
// wording differs, and the position in the file the user wrote.
func (t *Tracer) ParseSyntaxError(err error) (*SyntaxError, bool) {
	ce, ok := err.(*goja.CompilerSyntaxError)
	if !ok {
		return nil, false
	}
	se := &SyntaxError{Message: ce.Message}
	byteCol := 0
	if ce.File != nil {
		p := ce.File.Position(ce.Offset)
		se.File, se.Line, byteCol = p.Filename, p.Line, p.Column
	} else if m := gojaParseError().FindStringSubmatch(ce.Message); m != nil {
		se.File, se.Message = m[1], m[4]
		se.Line, _ = strconv.Atoi(m[2])
		byteCol, _ = strconv.Atoi(m[3])
	} else {
		return nil, false
	}
	if h := t.opts.Position; h != nil {
		se.Line, byteCol = clampPos(h(se.File, se.Line, byteCol))
	}
	if st := t.source(se.File); st != nil {
		// Past the end of what the user wrote (in the loader's closing
		// "})"): the file ends inside an unclosed construct.
		last, _ := st.line(len(st.lines))
		if se.Line > len(st.lines) || se.Line == len(st.lines) && byteCol > len(last)+1 {
			se.Line, byteCol, se.Message = len(st.lines), len(last)+1, "Unexpected end of input"
		}
	}
	se.Column, se.Length = byteCol, 1
	line, haveLine := t.sourceLine(se.File, se.Line)
	off := byteCol - 1
	if haveLine && off <= len(line) {
		se.Column = newSourceText(line).utf16Column(1, byteCol)
		se.Length = tokenLength(line, off)
	}
	switch msg := se.Message; {
	case msg == "Unexpected token ILLEGAL":
		se.Message = "Invalid or unexpected token"
		if haveLine && off < len(line) && line[off] != '"' && line[off] != '\'' && line[off] != '`' {
			se.Length = 1
		}
	case msg == "Unexpected end of input":
		se.Length = 0
	case msg == "Unexpected identifier" && haveLine && off < len(line):
		se.Message = "Unexpected identifier '" + line[off:off+se.Length] + "'"
	case strings.HasPrefix(msg, "Unexpected token ") && !strings.HasSuffix(msg, "'"):
		se.Message = "Unexpected token '" + strings.TrimPrefix(msg, "Unexpected token ") + "'"
	}
	return se, true
}

// Arrow returns node's source excerpt for a syntax error: file:line, the
// line, and the offending token underlined. Node puts it on top of the
// SyntaxError's stack when a module fails to compile.
func (t *Tracer) Arrow(se *SyntaxError) string {
	line, ok := t.sourceLine(se.File, se.Line)
	if !ok {
		return ""
	}
	return arrowText(se.File, se.Line, line, se.Column-1, se.Column-1+se.Length)
}

// FormatSyntaxError returns what node prints when the entry script does
// not compile.
func (t *Tracer) FormatSyntaxError(se *SyntaxError) string {
	var b strings.Builder
	if a := t.Arrow(se); a != "" {
		b.WriteString(a)
		b.WriteByte('\n')
	}
	b.WriteString("SyntaxError: ")
	b.WriteString(se.Message)
	b.WriteString("\n\nNode.js ")
	b.WriteString(t.opts.Version)
	b.WriteByte('\n')
	return b.String()
}

// parseV8Stack recovers the first frames' positions from a V8-format
// stack, for errors whose stack was formatted before they were rejected.
func parseV8Stack(s string) ([]frame, bool) {
	var out []frame
	for _, ln := range strings.Split(s, "\n") {
		rest, ok := strings.CutPrefix(ln, "    at ")
		if !ok {
			continue
		}
		if strings.HasSuffix(rest, ")") {
			if k := strings.LastIndex(rest, " ("); k >= 0 {
				rest = rest[k+2 : len(rest)-1]
			}
		}
		c := strings.LastIndexByte(rest, ':')
		if c < 0 {
			continue
		}
		l := strings.LastIndexByte(rest[:c], ':')
		if l < 0 {
			continue
		}
		line, err1 := strconv.Atoi(rest[l+1 : c])
		col, err2 := strconv.Atoi(rest[c+1:])
		if err1 != nil || err2 != nil {
			continue
		}
		out = append(out, frame{txt: &frameText{file: rest[:l], line: line, col: col, posSet: true, final: true}})
	}
	return out, len(out) > 0
}
