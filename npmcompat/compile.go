package npmcompat

import (
	"container/list"
	"crypto/sha256"
	"regexp"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/polyfill"
)

// goja has no compileFunction, so a module's source is compiled inside a
// function expression. The wrapper is named so that stack formatters can
// tell module-level frames apart (V8 prints them as "Object.<anonymous>"),
// and it shares line 1 with the source so line numbers need no correction;
// columns on line 1 are shifted by len(WrapperPrefix), which
// Loader.SourcePosition undoes.
const (
	// WrapperName is the name of the function every CommonJS module body
	// runs in.
	WrapperName = "__gorunModuleWrapper"
	// WrapperPrefix precedes a module's source on its first line.
	WrapperPrefix = "(function " + WrapperName + "(exports, require, module, __filename, __dirname) {"
	// WrapperPrefixLen is how far goja's columns on line 1 of a wrapped
	// module are shifted right (the prefix is ASCII, so bytes, runes and
	// UTF-16 units agree).
	WrapperPrefixLen = len(WrapperPrefix)
	// WrapperSuffix follows a module's source, on a line of its own so a
	// trailing line comment cannot swallow it.
	WrapperSuffix = "\n})"
)

// DefaultProgramCacheBytes bounds the process-wide program cache by the
// total size of the sources it holds.
const DefaultProgramCacheBytes = 64 << 20

// sharedPrograms is the cache used by loaders that bring none: runtimes in
// one process that load the same dependency tree compile it once.
var sharedPrograms = NewProgramCache(DefaultProgramCacheBytes)

// ProgramCache shares compiled programs between runtimes. A program is
// keyed by file name and a hash of its exact source, so a changed file is
// compiled afresh and never served stale. It is safe for concurrent use
// and evicts the least recently used programs beyond its byte budget.
type ProgramCache struct {
	mu       sync.Mutex
	maxBytes int
	bytes    int
	order    *list.List // of *programEntry, most recent first
	byKey    map[programKey]*list.Element
}

type programKey struct {
	filename string
	sum      [sha256.Size]byte
}

type programEntry struct {
	key  programKey
	prg  *goja.Program
	size int
}

// NewProgramCache makes a cache holding up to maxBytes of source.
func NewProgramCache(maxBytes int) *ProgramCache {
	return &ProgramCache{maxBytes: maxBytes, order: list.New(), byKey: map[programKey]*list.Element{}}
}

// Compile returns src compiled as a non-strict script named filename,
// from the cache when an identical source was compiled before. Syntax
// errors are not cached.
func (c *ProgramCache) Compile(filename, src string) (*goja.Program, error) {
	key := programKey{filename: filename, sum: sha256.Sum256([]byte(src))}
	c.mu.Lock()
	if el, ok := c.byKey[key]; ok {
		c.order.MoveToFront(el)
		prg := el.Value.(*programEntry).prg
		c.mu.Unlock()
		return prg, nil
	}
	c.mu.Unlock()

	// Compile outside the lock: two runtimes racing on one file both
	// compile, which is cheaper than serialising every compilation.
	// goja never matches \p{…} (issue 3): expand property escapes in the
	// regexp literals first. Only sources containing "\p{"/"\P{" pay.
	compiled, _ := polyfill.RewriteRegExpLiterals(src)
	// goja's parser panics on a \u{10FFFF} escape (issue 3).
	compiled, _ = polyfill.RewriteMaxCodePointEscapes(compiled)
	prg, err := goja.Compile(filename, compiled, false)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byKey[key]; ok {
		return el.Value.(*programEntry).prg, nil
	}
	if len(src) > c.maxBytes {
		return prg, nil
	}
	c.byKey[key] = c.order.PushFront(&programEntry{key: key, prg: prg, size: len(src)})
	c.bytes += len(src)
	for c.bytes > c.maxBytes {
		el := c.order.Back()
		e := el.Value.(*programEntry)
		c.order.Remove(el)
		delete(c.byKey, e.key)
		c.bytes -= e.size
	}
	return prg, nil
}

// Len reports how many programs the cache holds.
func (c *ProgramCache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}

// stripShebang blanks a leading "#!" line (and drops a BOM before it),
// keeping the newline so line numbers stay those of the file. V8 accepts a
// hashbang only at the very start of a script, which a wrapped body is not.
func stripShebang(src string) string {
	src = strings.TrimPrefix(src, "\uFEFF")
	if !strings.HasPrefix(src, "#!") {
		return src
	}
	if i := strings.IndexByte(src, '\n'); i >= 0 {
		return src[i:]
	}
	return ""
}

// wrapModule is the source compiled for a CommonJS file.
func wrapModule(content string) string {
	return WrapperPrefix + stripShebang(content) + WrapperSuffix
}

// lazyRegexp compiles expr on first use. The loader's patterns serve rare
// paths (ES modules, TypeScript, syntax errors); compiling them all at
// package init was a cost every start-up paid.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
