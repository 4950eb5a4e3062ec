package npmcompat

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"strconv"
	"strings"
	"sync"

	"github.com/evanw/esbuild/pkg/api"

	"github.com/gorun-js/gorun/internal/polyfill"
)

// ESM and TypeScript go through esbuild's transform API, in process, to a
// CommonJS-shaped function goja can run. See DESIGN.md ("What goja does
// and doesn't do") for why each option is what it is.

// Kinds of source the transform handles.
const (
	kindESM       = iota // JavaScript ES module
	kindTS               // TypeScript, ES module semantics (.mts, .ts in "type": "module")
	kindCTS              // TypeScript, CommonJS semantics (.cts, .ts elsewhere)
	kindCJSImport        // CommonJS JavaScript goja cannot parse (import(), async generators)
)

// esmWrapperParams are an ES module wrapper's parameters: esbuild's
// require and module.exports are pointed at hidden names (the module has
// no require, module or exports of its own), import.meta, and the import()
// helper.
const esmWrapperParams = "(__gorunExports, require, __gorunModule, __gorunImportMeta, __gorunDynamicImport) {\"use strict\";"

// esmWrapperPrefix precedes transformed ES modules (as esbuild's banner, so
// the inline source map accounts for it); asyncESMWrapperPrefix those with
// top-level await. The wrapper is anonymous: V8 prints a module body's
// frame with no function name.
const (
	esmWrapperPrefix      = "(function " + esmWrapperParams
	asyncESMWrapperPrefix = "(async function " + esmWrapperParams
)

// ctsWrapperPrefix is the CommonJS wrapper, for .cts files.
const ctsWrapperPrefix = "(function " + WrapperName + "(exports, require, module, __filename, __dirname) {"

// errTopLevelAwait marks a module whose top-level await could not be
// carried through the transform.
var errTopLevelAwait = errors.New("top-level await")

// TransformError is an esbuild diagnostic, reported as a SyntaxError.
type TransformError struct {
	File    string
	Line    int
	Column  int
	Message string
	Source  string // the offending line
}

func (e *TransformError) Error() string { return e.Message }

// esbuildSupported lowers what goja cannot run.
var esbuildSupported = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"async-generator": false,
		"for-await":       false,
		"dynamic-import":  false,
		"import-meta":     false,
		// goja rejects the d and v flags at parse time; esbuild turns such
		// literals into new RegExp(…) calls, which the polyfilled RegExp
		// constructor handles (internal/polyfill).
		"regexp-match-indices": false,
		"regexp-set-notation":  false,
	}
})

// classFieldKeywordName finds what may be a class field named get, set or
// async with an initializer (`set = new Set()`, `static get = 1`): goja's
// parser takes the name for the start of an accessor or an async method
// and rejects the file. Assignments to variables of those names match as
// well, which only costs the lowering below. Group 1 is the static
// keyword.
var classFieldKeywordName = lazyRegexp(`(?:^|[{};\s])(static\s+)?(?:get|set|async)\s*=(?:[^=>]|$)`)

// lowering is what esbuild is told for source: esbuildSupported, plus
// class fields lowered into definitions in the constructor (and, for
// static ones, after the class) when source may name one get, set or
// async. Lowered static fields make esbuild rename the class binding
// (K becomes _K), so names are then kept explicitly.
func lowering(source string) (supported map[string]bool, keepNames bool) {
	base := esbuildSupported()
	found := classFieldKeywordName().FindAllStringSubmatch(source, -1)
	if len(found) == 0 {
		return base, false
	}
	m := make(map[string]bool, len(base)+2)
	for k, v := range base {
		m[k] = v
	}
	m["class-field"] = false
	for _, f := range found {
		if f[1] != "" {
			m["class-static-field"] = false
			keepNames = true
		}
	}
	return m, keepNames
}

// transformed is a transform's output and what the loader needs to know
// about it.
type transformed struct {
	code string
	// deps are the static import specifiers, in order.
	deps []string
	// async says the module uses top-level await (its wrapper is async).
	async bool
}

// transform turns source into a function expression, through the on-disk
// cache.
func transform(filename, source string, kind int, jsx jsxConfig) (transformed, error) {
	key := transformKey(filename, source, kind) + jsx.key()
	out, ok := transformCacheGet(key)
	if !ok {
		var err error
		out, err = runEsbuild(filename, source, kind, jsx)
		if err != nil {
			return transformed{}, err
		}
		transformCachePut(key, out)
	}
	t := transformed{code: out}
	if kind == kindESM || kind == kindTS {
		t.async = strings.HasPrefix(out, asyncESMWrapperPrefix)
		t.deps = staticDeps(out)
	}
	return t, nil
}

// requireCall matches esbuild's require("x") calls; a lowered import()
// is preceded by its helper (see rewriteDynamicImports).
var requireCall = lazyRegexp(`(__gorunDynamicImport\(\(\) => \(?)?require\(("(?:[^"\\]|\\.)*")\)`)

// staticDeps lists the import/export-from specifiers of a transformed ES
// module (user references to require are renamed by Define, so every
// require( left is esbuild's).
func staticDeps(code string) []string {
	var deps []string
	seen := map[string]bool{}
	for _, m := range requireCall().FindAllStringSubmatch(code, -1) {
		if m[1] != "" {
			continue
		}
		var spec string
		if json.Unmarshal([]byte(m[2]), &spec) != nil {
			s, err := strconv.Unquote(m[2])
			if err != nil {
				continue
			}
			spec = s
		}
		if !seen[spec] {
			seen[spec] = true
			deps = append(deps, spec)
		}
	}
	return deps
}

// awaitStandIn replaces a top-level `await` while esbuild converts the
// module (esbuild refuses top-level await in CommonJS output): a unary
// operator chain of the same precedence, padded to the same width so
// positions hold, that esbuild neither folds nor drops.
const awaitStandIn = "-~-  "

var awaitStandInOut = lazyRegexp(`-~- ?`)

func runEsbuild(filename, source string, kind int, jsx jsxConfig) (string, error) {
	source = stripShebang(source)
	out, err := convertESM(filename, source, kind, jsx)
	if errors.Is(err, errTopLevelAwait) && (kind == kindESM || kind == kindTS) {
		// A top-level `for await` (or an await esbuild places where the
		// stand-in cannot go): lower the module first as an ES module,
		// where esbuild keeps top-level await and turns `for await` into
		// a loop of plain awaits, then convert that. The first pass's
		// inline source map is chained by the second.
		lowered, errs := esbuildLowerESM(filename, source, kind, jsx)
		if len(errs) > 0 {
			return "", transformError(filename, errs[0])
		}
		return convertESM(filename, uniqueForAwaitState(lowered), kindESM, jsx)
	}
	return out, err
}

// esbuildLowerESM lowers what goja cannot run, keeping ES module syntax
// and top-level await.
func esbuildLowerESM(filename, source string, kind int, jsx jsxConfig) (string, []api.Message) {
	loader := api.LoaderJS
	if kind == kindTS {
		loader = api.LoaderTS
	}
	opts := api.TransformOptions{
		Loader: loader,
		Format: api.FormatESModule,
		Target: api.ES2022,
		// Only for await: the second pass lowers the rest, so that its
		// helpers are the only ones (esbuild renames a second set).
		Supported:      map[string]bool{"for-await": false},
		Sourcefile:     filename,
		Sourcemap:      api.SourceMapInline,
		SourcesContent: api.SourcesContentExclude,
		LogLevel:       api.LogLevelSilent,
		Charset:        api.CharsetUTF8,
	}
	jsx.apply(&opts)
	res := api.Transform(source, opts)
	return string(res.Code), res.Errors
}

func transformError(filename string, m api.Message) error {
	if isTopLevelAwaitError(m) {
		return errTopLevelAwait
	}
	te := &TransformError{File: filename, Message: m.Text}
	if m.Location != nil {
		te.Line, te.Column, te.Source = m.Location.Line, m.Location.Column, m.Location.LineText
	}
	return te
}

// convertESM runs esbuild once, and again with each top-level await
// hidden behind a stand-in when esbuild refused them.
func convertESM(filename, source string, kind int, jsx jsxConfig) (string, error) {
	out, errs := esbuildOnce(filename, source, kind, false, jsx)
	if len(errs) > 0 && (kind == kindESM || kind == kindTS) && allTopLevelAwait(errs) {
		hidden, n, ok := hideTopLevelAwait(source, errs)
		if !ok {
			return "", errTopLevelAwait
		}
		out, errs = esbuildOnce(filename, hidden, kind, true, jsx)
		if len(errs) == 0 {
			if len(awaitStandInOut().FindAllStringIndex(out, -1)) != n {
				return "", errTopLevelAwait
			}
			out = awaitStandInOut().ReplaceAllString(out, "await ")
		}
	}
	if len(errs) > 0 {
		return "", transformError(filename, errs[0])
	}
	return out, nil
}

func isTopLevelAwaitError(m api.Message) bool {
	return strings.Contains(m.Text, "Top-level await") || strings.Contains(m.Text, "top-level await")
}

func allTopLevelAwait(errs []api.Message) bool {
	for _, m := range errs {
		if !isTopLevelAwaitError(m) || m.Location == nil {
			return false
		}
	}
	return true
}

// hideTopLevelAwait puts awaitStandIn where esbuild reported each
// top-level await.
func hideTopLevelAwait(source string, errs []api.Message) (string, int, bool) {
	lineStart := []int{0}
	for i := 0; i < len(source); i++ {
		if source[i] == '\n' {
			lineStart = append(lineStart, i+1)
		}
	}
	b := []byte(source)
	n := 0
	for _, m := range errs {
		l := m.Location.Line - 1
		if l < 0 || l >= len(lineStart) {
			return "", 0, false
		}
		off := lineStart[l] + m.Location.Column
		if off+5 > len(b) || string(b[off:off+5]) != "await" {
			return "", 0, false
		}
		// A top-level `for await` has no stand-in.
		if strings.HasSuffix(strings.TrimRight(string(b[lineStart[l]:off]), " \t"), "for") {
			return "", 0, false
		}
		copy(b[off:], awaitStandIn)
		n++
	}
	// esbuild folds unary operators over literals (-~-null becomes
	// -~-0), so a literal operand is boxed as [x][0], which it leaves
	// alone. Edits run back to front so earlier offsets hold.
	out := string(b)
	for k := len(errs) - 1; k >= 0; k-- {
		m := errs[k]
		start := lineStart[m.Location.Line-1] + m.Location.Column + len(awaitStandIn)
		for start < len(out) && (out[start] == ' ' || out[start] == '\t') {
			start++
		}
		if end := literalEnd(out, start); end > start {
			out = out[:start] + "[" + out[start:end] + "][0]" + out[end:]
		}
	}
	return out, n, true
}

// literalEnd is where a literal operand starting at i ends (i when there
// is none): a number (with sign), a string, a template without
// substitutions, or null/true/false/undefined/NaN/Infinity.
func literalEnd(s string, i int) int {
	j := i
	if j < len(s) && (s[j] == '-' || s[j] == '+') {
		j++
	}
	if j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
		for j < len(s) {
			c := s[j]
			switch {
			case c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_':
				j++
			case c == '.' && !(j+1 < len(s) && s[j+1] == '.'):
				j++
			case (c == '-' || c == '+') && (s[j-1] == 'e' || s[j-1] == 'E') && !strings.HasPrefix(strings.ToLower(s[i:j]), "0x"):
				j++
			default:
				return j
			}
		}
		return j
	}
	if j != i {
		return i
	}
	if j < len(s) && (s[j] == '\'' || s[j] == '"' || s[j] == '`') {
		q := s[j]
		for k := j + 1; k < len(s); k++ {
			switch s[k] {
			case '\\':
				k++
			case '$':
				if q == '`' && k+1 < len(s) && s[k+1] == '{' {
					return i
				}
			case q:
				return k + 1
			case '\n':
				if q != '`' {
					return i
				}
			}
		}
		return i
	}
	for _, w := range []string{"null", "true", "false", "undefined", "NaN", "Infinity"} {
		if strings.HasPrefix(s[j:], w) {
			e := j + len(w)
			if e < len(s) && (isIdentByte(s[e])) {
				return i
			}
			return e
		}
	}
	return i
}

func isIdentByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$' || c >= 0x80
}

func esbuildOnce(filename, source string, kind int, async bool, jsx jsxConfig) (string, []api.Message) {
	loader := api.LoaderJS
	if kind == kindTS || kind == kindCTS {
		loader = api.LoaderTS
	}
	// esbuild treats imports in a .mjs/.mts file as Node-mode CommonJS
	// imports (default = module.exports even for ES modules); naming the
	// file .js/.ts keeps __esModule interop, and the loader hands CommonJS
	// targets to importers as namespaces whose default is module.exports.
	sourcefile := filename
	switch {
	case strings.HasSuffix(filename, ".mjs"):
		sourcefile = strings.TrimSuffix(filename, ".mjs") + ".js"
	case strings.HasSuffix(filename, ".mts"), strings.HasSuffix(filename, ".cts"):
		sourcefile = filename[:len(filename)-4] + ".ts"
	}
	banner, footer := esmWrapperPrefix, "\n})"
	if async {
		banner = asyncESMWrapperPrefix
	}
	// ES modules have no require/module/exports: the user's free
	// references are renamed to undeclared names (typeof is "undefined",
	// use is a ReferenceError), leaving esbuild's own require() calls to
	// the wrapper's parameter.
	define := map[string]string{
		"import.meta": "__gorunImportMeta",
		"require":     "require_is_not_defined_in_ES_module_scope",
		"module":      "module_is_not_defined_in_ES_module_scope",
		"exports":     "exports_is_not_defined_in_ES_module_scope",
	}
	switch kind {
	case kindCTS:
		banner, define = ctsWrapperPrefix, nil
	case kindCJSImport:
		banner, footer, define = "(function ("+dynamicImportParam+", __gorunDynamicImport) { return "+ctsWrapperPrefix, "\n})})", nil
	}
	supported, keepNames := lowering(source)
	opts := api.TransformOptions{
		Loader:         loader,
		Format:         api.FormatCommonJS,
		Target:         api.ES2022,
		Supported:      supported,
		KeepNames:      keepNames,
		Define:         define,
		Banner:         banner,
		Footer:         footer,
		Sourcefile:     sourcefile,
		Sourcemap:      api.SourceMapInline,
		SourcesContent: api.SourcesContentExclude,
		LogLevel:       api.LogLevelSilent,
		Charset:        api.CharsetUTF8,
	}
	jsx.apply(&opts)
	res := api.Transform(source, opts)
	if len(res.Errors) > 0 {
		return "", res.Errors
	}
	out := polyfill.ReplaceAsyncGenerator(string(res.Code))
	switch kind {
	case kindESM, kindTS:
		out = rewriteESMOutput(out)
	case kindCJSImport:
		out = rewriteDynamicImports(out, dynamicImportParam+"(module, ")
	}
	// The source map names the .js stand-in; point it back at the file.
	if sourcefile != filename {
		out = fixSourceMapName(out, sourcefile, filename)
	}
	return out, nil
}

// rewriteESMOutput adapts esbuild's CommonJS output to the ES module
// wrapper. The exports object is filled in place, not replaced, so a
// module in a cycle that required this one before it ran holds the live
// namespace; module.exports refers to the hidden module parameter, so
// `module` and `exports` are not defined in ES module scope, as in Node
// (esbuild's Define does not rename them reliably in files without
// exports); import() waits for the imported graph's evaluation.
func rewriteESMOutput(out string) string {
	out = identityToESM(out)
	out = strings.ReplaceAll(out, "\nmodule.exports = __toCommonJS(",
		"\n__copyProps(__defProp(__gorunModule.exports, \"__esModule\", { value: true }), ")
	out = strings.ReplaceAll(out, ", module.exports);", ", __gorunModule.exports);")
	return rewriteDynamicImports(out, "require(")
}

// identityToESM makes esbuild's __toESM return its argument: in an ES
// module every require() is the loader's import, which already returns a
// namespace (for CommonJS targets one whose default is module.exports), so
// `import * as ns` is the same object as import()'s and prints as a
// namespace. The definition spans several lines; they are kept.
func identityToESM(out string) string {
	const def = "var __toESM = (mod, isNodeMode, target) => "
	i := strings.Index(out, def)
	if i < 0 || (i > 0 && out[i-1] != '\n') {
		return out
	}
	end := strings.Index(out[i:], "\n));\n")
	if end < 0 {
		return out
	}
	end += i + len("\n));")
	return out[:i] + "var __toESM = (mod) => mod;" + strings.Repeat("\n", strings.Count(out[i:end], "\n")) + out[end:]
}

// rewriteDynamicImports turns esbuild's lowered import(x),
// `Promise.resolve().then(() => __toESM(require(x)))`, into
// `__gorunDynamicImport(() => (<call>x)))`, keeping the parentheses
// balanced: the helper waits for asynchronous graphs.
func rewriteDynamicImports(out, call string) string {
	out = strings.ReplaceAll(out, "Promise.resolve().then(() => __toESM(require(", "__gorunDynamicImport(() => ("+call)
	return strings.ReplaceAll(out, "Promise.resolve().then(() => require(", "__gorunDynamicImport(() => "+call)
}

// sourceMapPrefix introduces esbuild's inline source map.
const sourceMapPrefix = "//# sourceMappingURL=data:application/json;base64,"

// fixSourceMapName renames the source in the inline map from the .js/.ts
// stand-in esbuild was given to the real file: goja names stack frames
// after the map's source.
func fixSourceMapName(out, from, to string) string {
	i := strings.LastIndex(out, sourceMapPrefix)
	if i < 0 {
		return out
	}
	enc := strings.TrimRight(out[i+len(sourceMapPrefix):], "\n")
	raw, err := base64.StdEncoding.DecodeString(enc)
	if err != nil {
		return out
	}
	var m map[string]any
	if json.Unmarshal(raw, &m) != nil {
		return out
	}
	if srcs, ok := m["sources"].([]any); ok {
		for k, v := range srcs {
			if s, ok := v.(string); ok && (s == from || strings.HasSuffix(s, "/"+path.Base(from)) || s == path.Base(from)) {
				srcs[k] = to
			}
		}
	}
	raw, err = json.Marshal(m)
	if err != nil {
		return out
	}
	return out[:i] + sourceMapPrefix + base64.StdEncoding.EncodeToString(raw) + "\n"
}

// transformKey identifies a transform: content, file name (the source map
// names it), kind, and the gorun and esbuild versions.
func transformKey(filename, source string, kind int) string {
	return fmt.Sprintf("%s\x00%s\x00%d\x00%s", transformVersion, filename, kind, source)
}
