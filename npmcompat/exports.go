package npmcompat

import (
	"strings"
)

// This file is Node's package "exports"/"imports" resolution
// (https://nodejs.org/api/esm.html#resolution-algorithm-specification,
// PACKAGE_EXPORTS_RESOLVE, PACKAGE_IMPORTS_RESOLVE, PACKAGE_TARGET_RESOLVE
// and PACKAGE_RESOLVE), shared by require() and, later, import. The
// functions return URLs (hrefs) as Node's do, because the URL round trip
// is observable; cjs.go turns them into filenames for require().

// Conditions is a set of export conditions, such as require()'s
// {"require", "node", "node-addons", "module-sync"}. "default" always
// matches and need not be listed.
type Conditions struct {
	names []string
	set   map[string]bool
}

// NewConditions makes a condition set from names (duplicates dropped).
func NewConditions(names ...string) *Conditions {
	c := &Conditions{set: map[string]bool{}}
	for _, n := range names {
		if !c.set[n] {
			c.set[n] = true
			c.names = append(c.names, n)
		}
	}
	return c
}

// Has reports whether name is in the set.
func (c *Conditions) Has(name string) bool { return c.set[name] }

// Names lists the conditions in the order they were given.
func (c *Conditions) Names() []string { return append([]string(nil), c.names...) }

// RequireConditions is the set require() resolves "exports" and "imports"
// with in Node 20.19+ (getCjsConditions, where --experimental-require-module
// is on by default): require, node, node-addons, module-sync, then the
// user's --conditions.
func (r *Resolver) RequireConditions() *Conditions {
	if r.requireConds == nil {
		r.requireConds = NewConditions(append([]string{"require", "node", "node-addons", "module-sync"}, r.opts.Conditions...)...)
	}
	return r.requireConds
}

// ImportConditions is the set import resolves with in Node 20.19+
// (initializeDefaultConditions): node, import, module-sync, node-addons,
// then the user's --conditions.
func (r *Resolver) ImportConditions() *Conditions {
	if r.importConds == nil {
		r.importConds = NewConditions(append([]string{"node", "import", "module-sync", "node-addons"}, r.opts.Conditions...)...)
	}
	return r.importConds
}

// Target-resolution outcomes besides a URL: Node's null (the target is
// null or an empty array: excluded) and undefined (no condition matched).
type targetResult int

const (
	targetFound targetResult = iota
	targetNull
	targetUndefined
)

// targetCtx carries what every step of PACKAGE_TARGET_RESOLVE needs.
type targetCtx struct {
	pjsonPath string
	pjsonURL  fileURL
	// base is the importing file ("" for none: require() of a package
	// found in node_modules has no base).
	base     string
	internal bool
	conds    *Conditions
}

// pkgDir is the package directory with a trailing slash, as Node prints
// it in messages.
func (c *targetCtx) pkgDir() string { return dirname(c.pjsonPath) + "/" }

func (c *targetCtx) baseArg() any {
	if c.base == "" {
		return nil
	}
	return c.base
}

// baseURLArg is the raw base ERR_INVALID_PACKAGE_CONFIG receives: Node
// passes the URL object, so its message shows "file:///...".
func (c *targetCtx) baseURLArg() any {
	if c.base == "" {
		return nil
	}
	return pathToFileURL(c.base)
}

func (c *targetCtx) field() string {
	if c.internal {
		return "imports"
	}
	return "exports"
}

func (c *targetCtx) invalidTarget(key string, target any) error {
	return &PackageError{Code: codeInvalidTarget, Args: []any{c.pkgDir(), key, jsTemplateString(target), c.internal, c.baseArg()}}
}

func (c *targetCtx) notExported(subpath string) error {
	return &PackageError{Code: codePathNotExported, Args: []any{c.pkgDir(), subpath, c.baseArg()}}
}

func (c *targetCtx) invalidConfig(message string) error {
	return &PackageError{Code: codeInvalidConfig, Args: []any{c.pjsonPath, c.baseURLArg(), message}}
}

func newTargetCtx(pjsonPath, base string, internal bool, conds *Conditions) *targetCtx {
	return &targetCtx{pjsonPath: pjsonPath, pjsonURL: parseFileURL(pathToFileURL(pjsonPath)), base: base, internal: internal, conds: conds}
}

// exportsValue returns pkg's parsed "exports", nil when absent or null.
func (p *PackageJSON) exportsValue() any {
	if p.Exports != nil && !p.exportsParsed {
		p.exportsParsed = true
		p.exports, _ = parseJSONValue(p.Exports)
	}
	return p.exports
}

// importsValue returns pkg's parsed "imports", nil when absent or null.
func (p *PackageJSON) importsValue() any {
	if p.Imports != nil && !p.importsParsed {
		p.importsParsed = true
		p.imports, _ = parseJSONValue(p.Imports)
	}
	return p.imports
}

// HasExports reports whether the package has an "exports" field that is
// not null, which switches resolution into the package to the exports
// algorithm.
func (p *PackageJSON) HasExports() bool { return p != nil && p.exportsValue() != nil }

// HasImports reports whether the package has an "imports" field that is
// not null.
func (p *PackageJSON) HasImports() bool { return p != nil && p.importsValue() != nil }

// ownKeys is Object.getOwnPropertyNames for the values "exports" and
// "imports" can hold; only objects have keys that matter here.
func ownKeys(v any) []string {
	if o, ok := v.(*jsonObject); ok {
		return o.keys
	}
	return nil
}

func ownValue(v any, key string) (any, bool) {
	if o, ok := v.(*jsonObject); ok {
		return o.get(key)
	}
	return nil, false
}

// PackageExportsResolve is PACKAGE_EXPORTS_RESOLVE: the URL subpath ("."
// or "./x") of the package whose package.json is pjsonPath maps to under
// conds. base is the importing file, "" for none.
func (r *Resolver) PackageExportsResolve(pjsonPath, subpath string, pkg *PackageJSON, base string, conds *Conditions) (string, error) {
	c := newTargetCtx(pjsonPath, base, false, conds)
	exports := pkg.exportsValue()
	sugar, err := c.isMainSugar(exports)
	if err != nil {
		return "", err
	}
	if sugar {
		exports = &jsonObject{keys: []string{"."}, vals: map[string]any{".": exports}}
	}
	if target, ok := ownValue(exports, subpath); ok && !strings.Contains(subpath, "*") && !strings.HasSuffix(subpath, "/") {
		href, res, err := r.resolveTarget(c, target, "", subpath, false, false)
		if err != nil {
			return "", err
		}
		if res != targetFound {
			return "", c.notExported(subpath)
		}
		return href, nil
	}
	bestMatch, bestSubpath := "", ""
	for _, key := range ownKeys(exports) {
		star := strings.IndexByte(key, '*')
		if star < 0 || !strings.HasPrefix(subpath, key[:star]) {
			continue
		}
		// Node still matches a subpath ending in "/" against a pattern,
		// with a deprecation warning, until the spec's rejection lands.
		if strings.HasSuffix(subpath, "/") {
			r.warnTrailingSlashPattern(subpath, pjsonPath, base)
		}
		trailer := key[star+1:]
		if len(subpath) >= len(key) && strings.HasSuffix(subpath, trailer) &&
			patternKeyCompare(bestMatch, key) == 1 && strings.LastIndexByte(key, '*') == star {
			bestMatch = key
			bestSubpath = subpath[star : len(subpath)-len(trailer)]
		}
	}
	if bestMatch != "" {
		target, _ := ownValue(exports, bestMatch)
		href, res, err := r.resolveTarget(c, target, bestSubpath, bestMatch, true, strings.HasSuffix(subpath, "/"))
		if err != nil {
			return "", err
		}
		if res != targetFound {
			return "", c.notExported(subpath)
		}
		return href, nil
	}
	return "", c.notExported(subpath)
}

// isMainSugar reports whether exports is the shorthand for {".": exports}:
// a string, an array, or an object whose keys are all conditions. Mixing
// "./x" keys with condition keys is an invalid config.
func (c *targetCtx) isMainSugar(exports any) (bool, error) {
	switch exports.(type) {
	case string, []any:
		return true, nil
	case *jsonObject:
	default:
		return false, nil
	}
	sugar := false
	for i, key := range ownKeys(exports) {
		cur := key == "" || key[0] != '.'
		if i == 0 {
			sugar = cur
		} else if sugar != cur {
			return false, c.invalidConfig(`"exports" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.`)
		}
	}
	return sugar, nil
}

// patternKeyCompare orders pattern keys by specificity (Node's
// PATTERN_KEY_COMPARE): 1 means b is more specific than a.
func patternKeyCompare(a, b string) int {
	aStar, bStar := strings.IndexByte(a, '*'), strings.IndexByte(b, '*')
	baseA, baseB := len(a), len(b)
	if aStar >= 0 {
		baseA = aStar + 1
	}
	if bStar >= 0 {
		baseB = bStar + 1
	}
	switch {
	case baseA > baseB:
		return -1
	case baseB > baseA:
		return 1
	case aStar < 0:
		return 1
	case bStar < 0:
		return -1
	case len(a) > len(b):
		return -1
	case len(b) > len(a):
		return 1
	}
	return 0
}

// PackageImportsResolve is PACKAGE_IMPORTS_RESOLVE: the URL a "#name"
// specifier from the file base maps to through the "imports" of base's
// package scope.
func (r *Resolver) PackageImportsResolve(name, base string, conds *Conditions) (string, error) {
	if name == "#" || strings.HasPrefix(name, "#/") || strings.HasSuffix(name, "/") {
		return "", &PackageError{Code: codeInvalidSpecifier, Args: []any{name, "is not a valid internal imports specifier name", base}}
	}
	pkg, err := r.esmPackageScope(base)
	if err != nil {
		return "", err
	}
	var pkgDir any
	if pkg != nil {
		pkgDir = dirname(pkg.Path) + "/"
		c := newTargetCtx(pkg.Path, base, true, conds)
		imports := pkg.importsValue()
		if target, ok := ownValue(imports, name); ok && !strings.Contains(name, "*") {
			href, res, err := r.resolveTarget(c, target, "", name, false, false)
			if err != nil || res == targetFound {
				return href, err
			}
		} else if _, isObj := imports.(*jsonObject); isObj {
			bestMatch, bestSubpath := "", ""
			for _, key := range ownKeys(imports) {
				star := strings.IndexByte(key, '*')
				if star < 0 || !strings.HasPrefix(name, key[:star]) {
					continue
				}
				trailer := key[star+1:]
				if len(name) >= len(key) && strings.HasSuffix(name, trailer) &&
					patternKeyCompare(bestMatch, key) == 1 && strings.LastIndexByte(key, '*') == star {
					bestMatch = key
					bestSubpath = name[star : len(name)-len(trailer)]
				}
			}
			if bestMatch != "" {
				target, _ := ownValue(imports, bestMatch)
				href, res, err := r.resolveTarget(c, target, bestSubpath, bestMatch, true, false)
				if err != nil || res == targetFound {
					return href, err
				}
			}
		}
	}
	return "", &PackageError{Code: codeImportNotDefined, Args: []any{name, pkgDir, base}}
}

// esmPackageScope is ESM's GET_PACKAGE_SCOPE: the nearest package.json
// above file, not looking past a node_modules folder.
func (r *Resolver) esmPackageScope(file string) (*PackageJSON, error) {
	dir := dirname(resolvePath(r.cwd(), file))
	for {
		if strings.HasSuffix(dir, "/node_modules") || dir == "/node_modules" {
			return nil, nil
		}
		pkg, err := r.ReadPackage(dir)
		if pkg != nil || err != nil {
			return pkg, err
		}
		if dir == "/" {
			return nil, nil
		}
		dir = dirname(dir)
	}
}

// resolveTarget is PACKAGE_TARGET_RESOLVE. key is the matched "exports"
// or "imports" key; pattern says whether it was a "*" key, with subpath
// the text the "*" stands for.
func (r *Resolver) resolveTarget(c *targetCtx, target any, subpath, key string, pattern, isPathMap bool) (string, targetResult, error) {
	switch t := target.(type) {
	case string:
		href, err := r.resolveTargetString(c, t, subpath, key, pattern, isPathMap)
		if err != nil {
			return "", 0, err
		}
		return href, targetFound, nil
	case []any:
		if len(t) == 0 {
			return "", targetNull, nil
		}
		// Node keeps the last failure: an invalid target is skipped in
		// favour of a later valid one, and rethrown when none is.
		var lastErr error
		lastNull, seenAny := false, false
		for _, item := range t {
			href, res, err := r.resolveTarget(c, item, subpath, key, pattern, isPathMap)
			if err != nil {
				if pe, ok := err.(*PackageError); ok && pe.Code == codeInvalidTarget {
					lastErr, lastNull, seenAny = err, false, true
					continue
				}
				return "", 0, err
			}
			switch res {
			case targetUndefined:
				continue
			case targetNull:
				lastErr, lastNull, seenAny = nil, true, true
				continue
			}
			return href, targetFound, nil
		}
		switch {
		case !seenAny:
			return "", targetUndefined, nil
		case lastNull:
			return "", targetNull, nil
		}
		return "", 0, lastErr
	case *jsonObject:
		for _, k := range t.keys {
			if isArrayIndexKey(k) {
				return "", 0, c.invalidConfig(`"exports" cannot contain numeric property keys.`)
			}
		}
		for _, k := range t.keys {
			if k != "default" && !c.conds.Has(k) {
				continue
			}
			href, res, err := r.resolveTarget(c, t.vals[k], subpath, key, pattern, isPathMap)
			if err != nil || res != targetUndefined {
				return href, res, err
			}
		}
		return "", targetUndefined, nil
	case nil:
		return "", targetNull, nil
	}
	return "", 0, c.invalidTarget(key, target)
}

// invalidSegment matches a "", ".", ".." or "node_modules" path segment
// (percent-encoded forms included) that a target or subpath may not
// contain; deprecatedSegment is the subset Node only warns about (empty
// segments: a leading, trailing or double slash).
func invalidSegment(s string) (invalid, deprecatedOnly bool) {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '\\' })
	for _, p := range parts {
		if isSingleDot(p) || isDoubleDot(p) || strings.EqualFold(decodeUnreserved(p), "node_modules") {
			return true, false
		}
	}
	// Empty segments: FieldsFunc drops them, so look for them directly.
	if s == "" {
		return true, true
	}
	for i := 0; i < len(s); i++ {
		sep := s[i] == '/' || s[i] == '\\'
		if sep && (i == 0 || i == len(s)-1 || s[i+1] == '/' || s[i+1] == '\\') {
			return true, true
		}
	}
	return false, false
}

// decodeUnreserved decodes %XX escapes of letters and "_", which is all
// Node's segment regular expression recognises in "node_modules".
func decodeUnreserved(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && unhex(s[i+1]) >= 0 && unhex(s[i+2]) >= 0 {
			c := byte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			if c == '_' || ('a' <= c|0x20 && c|0x20 <= 'z') {
				sb.WriteByte(c)
				i += 2
				continue
			}
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}

// resolveTargetString is PACKAGE_TARGET_RESOLVE for a string target.
func (r *Resolver) resolveTargetString(c *targetCtx, target, subpath, key string, pattern, isPathMap bool) (string, error) {
	if subpath != "" && !pattern && !strings.HasSuffix(target, "/") {
		return "", c.invalidTarget(key, target)
	}
	substitute := func(s string) string {
		if pattern {
			return strings.ReplaceAll(s, "*", subpath)
		}
		return s + subpath
	}
	if !strings.HasPrefix(target, "./") {
		// An "imports" target may name another package ("#dep": "dep");
		// anything that parses as a URL ("node:fs", "https:...") is
		// rejected, as are "/abs" and "../up".
		if c.internal && !strings.HasPrefix(target, "/") && !strings.HasPrefix(target, "../") && !canParseURL(target) {
			return r.PackageResolve(substitute(target), c.pjsonPath, c.conds)
		}
		return "", c.invalidTarget(key, target)
	}
	if bad, deprecated := invalidSegment(target[2:]); bad {
		if !deprecated {
			return "", c.invalidTarget(key, target)
		}
		if !isPathMap {
			request := key + subpath
			if pattern {
				request = strings.Replace(key, "*", subpath, 1)
			}
			resolvedTarget := target
			if pattern {
				resolvedTarget = strings.ReplaceAll(target, "*", subpath)
			}
			r.warnInvalidSegment(resolvedTarget, request, key, c, true)
		}
	}
	resolved := resolveRef(c.pjsonURL, target)
	if !strings.HasPrefix(resolved.pathname(), c.pjsonURL.dir().pathname()) {
		return "", c.invalidTarget(key, target)
	}
	if subpath == "" {
		return resolved.href(), nil
	}
	if bad, deprecated := invalidSegment(subpath); bad {
		request := key + subpath
		if pattern {
			request = strings.Replace(key, "*", subpath, 1)
		}
		if !deprecated {
			return "", &PackageError{Code: codeInvalidSpecifier, Args: []any{request,
				`request is not a valid match in pattern "` + key + `" for the "` + c.field() + `" resolution of ` + c.pjsonPath, c.baseArg()}}
		}
		if !isPathMap {
			resolvedTarget := target
			if pattern {
				resolvedTarget = strings.ReplaceAll(target, "*", subpath)
			}
			r.warnInvalidSegment(resolvedTarget, request, key, c, false)
		}
	}
	if pattern {
		return parseFileURL(strings.ReplaceAll(resolved.href(), "*", subpath)).href(), nil
	}
	return resolveRef(resolved, subpath).href(), nil
}

// canParseURL is URL.canParse for the strings a target can be: an
// absolute URL starts with a scheme (a letter, then letters, digits, "+",
// "-" or ".") and a colon.
func canParseURL(s string) bool {
	s = cleanURLInput(s)
	colon := strings.IndexByte(s, ':')
	if colon < 1 {
		return false
	}
	for i := 0; i < colon; i++ {
		c := s[i] | 0x20
		isAlpha := 'a' <= c && c <= 'z'
		if i == 0 && !isAlpha {
			return false
		}
		if !isAlpha && !('0' <= s[i] && s[i] <= '9') && s[i] != '+' && s[i] != '-' && s[i] != '.' {
			return false
		}
	}
	// Special schemes need something after the colon to have a host;
	// "file:" alone and the others parse. Good enough for targets, which
	// are package paths in practice.
	return true
}

func (r *Resolver) warnTrailingSlashPattern(match, pjsonPath, base string) {
	if r.warnedPatterns == nil {
		r.warnedPatterns = map[string]bool{}
	}
	if r.warnedPatterns[pjsonPath+"|"+match] {
		return
	}
	r.warnedPatterns[pjsonPath+"|"+match] = true
	from := ""
	if base != "" {
		from = " imported from " + base
	}
	r.warn(`Use of deprecated trailing slash pattern mapping "`+match+`" in the "exports" field module resolution of the package at `+
		pjsonPath+from+`. Mapping specifiers ending in "/" is no longer supported.`, warningDeprecationType, warningTrailingSlash)
}

func (r *Resolver) warnInvalidSegment(target, request, match string, c *targetCtx, isTarget bool) {
	checked := request
	if isTarget {
		checked = target
	}
	kind := "leading or trailing slash matching"
	if strings.Contains(checked, "//") || strings.Contains(checked, "\\\\") || strings.Contains(checked, "/\\") || strings.Contains(checked, "\\/") {
		kind = "double slash"
	}
	matched := ""
	if request != match {
		matched = `matched to "` + match + `" `
	}
	from := ""
	if c.base != "" {
		from = " imported from " + c.base
	}
	r.warn(`Use of deprecated `+kind+` resolving "`+target+`" for module request "`+request+`" `+matched+`in the "`+c.field()+
		`" field module resolution of the package at `+c.pjsonPath+from+`.`, warningDeprecationType, warningInvalidSegment)
}
