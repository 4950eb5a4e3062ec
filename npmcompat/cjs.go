package npmcompat

import (
	"errors"
	"strings"
)

// The require() side of "exports"/"imports": where Node's CommonJS loader
// calls into the ESM algorithms (resolveExports, trySelf and the "#"
// branch of Module._resolveFilename) and how it turns their URLs into
// filenames (finalizeEsmResolution).

// exportsPattern is the request shape resolveExports applies to: a
// package name (scoped or not) and an optional "/subpath".
var exportsPattern = lazyRegexp(`^((?:@[^/\\%]+/)?[^./\\%][^/\\%]*)(/.*)?$`)

// resolveExports is Node's resolveExports: when folder nmPath holds the
// package request names and that package has "exports", the file they
// map request to. "" means the package has no "exports" (or is not
// there) and the classic lookup goes on.
func (r *Resolver) resolveExports(nmPath, request string) (string, error) {
	m := exportsPattern().FindStringSubmatch(request)
	if m == nil {
		return "", nil
	}
	pkgPath := resolvePath(r.cwd(), nmPath, m[1])
	pkg, err := r.ReadPackage(pkgPath)
	if err != nil || !pkg.HasExports() {
		return "", err
	}
	href, err := r.PackageExportsResolve(pkg.Path, "."+m[2], pkg, "", r.RequireConditions())
	if err != nil {
		return "", cjsNotFound(err, request, pkg.Path)
	}
	return r.finalizeESMResolution(href, "", pkgPath)
}

// cjsNotFound rewrites an ESM "not found" as require() reports it.
func cjsNotFound(err error, request, pjsonPath string) error {
	var pe *PackageError
	if errors.As(err, &pe) && pe.Code == codeESMModuleNotFound {
		return &ExportsNotFoundError{Request: request, Path: pjsonPath}
	}
	return err
}

// selfParentPath is Node's trySelfParentPath: the file self-references
// and "#imports" resolve from; a preload or REPL parent stands in the
// working directory.
func (r *Resolver) selfParentPath(parent *Parent) string {
	if parent == nil {
		return ""
	}
	if parent.Filename != "" {
		return parent.Filename
	}
	if parent.ID == "<repl>" || parent.ID == "internal/preload" {
		return r.cwd() + "/"
	}
	return ""
}

// trySelf resolves a request naming the package the parent belongs to
// (its nearest package.json, which must have "name" and "exports").
func (r *Resolver) trySelf(parentPath, request string) (string, error) {
	if parentPath == "" {
		return "", nil
	}
	pkg, err := r.PackageScope(parentPath)
	if err != nil || pkg == nil || !pkg.HasExports() || !pkg.HasName {
		return "", err
	}
	var expansion string
	switch {
	case request == pkg.Name:
		expansion = "."
	case strings.HasPrefix(request, pkg.Name+"/"):
		expansion = "." + request[len(pkg.Name):]
	default:
		return "", nil
	}
	pkgPath := dirname(pkg.Path)
	href, err := r.PackageExportsResolve(pkg.Path, expansion, pkg, parentPath, r.RequireConditions())
	if err != nil {
		return "", cjsNotFound(err, request, pkg.Path)
	}
	return r.finalizeESMResolution(href, parentPath, pkgPath)
}

// resolveImports is the "#name" branch of Module._resolveFilename. ok is
// false when the parent's package scope has no "imports", and the request
// then goes through the classic lookup like any other.
func (r *Resolver) resolveImports(request string, parent *Parent) (filename string, ok bool, err error) {
	if parent == nil || (parent.Filename == "" && parent.ID != "<repl>") {
		return "", false, nil
	}
	parentPath := parent.Filename
	if parentPath == "" {
		parentPath = r.cwd() + "/"
	}
	pkg, err := r.PackageScope(parentPath)
	if err != nil || !pkg.HasImports() {
		return "", false, err
	}
	href, err := r.PackageImportsResolve(request, parentPath, r.RequireConditions())
	if err != nil {
		return "", true, cjsNotFound(err, request, "")
	}
	filename, err = r.finalizeESMResolution(href, parentPath, dirname(pkg.Path))
	return filename, true, err
}

// finalizeESMResolution is Node's function of that name for require():
// the URL must be a file URL without encoded separators, and name an
// existing file (symlinks resolved unless --preserve-symlinks).
func (r *Resolver) finalizeESMResolution(href, parentPath, pkgPath string) (string, error) {
	lower := strings.ToLower(href)
	if strings.Contains(lower, "%2f") || strings.Contains(lower, "%5c") {
		var base any
		if parentPath != "" {
			base = parentPath
		}
		return "", &PackageError{Code: codeInvalidSpecifier, Args: []any{href, `must not include encoded "/" or "\" characters`, base}}
	}
	if !strings.HasPrefix(href, "file:") {
		return "", &PackageError{Code: codeInvalidURLScheme, Args: []any{"file"}}
	}
	filename, err := urlToPath(parseFileURL(href))
	if err != nil {
		return "", err
	}
	actual, err := r.tryFile(filename, false)
	if err != nil || actual != "" {
		return actual, err
	}
	return "", &ExportsNotFoundError{Request: filename, Path: resolvePath(r.cwd(), pkgPath, "package.json")}
}

// invalidPackageName matches what parsePackageName rejects: a leading
// ".", a "%" or a "\".
func invalidPackageName(name string) bool {
	return strings.HasPrefix(name, ".") || strings.ContainsAny(name, `%\`)
}

// PackageResolve is ESM's PACKAGE_RESOLVE for a bare specifier imported
// from the file base: a built-in ("node:fs"), the package's own name
// (self-reference), or a package in a node_modules folder above base,
// through its "exports" or, without them, its "main". It returns a URL.
func (r *Resolver) PackageResolve(specifier, base string, conds *Conditions) (string, error) {
	if _, ok := r.NormalizeBuiltin(specifier); ok && !strings.HasPrefix(specifier, "node:") {
		return "node:" + specifier, nil
	}
	sep := strings.IndexByte(specifier, '/')
	valid := true
	if strings.HasPrefix(specifier, "@") {
		if sep < 0 {
			valid = false
		} else if next := strings.IndexByte(specifier[sep+1:], '/'); next >= 0 {
			sep += 1 + next
		} else {
			sep = -1
		}
	}
	name, subpath := specifier, "."
	if sep >= 0 {
		name, subpath = specifier[:sep], "."+specifier[sep:]
	}
	if !valid || invalidPackageName(name) {
		return "", &PackageError{Code: codeInvalidSpecifier, Args: []any{specifier, "is not a valid package name", base}}
	}
	if scope, err := r.esmPackageScope(base); err != nil {
		return "", r.esmConfigError(err, specifier, base)
	} else if scope.HasExports() && scope.HasName && scope.Name == name {
		return r.PackageExportsResolve(scope.Path, subpath, scope, base, conds)
	}
	dir := dirname(resolvePath(r.cwd(), base))
	for {
		pkgDir := resolvePath(r.cwd(), dir, "node_modules", name)
		if r.fs.Stat(pkgDir) == Dir {
			pkg, err := r.ReadPackage(pkgDir)
			if err != nil {
				return "", r.esmConfigError(err, specifier, base)
			}
			pjsonPath := pkgDir + "/package.json"
			if pkg.HasExports() {
				return r.PackageExportsResolve(pjsonPath, subpath, pkg, base, conds)
			}
			if subpath == "." {
				return r.legacyMainResolve(pjsonPath, pkg, base)
			}
			return resolveRef(parseFileURL(pathToFileURL(pjsonPath)), subpath).href(), nil
		}
		if dir == "/" {
			break
		}
		dir = dirname(dir)
	}
	return "", &PackageError{Code: codeESMModuleNotFound, Args: []any{name, base, nil}}
}

// esmConfigError turns a package.json parse failure into the
// ERR_INVALID_PACKAGE_CONFIG the ES module loader reports.
func (r *Resolver) esmConfigError(err error, specifier, base string) error {
	var pj *PackageJSONError
	if errors.As(err, &pj) {
		return &PackageError{Code: codeInvalidConfig, Args: []any{pj.Path, `"` + specifier + `" from ` + base, pj.Message}}
	}
	return err
}

// legacyMainExtensions are what LEGACY_MAIN_RESOLVE tries after "main",
// then in the package folder itself.
var (
	legacyMainSuffixes  = []string{"", ".js", ".json", ".node", "/index.js", "/index.json", "/index.node"}
	legacyIndexSuffixes = []string{"./index.js", "./index.json", "./index.node"}
)

// legacyMainResolve is LEGACY_MAIN_RESOLVE: "main" with the CommonJS
// extensions and index files, then the package's index; no match is
// ERR_MODULE_NOT_FOUND naming what "main" (or index.js) should have been.
func (r *Resolver) legacyMainResolve(pjsonPath string, pkg *PackageJSON, base string) (string, error) {
	pjsonURL := parseFileURL(pathToFileURL(pjsonPath))
	try := func(ref string) (string, bool) {
		u := resolveRef(pjsonURL, ref)
		p, err := urlToPath(u)
		if err == nil && r.fs.Stat(p) == File {
			return u.href(), true
		}
		return "", false
	}
	if pkg != nil && pkg.Main != "" {
		for _, s := range legacyMainSuffixes {
			if href, ok := try("./" + pkg.Main + s); ok {
				return href, nil
			}
		}
	}
	for _, s := range legacyIndexSuffixes {
		if href, ok := try(s); ok {
			return href, nil
		}
	}
	missing := dirname(pjsonPath) + "/index.js"
	if pkg != nil && pkg.Main != "" {
		missing = resolvePath(r.cwd(), dirname(pjsonPath), pkg.Main)
	}
	return "", &PackageError{Code: codeESMModuleNotFound, Args: []any{missing, base, nil}}
}
