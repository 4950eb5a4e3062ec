package stacktrace

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// A frame is one entry of a captured stack. It holds Go values only (the
// program and counter, the receiver and callee); names, corrected positions
// and the printed form are worked out when someone reads the stack, as V8
// does, so that creating an error stays cheap.
type frame struct {
	prg       *goja.Program // nil for native frames and text frames
	this      goja.Value
	callee    *goja.Object
	newTarget *goja.Object
	txt       *frameText // rarely needed; kept apart to keep frames small
	pc        int

	native bool // a builtin implemented in Go
	async  bool // an async function awaiting, not on the synchronous stack
	live   bool // this, callee and newTarget were read from the stack
}

// frameText is what a frame knows only as text: goja's function name when
// the callee is unknown, and a position known up front (frames recovered
// from text, or captured without the bridge).
type frameText struct {
	name      string
	file      string
	line, col int
	fault     string // for the top frame of an engine error: see faultColumn
	posSet    bool   // file, line and col are goja's positions
	final     bool   // ... and already V8's (read back from a V8 stack)
}

var noText frameText

// text returns the frame's text part, empty when it has none.
func (f *frame) text() *frameText {
	if f.txt == nil {
		return &noText
	}
	return f.txt
}

// setText returns the frame's text part for writing.
func (f *frame) setText() *frameText {
	if f.txt == nil {
		f.txt = &frameText{}
	}
	return f.txt
}

// fromStackFrame converts one of goja's public frames.
func fromStackFrame(br *layout, sf *goja.StackFrame) frame {
	var f frame
	if name := sf.FuncName(); name != "<anonymous>" && name != "<native>" {
		f.setText().name = name
	}
	if br != nil {
		f.prg, f.pc = br.frameProgram(sf)
	}
	if f.prg == nil {
		if sf.SrcName() == "<native>" {
			f.native = true
		} else {
			p := sf.Position()
			*f.setText() = frameText{name: f.text().name, file: p.Filename, line: p.Line, col: p.Column, posSet: true}
		}
	}
	return f
}

// framesOf converts the frames goja recorded for an exception.
func framesOf(br *layout, sfs []goja.StackFrame) []frame {
	out := make([]frame, 0, len(sfs))
	for i := range sfs {
		out = append(out, fromStackFrame(br, &sfs[i]))
	}
	return out
}

// parseGojaStack recovers frames from the text goja stores in the `stack`
// property of errors it formatted itself:
//
//	TypeError: msg
//		at f (/a/b.js:3:9(12))
//		at /a/b.js:5:1(4)
//		at map (native)
//
// This is the only record left of where an engine error came from once it
// has been caught and handed around as a plain value.
func parseGojaStack(s string) ([]frame, bool) {
	i := strings.Index(s, "\n\tat ")
	if i < 0 {
		return nil, false
	}
	var out []frame
	for _, ln := range strings.Split(s[i+1:], "\n") {
		if ln == "" {
			continue
		}
		rest, ok := strings.CutPrefix(ln, "\tat ")
		if !ok {
			return nil, false
		}
		f := frame{txt: &frameText{}}
		if rest == "native" || strings.HasSuffix(rest, " (native)") {
			f.native = true
			if rest != "native" {
				f.txt.name = strings.TrimSuffix(rest, " (native)")
			}
			out = append(out, f)
			continue
		}
		loc := rest
		if strings.HasSuffix(rest, "))") {
			k := strings.Index(rest, " (")
			if k < 0 {
				return nil, false
			}
			f.txt.name, loc = rest[:k], rest[k+2:len(rest)-1]
		}
		k := strings.LastIndexByte(loc, '(')
		if k < 0 {
			return nil, false
		}
		loc = loc[:k]
		c := strings.LastIndexByte(loc, ':')
		l := strings.LastIndexByte(loc[:max(c, 0)], ':')
		if c < 0 || l < 0 {
			return nil, false
		}
		line, err1 := strconv.Atoi(loc[l+1 : c])
		col, err2 := strconv.Atoi(loc[c+1:])
		if err1 != nil || err2 != nil {
			return nil, false
		}
		f.txt.file, f.txt.line, f.txt.col, f.txt.posSet = loc[:l], line, col, true
		out = append(out, f)
	}
	return out, true
}

// hiddenNative reports whether a native frame is one V8 leaves out of stack
// traces: the call/apply/construct trampolines and bound functions, which V8
// implements without a visible frame, and functions the host defined in Go
// (V8 never shows embedder callbacks). goja names the latter after their Go
// symbol, which always contains a dot or a slash.
func hiddenNative(name string) bool {
	switch name {
	case "call", "apply", "construct", "":
		return true
	}
	return strings.HasPrefix(name, "bound ") || strings.ContainsAny(name, "./")
}
