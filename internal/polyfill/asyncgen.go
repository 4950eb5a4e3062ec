package polyfill

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"strings"
	"sync"
)

var (
	//go:embed asyncgen.js
	asyncGenSrc string
	//go:embed yieldstar.js
	yieldStarSrc string
)

// oneLine is a helper's source as one line without its comments, so that
// it can stand in for esbuild's without moving any line of the code that
// follows (the inline source map stays valid).
func oneLine(src string) string {
	var b strings.Builder
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(line)
	}
	return b.String()
}

var (
	asyncGenLine  = sync.OnceValue(func() string { return oneLine(asyncGenSrc) })
	yieldStarLine = sync.OnceValue(func() string { return oneLine(yieldStarSrc) })
)

// The openings of the helpers esbuild emits when it lowers async
// generators; a definition ends at the first line that is exactly "};".
const (
	esbuildAsyncGenerator = "var __asyncGenerator = (__this, __arguments, generator) => {\n"
	esbuildYieldStar      = "var __yieldStar = (value) => {\n"
)

// ReplaceAsyncGenerator swaps esbuild's __asyncGenerator and __yieldStar
// helpers in code (esbuild's output for a target without async
// generators) for asyncgen.js and yieldstar.js: linear and cheaper in
// goja, and faithful to the spec's request queue, to `await` during
// return() and to V8's tick count. Lines keep their numbers. Code without
// the helpers is returned as is.
func ReplaceAsyncGenerator(code string) string {
	code = replaceHelper(code, esbuildAsyncGenerator, asyncGenLine)
	return replaceHelper(code, esbuildYieldStar, yieldStarLine)
}

func replaceHelper(code, opening string, with func() string) string {
	start := strings.Index(code, opening)
	if start < 0 || (start > 0 && code[start-1] != '\n') {
		return code
	}
	end := strings.Index(code[start:], "\n};\n")
	if end < 0 {
		return code
	}
	end += start + len("\n};")
	lines := strings.Count(code[start:end], "\n")
	return code[:start] + with() + strings.Repeat("\n", lines) + code[end:]
}

// HelpersVersion identifies the helpers' text, for caches of code that
// embeds them (npmcompat's transform cache keys include it).
var HelpersVersion = sync.OnceValue(func() string {
	sum := sha256.Sum256([]byte(asyncGenSrc + "\x00" + yieldStarSrc))
	return hex.EncodeToString(sum[:6])
})
