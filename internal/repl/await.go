package repl

import (
	"reflect"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/parser"
)

// Top-level await, as node's REPL does it (lib/internal/repl/await.js):
// code that only parses inside an async function is run as
//
//	(async () => { …code… })()
//
// with its top-level declarations hoisted out of the function so they
// stay global (`let x = await p` becomes `let x; … void (x = await p)`),
// and its last expression returned as `{ value: (expr) }` so that a
// promise-valued result is not awaited a second time.

const (
	awaitPrefix = "(async () => { "
	awaitSuffix = " })()"
)

type awaitStatus int

const (
	awaitNone        awaitStatus = iota // not top-level-await code: compile it as is
	awaitTransformed                    // run the returned code and await it
	awaitIncomplete                     // an unfinished input: read more lines
)

var awaitWord = lazyRegexp(`\bawait\b`)

// transformAwait rewrites src for top-level await when it has an await
// outside any function and no top-level return.
func transformAwait(src string) (string, awaitStatus) {
	wrapped := awaitPrefix + src + awaitSuffix
	prg, err := parser.ParseFile(nil, "", wrapped, 0)
	if err != nil {
		if isEOFError(err) {
			return "", awaitIncomplete
		}
		// The wrapper's closing braces make unfinished input look like a
		// plain syntax error: check the code without its awaits.
		if isRecoverable(awaitWord().ReplaceAllString(src, "")) {
			return "", awaitIncomplete
		}
		return "", awaitNone
	}
	body := asyncBody(prg)
	if body == nil {
		return "", awaitNone
	}
	var scan awaitScan
	scan.walk(reflect.ValueOf(body.List))
	if !scan.await || scan.ret {
		return "", awaitNone
	}
	t := &awaitRewriter{src: wrapped, pieces: make([]string, len(wrapped))}
	for i := 0; i < len(wrapped); i++ {
		t.pieces[i] = wrapped[i : i+1]
	}
	for _, st := range body.List {
		t.statement(st)
	}
	// Return the value of the last expression statement.
	for i := len(body.List) - 1; i >= 0; i-- {
		st := body.List[i]
		if _, ok := st.(*ast.EmptyStatement); ok {
			continue
		}
		if es, ok := st.(*ast.ExpressionStatement); ok {
			start := len(awaitPrefix)
			if i > 0 {
				start = offset0(body.List[i-1].Idx1())
			}
			start = skipGap(wrapped, start)
			end := t.extend(offset0(es.Expression.Idx1()))
			t.prepend(start, "{ value: (")
			t.prepend(start, "return ")
			t.append(end, ") }")
		}
		break
	}
	return strings.Join(t.hoisted, "") + strings.Join(t.pieces, ""), awaitTransformed
}

// awaitScan looks for await expressions and return statements outside
// nested functions.
type awaitScan struct{ await, ret bool }

var astPackage = reflect.TypeOf(ast.Program{}).PkgPath()

// walk visits the AST nodes reachable from v. goja's AST has no visitor,
// so the walk follows struct fields of the ast package by reflection.
func (sc *awaitScan) walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return
		}
		switch n := v.Interface().(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
			return // awaits in there belong to that function
		case *ast.ClassLiteral:
			if n.SuperClass != nil {
				sc.walk(reflect.ValueOf(n.SuperClass))
			}
			return
		case *ast.AwaitExpression:
			sc.await = true
		case *ast.ReturnStatement:
			sc.ret = true
		}
		sc.walk(v.Elem())
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			sc.walk(v.Index(i))
		}
	case reflect.Struct:
		if v.Type().PkgPath() != astPackage {
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if f := v.Field(i); f.CanInterface() {
				sc.walk(f)
			}
		}
	}
}

// asyncBody digs the function body out of the parsed wrapper.
func asyncBody(prg *ast.Program) *ast.BlockStatement {
	if len(prg.Body) != 1 {
		return nil
	}
	es, ok := prg.Body[0].(*ast.ExpressionStatement)
	if !ok {
		return nil
	}
	call, ok := es.Expression.(*ast.CallExpression)
	if !ok {
		return nil
	}
	fn, ok := call.Callee.(*ast.ArrowFunctionLiteral)
	if !ok {
		return nil
	}
	body, _ := fn.Body.(*ast.BlockStatement)
	return body
}

// awaitRewriter edits the wrapped source the way node's transform does:
// one piece per byte, text prepended or appended to pieces, so edits at
// the same place compose in the order they are made.
type awaitRewriter struct {
	src     string
	pieces  []string
	hoisted []string
}

// offset0 turns a parser index (1-based) into a byte offset.
func offset0(i file.Idx) int { return int(i) - 1 }

func (t *awaitRewriter) prepend(at int, s string) { t.pieces[at] = s + t.pieces[at] }

// append adds s after the byte before end.
func (t *awaitRewriter) append(end int, s string) { t.pieces[end-1] += s }

func (t *awaitRewriter) replace(from, to int, s string) {
	for i := from; i < to; i++ {
		t.pieces[i] = ""
	}
	t.pieces[from] = s
}

// extend moves an end offset past closing parentheses that goja leaves out
// of a node's range: in `x = (await p)` the initializer ends before `)`.
func (t *awaitRewriter) extend(end int) int {
	for {
		next := skipSpace(t.src, end)
		if next >= len(t.src) || t.src[next] != ')' {
			return end
		}
		end = next + 1
	}
}

func (t *awaitRewriter) statement(st ast.Statement) {
	switch st := st.(type) {
	case *ast.VariableStatement:
		t.declaration(offset0(st.Var), "var", st.List)
	case *ast.LexicalDeclaration:
		kind := "let"
		if strings.HasPrefix(t.src[offset0(st.Idx):], "const") {
			kind = "const"
		}
		t.declaration(offset0(st.Idx), kind, st.List)
	case *ast.FunctionDeclaration:
		name := st.Function.Name.Name.String()
		t.prepend(offset0(st.Idx0()), "this."+name+" = "+name+"; ")
		t.hoisted = append(t.hoisted, "var "+name+"; ")
	case *ast.ClassDeclaration:
		name := st.Class.Name.Name.String()
		t.prepend(offset0(st.Idx0()), name+"=")
		t.hoisted = append(t.hoisted, "let "+name+"; ")
	}
}

// declaration turns `let a = 1, b` into `void ((a = 1), (b=undefined))`
// and hoists `let a, b;` out of the function.
func (t *awaitRewriter) declaration(start int, kind string, list []*ast.Binding) {
	if len(list) == 0 {
		return
	}
	void := "void"
	if len(list) != 1 {
		void = "void ("
	}
	t.replace(start, start+len(kind), void)
	var names []string
	for i, b := range list {
		end := t.extend(offset0(b.Idx1()))
		t.prepend(offset0(b.Idx0()), "(")
		if b.Initializer != nil {
			t.append(end, ")")
		} else {
			t.append(end, "=undefined)")
		}
		if i == len(list)-1 && len(list) != 1 {
			t.append(end, ")")
		}
		names = bindingNames(b.Target, names)
	}
	if len(names) == 0 {
		return
	}
	hoist := "let"
	if kind == "var" {
		hoist = "var"
	}
	t.hoisted = append(t.hoisted, hoist+" "+strings.Join(names, ", ")+"; ")
}

// bindingNames collects the identifiers a binding pattern declares.
func bindingNames(target ast.Expression, names []string) []string {
	switch t := target.(type) {
	case *ast.Identifier:
		names = append(names, t.Name.String())
	case *ast.AssignExpression:
		names = bindingNames(t.Left, names)
	case *ast.ObjectPattern:
		for _, p := range t.Properties {
			switch p := p.(type) {
			case *ast.PropertyShort:
				names = append(names, p.Name.Name.String())
			case *ast.PropertyKeyed:
				names = bindingNames(p.Value, names)
			}
		}
		if t.Rest != nil {
			names = bindingNames(t.Rest, names)
		}
	case *ast.ArrayPattern:
		for _, el := range t.Elements {
			if el != nil {
				names = bindingNames(el, names)
			}
		}
		if t.Rest != nil {
			names = bindingNames(t.Rest, names)
		}
	}
	return names
}

// skipGap skips what may separate the end goja gives a statement from the
// start of the next one: space, comments, semicolons and the closing
// parentheses goja leaves out of expression ranges.
func skipGap(s string, i int) int {
	for {
		i = skipSpace(s, i)
		if i >= len(s) || (s[i] != ';' && s[i] != ')') {
			return i
		}
		i++
	}
}

// skipSpace returns the offset of the first byte at or after i that is not
// white space or inside a comment.
func skipSpace(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f':
			i++
		case strings.HasPrefix(s[i:], "//"):
			nl := strings.IndexAny(s[i:], "\n\r")
			if nl < 0 {
				return len(s)
			}
			i += nl
		case strings.HasPrefix(s[i:], "/*"):
			end := strings.Index(s[i+2:], "*/")
			if end < 0 {
				return len(s)
			}
			i += end + 4
		default:
			return i
		}
	}
	return i
}
