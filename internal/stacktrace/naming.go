package stacktrace

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

// site is a frame resolved into everything V8 reports about it.
type site struct {
	file            string // script name; "" for builtins and eval code
	line, col       int    // 1-based, columns in UTF-16 units; 0 when unknown
	encLine, encCol int    // where the enclosing function starts
	offset          int    // byte offset in compiled code, -1 when unknown
	funcName        string
	typeName        string
	methodName      string
	evalOrigin      string
	this            goja.Value
	fn              *goja.Object
	native          bool
	eval            bool
	async           bool
	ctor            bool
	top             bool
}

// wrapperPrefix is how node's CommonJS wrapper (and gorun's) begins.
const wrapperPrefix = "(function (exports, require, module, __filename, __dirname)"

// resolve works out the V8 view of frames.
func (t *Tracer) resolve(frames []frame) []site {
	sites := make([]site, len(frames))
	for i := range frames {
		t.locate(&frames[i], &sites[i])
	}
	for i := range frames {
		t.describe(frames, sites, i)
	}
	for i := len(sites) - 1; i >= 0; i-- {
		if sites[i].eval {
			sites[i].evalOrigin = t.evalOrigin(frames, sites, i)
		}
	}
	return sites
}

// evalOrigin names the place code was eval'd from. goja does not record
// it, so it is taken from the frame below: right for direct eval and for
// functions called where new Function made them, and for functions of an
// eval'd script called by that script.
func (t *Tracer) evalOrigin(frames []frame, sites []site, i int) string {
	if i+1 >= len(sites) {
		return "eval at <anonymous>"
	}
	f, c, cs := &frames[i], &frames[i+1], sites[i+1]
	if cs.eval && f.prg != nil && c.prg != nil && t.br != nil && t.br.programFile(f.prg) == t.br.programFile(c.prg) {
		return cs.evalOrigin
	}
	if t.br != nil && f.prg != nil && t.br.programName(f.prg) == "anonymous" && c.prg != nil {
		// new Function(...) made this function: V8 points at that
		// expression, usually on the line it is called from.
		text, off, _ := t.callSiteText(c)
		start := strings.LastIndexByte(text[:off], '\n') + 1
		if p := strings.Index(text[start:off], "new Function"); p >= 0 {
			pf := t.br.programFile(c.prg)
			pos := pf.Position(start + p)
			cs.line, cs.col = pos.Line, utf16ColumnAt(text, start+p)
			if h := t.opts.Position; h != nil && !cs.eval {
				cs.line, cs.col = clampPos(h(cs.file, cs.line, cs.col))
			}
		}
	}
	name := cs.funcName
	if name == "" {
		name = "<anonymous>"
	}
	return "eval at " + name + " (" + string(cs.appendLocation(nil)) + ")"
}

// locate finds where a frame is, in V8's terms.
func (t *Tracer) locate(f *frame, s *site) {
	s.offset = -1
	s.async = f.async
	if f.native {
		s.native = true
		if f.live && f.callee != nil {
			if file, ok := t.nativeFiles[f.callee]; ok {
				s.file, s.native = file, false
			}
		}
		return
	}
	mapped := false
	x := f.text()
	switch {
	case x.final:
		s.file, s.line, s.col = x.file, x.line, x.col
		return
	case f.prg != nil && t.br != nil:
		pf := t.br.programFile(f.prg)
		text := pf.Source()
		off := callColumn(text, t.br.sourceOffset(f.prg, f.pc))
		off = faultColumn(text, off, x.fault)
		if f.async {
			off = awaitColumn(text, off)
		}
		p := pf.Position(off)
		s.file, s.line, s.col, s.offset = p.Filename, p.Line, p.Column, off
		plain := p.Filename == pf.Name() // no source map moved it
		if plain {
			s.col = utf16ColumnAt(text, off)
		}
		if fs := t.br.functionStart(f.prg); fs >= 0 {
			ep := pf.Position(fs)
			s.encLine, s.encCol = ep.Line, ep.Column
			if plain {
				s.encCol = utf16ColumnAt(text, fs)
			}
		}
	case x.posSet:
		s.file, s.line, s.col = x.file, x.line, x.col
		mapped = true
	default:
		s.native = true
		return
	}
	if s.file == "<eval>" {
		s.eval, s.file = true, ""
		return
	}
	if h := t.opts.Position; h != nil {
		s.line, s.col = clampPos(h(s.file, s.line, s.col))
		if s.encLine > 0 {
			s.encLine, s.encCol = clampPos(h(s.file, s.encLine, s.encCol))
		}
	}
	if mapped {
		// Only goja's text is known: correct the column against the file.
		if st := t.source(s.file); st != nil {
			if off, ok := st.offset(s.line, s.col); ok {
				off = callColumn(st.text, off)
				if f.async {
					off = awaitColumn(st.text, off)
				}
				s.line, s.col = st.position(off)
			}
			s.col = st.utf16Column(s.line, s.col)
		}
	}
}

func clampPos(line, col int) (int, int) {
	return max(line, 1), max(col, 1)
}

// utf16ColumnAt returns the 1-based UTF-16 column of a byte offset.
func utf16ColumnAt(text string, off int) int {
	off = min(off, len(text))
	start := strings.LastIndexByte(text[:off], '\n') + 1
	n := 1
	for _, r := range text[start:off] {
		if r >= 0x10000 {
			n++
		}
		n++
	}
	return n
}

// describe works out how V8 names a frame.
func (t *Tracer) describe(frames []frame, sites []site, i int) {
	f, s := &frames[i], &sites[i]
	compiled := f.text().name
	if f.prg != nil && t.br != nil {
		compiled = t.br.programName(f.prg)
	}
	// The script eval runs, and functions new Function creates, are
	// called "eval" by V8. For the former, goja's callee slot holds the
	// function that called eval.
	evalScript := s.eval && compiled == ""
	evalCode := evalScript || s.eval && compiled == "anonymous"
	fn := f.callee
	if !f.live || evalScript {
		fn = nil
	}
	s.fn = fn
	switch {
	case fn != nil:
		s.funcName, _ = fn.Get("name").Export().(string)
	default:
		s.funcName = compiled
	}
	// A loader may name its module wrapper so it can find it; V8's wrapper
	// is anonymous, and module-level frames print as Object.<anonymous>.
	if w := t.opts.WrapperName; w != "" && compiled == w {
		compiled = ""
		if s.funcName == w {
			s.funcName = ""
		}
	}
	if s.funcName == "" && f.prg != nil && t.br != nil && !s.eval {
		s.funcName = inferredName(t.br.programFile(f.prg).Source(), t.br.functionStart(f.prg))
	}
	if evalCode && (s.funcName == "" || s.funcName == "anonymous") {
		s.funcName = "eval"
	}

	switch {
	case s.eval || f.async:
		s.top = true
	case f.live:
		s.this = f.this
		s.ctor = t.isConstruct(f)
		s.top = t.isTopReceiver(f.this)
	default:
		s.top = true
		if i+1 < len(frames) {
			if text, off, ok := t.callSiteText(&frames[i+1]); ok && isNewAt(text, off) {
				s.ctor = true
				if s.funcName == "" {
					s.funcName = newCallee(text, off)
				}
			}
		}
		if !s.ctor && compiled == "" && t.isModuleWrapper(f) {
			s.top, s.typeName = false, "Object"
		}
	}
	if !s.top && !s.ctor && f.live {
		shared := compiled
		if f.native {
			shared = s.funcName
		}
		s.typeName, s.methodName = t.typeAndMethod(f.this, fn, shared)
	}
}

// isConstruct reports whether a live frame runs a constructor. goja lets
// new.target leak into plain calls made by a constructor, so the callee
// must be new.target itself or, for class constructors reached through
// super(), one of its ancestors.
func (t *Tracer) isConstruct(f *frame) bool {
	nt, fn := f.newTarget, f.callee
	if nt == nil || fn == nil {
		return false
	}
	if nt == fn {
		return true
	}
	if t.br == nil || !t.br.isClass(fn) {
		return false
	}
	for p, n := nt.Prototype(), 0; p != nil && n < 64; p, n = p.Prototype(), n+1 {
		if p == fn {
			return true
		}
	}
	return false
}

// isTopReceiver is V8's CallSiteInfo::IsToplevel: the receiver is the
// global object or missing.
func (t *Tracer) isTopReceiver(v goja.Value) bool {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return true
	}
	o, ok := v.(*goja.Object)
	return ok && o == t.vm.GlobalObject()
}

// callSiteText returns the compiled text around frame f's call site and
// goja's uncorrected offset of it.
func (t *Tracer) callSiteText(f *frame) (string, int, bool) {
	switch {
	case f.prg != nil && t.br != nil:
		return t.br.programFile(f.prg).Source(), t.br.sourceOffset(f.prg, f.pc), true
	case f.text().posSet:
		x := f.text()
		line, col := x.line, x.col
		if h := t.opts.Position; h != nil {
			line, col = h(x.file, line, col)
		}
		if st := t.source(x.file); st != nil {
			if off, ok := st.offset(line, col); ok {
				return st.text, off, true
			}
		}
	}
	return "", 0, false
}

// isModuleWrapper reports whether an anonymous frame without a known
// receiver is a CommonJS module's top level.
func (t *Tracer) isModuleWrapper(f *frame) bool {
	if f.prg == nil || t.br == nil {
		return false
	}
	pf := t.br.programFile(f.prg)
	fs := t.br.functionStart(f.prg)
	if fs < 0 {
		return false
	}
	if h := t.opts.IsModuleWrapper; h != nil {
		p := pf.Position(fs)
		return h("", p.Filename, p.Line, p.Column)
	}
	return fs <= 1 && strings.HasPrefix(pf.Source(), wrapperPrefix)
}

// typeAndMethod returns V8's type name for a method frame's receiver and
// the property name the function was called through.
func (t *Tracer) typeAndMethod(this goja.Value, fn *goja.Object, shared string) (string, string) {
	if o, ok := this.(*goja.Object); ok && t.br != nil && t.br.isProxy(o) {
		return "Proxy", ""
	}
	h := t.helper()
	if h == nil {
		return "", ""
	}
	isClass := false
	if o, ok := this.(*goja.Object); ok && t.br != nil {
		isClass = t.br.isClass(o)
	}
	var fnv goja.Value = goja.Undefined()
	if fn != nil {
		fnv = fn
	}
	res, err := h(goja.Undefined(), this, fnv, t.vm.ToValue(shared), t.vm.ToValue(isClass))
	if err != nil {
		return "", ""
	}
	arr, ok := res.(*goja.Object)
	if !ok {
		return "", ""
	}
	typ, _ := arr.Get("0").Export().(string)
	method, _ := arr.Get("1").Export().(string)
	return typ, method
}

//go:embed helpers.js
var helpersSource string

var helpersProgram = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile("node:internal/stacktrace", helpersSource, true)
})

// helpers holds the per-runtime instance of helpers.js.
type helpers struct {
	typeAndMethod goja.Callable
}

// helper instantiates helpers.js on first use, with intrinsics captured
// at Install.
func (t *Tracer) helper() goja.Callable {
	if t.helpers != nil {
		return t.helpers.typeAndMethod
	}
	t.helpers = &helpers{}
	prg, err := helpersProgram()
	if err != nil {
		return nil
	}
	factory, err := t.vm.RunProgram(prg)
	if err != nil {
		return nil
	}
	f, ok := goja.AssertFunction(factory)
	if !ok {
		return nil
	}
	in := t.intrinsics
	v, err := f(goja.Undefined(), in.getOwnPropertyDescriptor, in.getPrototypeOf, in.keys, in.object, in.toStringTag)
	if err != nil {
		return nil
	}
	t.helpers.typeAndMethod, _ = goja.AssertFunction(v)
	return t.helpers.typeAndMethod
}

// appendTo writes the frame the way V8's SerializeJSStackFrame does.
func (s *site) appendTo(b []byte) []byte {
	if s.async {
		b = append(b, "async "...)
	}
	switch {
	case !s.top && !s.ctor:
		b = s.appendMethodCall(b)
	case s.ctor:
		b = append(b, "new "...)
		if s.funcName != "" {
			b = append(b, s.funcName...)
		} else {
			b = append(b, "<anonymous>"...)
		}
	case s.funcName != "":
		b = append(b, s.funcName...)
	default:
		return s.appendLocation(b)
	}
	b = append(b, " ("...)
	b = s.appendLocation(b)
	return append(b, ')')
}

// appendMethodCall writes `Type.name [as method]`. V8 leaves the type out
// when the name already starts with it, and, as node 20 shows, when the
// name is an inferred path ("a.b.c") or an accessor's ("get x").
func (s *site) appendMethodCall(b []byte) []byte {
	fn, typ, method := s.funcName, s.typeName, s.methodName
	if fn == "" {
		if typ != "" {
			b = append(b, typ...)
			b = append(b, '.')
		}
		if method != "" {
			return append(b, method...)
		}
		return append(b, "<anonymous>"...)
	}
	if typ != "" && !strings.HasPrefix(fn, typ) && !strings.ContainsAny(fn, ". ") {
		b = append(b, typ...)
		b = append(b, '.')
	}
	b = append(b, fn...)
	if method != "" && fn != method && !strings.HasSuffix(fn, "."+method) {
		b = append(b, " [as "...)
		b = append(b, method...)
		b = append(b, ']')
	}
	return b
}

// appendLocation writes `file:line:col`, V8's AppendFileLocation.
func (s *site) appendLocation(b []byte) []byte {
	if s.eval {
		b = append(b, s.evalOrigin...)
		b = append(b, ", "...)
	}
	if s.file != "" {
		b = append(b, s.file...)
	} else {
		b = append(b, "<anonymous>"...)
	}
	if s.line > 0 {
		b = append(b, ':')
		b = strconv.AppendInt(b, int64(s.line), 10)
		if s.col > 0 {
			b = append(b, ':')
			b = strconv.AppendInt(b, int64(s.col), 10)
		}
	}
	return b
}

// source returns the user's text of a file, cached.
func (t *Tracer) source(file string) *sourceText {
	if st, ok := t.sources[file]; ok {
		return st
	}
	var st *sourceText
	if t.opts.Source != nil {
		if text, ok := t.opts.Source(file); ok {
			st = newSourceText(text)
		}
	}
	t.sources[file] = st
	return st
}
