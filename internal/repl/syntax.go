package repl

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
)

// Compiling input: goja's parser reports errors in its own words and
// positions; node shows V8's message over an excerpt of the line with
// carets under the offending token, and reads more lines when an error
// only means the input is unfinished.

// goja's messages for the errors that need more than rewording.
const (
	eofMessage     = "Unexpected end of input"
	illegalMessage = "Unexpected token ILLEGAL"
)

// syntaxError is a parse error with the position node's message shows.
type syntaxError struct {
	message string // in V8's wording
	line    int    // 1-based
	col     int    // 0-based, in characters
	width   int    // carets under the offending token
	source  string // the line of code
}

// compile parses and compiles code as a sloppy script named file.
func compile(file, code string) (*goja.Program, *syntaxError) {
	prg, _, serr := compileAST(file, code)
	return prg, serr
}

// compileAST is compile that also returns the parsed program.
func compileAST(file, code string) (*goja.Program, *ast.Program, *syntaxError) {
	tree, err := parser.ParseFile(nil, file, code, 0)
	if err != nil {
		return nil, nil, parseError(code, err)
	}
	prg, serr := compileTree(code, tree)
	return prg, tree, serr
}

func compileTree(code string, tree *ast.Program) (*goja.Program, *syntaxError) {
	prg, err := goja.CompileAST(tree, false)
	if err != nil {
		var ce *goja.CompilerSyntaxError
		if errors.As(err, &ce) {
			se := &syntaxError{message: ce.Message, line: 1, width: 1}
			if ce.File != nil {
				pos := ce.File.Position(ce.Offset)
				se.line = pos.Line
				se.col, se.source = columnOf(code, pos.Line, ce.Offset-lineStart(code, pos.Line))
			}
			return nil, se
		}
		return nil, &syntaxError{message: err.Error(), line: 1, width: 1}
	}
	return prg, nil
}

// parseError converts goja's first parse error into V8's message and
// caret position.
func parseError(code string, err error) *syntaxError {
	var list parser.ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		return &syntaxError{message: err.Error(), line: 1, width: 1}
	}
	first := list[0]
	se := &syntaxError{line: first.Position.Line}
	byteCol := first.Position.Column - 1
	se.col, se.source = columnOf(code, se.line, byteCol)
	rest := ""
	if src := lineText(code, se.line); byteCol <= len(src) {
		rest = src[byteCol:]
	}
	se.message, se.width = v8Message(first.Message, rest)
	if first.Message == eofMessage {
		// V8 marks nothing at the end of the input.
		se.width = 0
	}
	return se
}

// v8Message rewords a goja parser message as V8 says it and works out how
// many characters the caret line underlines; rest is the source from the
// error on.
func v8Message(msg, rest string) (string, int) {
	tok := leadingToken(rest)
	width := len([]rune(tok))
	if width == 0 {
		width = 1
	}
	switch {
	case msg == illegalMessage && strings.HasPrefix(rest, "."):
		// goja rejects `..` as a whole; V8 trips on the second dot.
		return "Unexpected token '.'", 1
	case msg == illegalMessage:
		if rest != "" && (rest[0] == '"' || rest[0] == '\'') {
			width = len([]rune(rest))
		}
		return "Invalid or unexpected token", width
	case msg == "Unexpected identifier":
		return "Unexpected identifier '" + tok + "'", width
	case msg == "Unexpected reserved word":
		return "Unexpected token '" + tok + "'", width
	case strings.HasPrefix(msg, "Unexpected token "):
		t := strings.TrimPrefix(msg, "Unexpected token ")
		return "Unexpected token '" + t + "'", len([]rune(t))
	}
	return msg, width
}

// leadingToken is the identifier, number, string or punctuator that rest
// starts with, enough to underline it.
func leadingToken(rest string) string {
	if rest == "" {
		return ""
	}
	c := rest[0]
	switch {
	case c == '"' || c == '\'' || c == '`':
		if end := strings.IndexByte(rest[1:], c); end >= 0 {
			return rest[:end+2]
		}
		return rest
	case isWordByte(c) || c >= 0x80:
		i := 0
		for i < len(rest) && (isWordByte(rest[i]) || rest[i] >= 0x80 || rest[i] == '.' && c >= '0' && c <= '9') {
			i++
		}
		return rest[:i]
	}
	_, n := utf8.DecodeRuneInString(rest)
	return rest[:n]
}

func isWordByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// lineText returns line n (1-based) of code.
func lineText(code string, n int) string {
	lines := strings.Split(code, "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSuffix(lines[n-1], "\r")
}

// lineStart is the byte offset where line n (1-based) starts.
func lineStart(code string, n int) int {
	off := 0
	for i := 1; i < n; i++ {
		j := strings.IndexByte(code[off:], '\n')
		if j < 0 {
			return off
		}
		off += j + 1
	}
	return off
}

// columnOf converts a byte column on line n into characters, and returns
// the line's text.
func columnOf(code string, n, byteCol int) (int, string) {
	src := lineText(code, n)
	if byteCol > len(src) {
		byteCol = len(src)
	}
	if byteCol < 0 {
		byteCol = 0
	}
	return len([]rune(src[:byteCol])), src
}

// isValidSyntax reports whether input parses as a script or as the right
// side of an assignment, top-level await allowed (node's isValidSyntax).
func isValidSyntax(input string) bool {
	for _, src := range []string{input, "_=" + input} {
		if _, err := parser.ParseFile(nil, "", src, 0); err == nil {
			return true
		}
		if strings.Contains(src, "await") {
			if _, err := parser.ParseFile(nil, "", awaitPrefix+src+awaitSuffix, 0); err == nil {
				return true
			}
		}
	}
	return false
}

// isRecoverable reports whether code failed only because it is not
// finished yet, so the REPL should read more lines (node's
// isRecoverableError): an error at the end of the input, covering open
// brackets, templates and comments, or a string continued with a
// backslash at the end of the line.
func isRecoverable(code string) bool {
	if objectStart().MatchString(code) && isRecoverable("("+code) {
		return true
	}
	_, err := parser.ParseFile(nil, "", code, 0)
	if err == nil {
		return false
	}
	if isEOFError(err) {
		return true
	}
	var list parser.ErrorList
	if !errors.As(err, &list) || len(list) == 0 || list[0].Message != illegalMessage {
		return false
	}
	src := lineText(code, list[0].Position.Line)
	col := list[0].Position.Column - 1
	if col < 0 || col >= len(src) || (src[col] != '"' && src[col] != '\'') {
		return false
	}
	return strings.HasSuffix(src, "\\")
}

// isEOFError reports whether a parse failed at the end of the input.
func isEOFError(err error) bool {
	var list parser.ErrorList
	return errors.As(err, &list) && len(list) > 0 && list[0].Message == eofMessage
}
