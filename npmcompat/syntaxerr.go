package npmcompat

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/dop251/goja"
)

// syntaxError is a compile error restated in V8's terms: its message, and
// the arrow Node prepends to the stack of a module that fails to compile
// ("/app/x.js:2\nvar x = ;\n        ^\n\n").
type syntaxError struct {
	message string
	arrow   string
}

var (
	gojaParseError = lazyRegexp(`^Line (\d+):(\d+) (.*?)(?: \(and \d+ more errors\))?$`)
)

// describeSyntaxError turns goja's error for the wrapped module into
// Node's message and arrow. content is the module source as compiled
// (after stripShebang), whose lines match the file's.
func describeSyntaxError(err *goja.CompilerSyntaxError, filename, content string, prefixLen int) syntaxError {
	msg := strings.TrimPrefix(err.Message, filename+": ")
	line, col := 0, 0
	if m := gojaParseError().FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		col, _ = strconv.Atoi(m[2])
		msg = m[3]
	} else if err.File != nil {
		pos := err.File.Position(err.Offset)
		line, col = pos.Line, pos.Column
	}
	if line == 0 {
		return syntaxError{message: msg}
	}
	if line == 1 {
		col -= prefixLen
	}
	lines := strings.Split(content, "\n")
	if line > len(lines) || col < 1 {
		// The parser ran into the wrapper's closing lines: the module
		// itself ended too early.
		line = len(lines)
		col = len(lines[line-1]) + 1
		msg = "Unexpected end of input"
	}
	src := strings.TrimSuffix(lines[line-1], "\r")
	start := min(col-1, len(src))
	tok := tokenAt(src[start:])
	msg = v8SyntaxMessage(msg, tok)
	if msg == "Unexpected end of input" {
		tok = ""
	}
	var under strings.Builder
	for _, c := range src[:start] {
		if c == '\t' {
			under.WriteByte('\t')
		} else {
			under.WriteByte(' ')
		}
	}
	under.WriteString(strings.Repeat("^", len(tok)))
	return syntaxError{
		message: msg,
		arrow:   filename + ":" + strconv.Itoa(line) + "\n" + src + "\n" + under.String() + "\n\n",
	}
}

// tokenAt approximates the extent of the token V8 underlines at the start
// of s: a whole identifier or keyword, a string up to the line's end, or
// one character.
func tokenAt(s string) string {
	if s == "" {
		return ""
	}
	if s[0] == '\'' || s[0] == '"' {
		return s
	}
	end := strings.IndexFunc(s, func(r rune) bool {
		return !(r == '_' || r == '$' || unicode.IsLetter(r) || unicode.IsDigit(r))
	})
	switch end {
	case -1:
		return s
	case 0:
		return s[:1]
	}
	return s[:end]
}

// v8SyntaxMessage rewords goja's parser messages the way V8 words them for
// the same input; anything else passes through.
func v8SyntaxMessage(msg, tok string) string {
	switch {
	case msg == "Unexpected token ILLEGAL":
		return "Invalid or unexpected token"
	case strings.HasPrefix(msg, "Unexpected token "):
		return "Unexpected token '" + strings.TrimPrefix(msg, "Unexpected token ") + "'"
	case msg == "Unexpected identifier" && tok != "":
		return "Unexpected identifier '" + tok + "'"
	case msg == "Unexpected reserved word" && tok == "import":
		return "Cannot use import statement outside a module"
	case msg == "Unexpected reserved word" && tok != "":
		return "Unexpected token '" + tok + "'"
	}
	return msg
}
