package npmcompat

import (
	"os"
	"path"
	"strings"
)

// DefaultExtensions are the keys of a fresh Module._extensions, in the
// order LOAD_AS_FILE tries them.
var DefaultExtensions = []string{".js", ".json", ".node"}

// schemeOnlyBuiltins can be required only as "node:<name>": Node added
// them after the bare names were taken on npm.
var schemeOnlyBuiltins = map[string]bool{"test": true, "test/reporters": true, "sea": true, "sqlite": true}

// SchemeOnly reports whether the built-in name can be required only with
// the node: prefix.
func SchemeOnly(name string) bool { return schemeOnlyBuiltins[name] }

// ResolverOptions is what a Resolver needs from its runtime.
type ResolverOptions struct {
	// FS defaults to OSFS over Cwd.
	FS FS
	// Cwd returns the runtime's working directory; nil means "/".
	Cwd func() string
	// Getenv looks up the runtime's environment (NODE_PATH, HOME); nil
	// means an empty environment.
	Getenv func(key string) (string, bool)
	// IsBuiltin reports whether name (without "node:") is a built-in that
	// user code may require.
	IsBuiltin func(name string) bool
	// ExecPath is process.execPath; $PREFIX/lib/node is derived from it.
	// Empty means the running executable.
	ExecPath string
	// PreserveSymlinks and PreserveSymlinksMain are Node's
	// --preserve-symlinks and --preserve-symlinks-main.
	PreserveSymlinks     bool
	PreserveSymlinksMain bool
	// Warn receives process warnings (DEP0128 for a bad "main"); nil drops
	// them.
	Warn func(message, typ, code string)
	// Conditions are the user's extra export conditions (Node's
	// --conditions / -C), matched by both require and import.
	Conditions []string
}

// Resolver implements Node's CommonJS resolution for one runtime. It is not
// safe for concurrent use.
type Resolver struct {
	fs       FS
	opts     ResolverOptions
	pkgCache map[string]pkgEntry
	// modulePaths is Node's module-level modulePaths: NODE_PATH entries
	// then the global folders, searched after every node_modules.
	modulePaths []string
	// pathCache is Module._pathCache: request + "\x00" + the searched
	// folders joined by "\x00", to the filename found. Only hits are
	// cached; a hit skips the file system and any DEP0128 warning.
	pathCache map[string]string

	requireConds, importConds *Conditions
	// warnedPatterns dedupes DEP0155 per package.json and subpath.
	warnedPatterns map[string]bool
}

// Parent describes the module a request comes from, as the fields of
// Node's Module that resolution reads.
type Parent struct {
	ID       string
	Filename string
	// Paths is the module's `paths` (its node_modules lookup list).
	Paths []string
	// RequireStack is copied into a NotFoundError.
	RequireStack []string
}

// ResolveOptions are require.resolve's options plus the extension list.
type ResolveOptions struct {
	// Paths is options.paths; nil means absent, non-nil empty means [].
	Paths []string
	// Extensions are the keys of Module._extensions; nil means
	// DefaultExtensions.
	Extensions []string
}

// NewResolver makes a resolver and computes its global paths (InitPaths).
func NewResolver(o ResolverOptions) *Resolver {
	r := &Resolver{opts: o, fs: o.FS, pkgCache: map[string]pkgEntry{}, pathCache: map[string]string{}}
	if r.fs == nil {
		r.fs = OSFS{Cwd: o.Cwd}
	}
	r.InitPaths()
	return r
}

// FS returns the file system the resolver reads.
func (r *Resolver) FS() FS { return r.fs }

func (r *Resolver) cwd() string {
	if r.opts.Cwd == nil {
		return "/"
	}
	return r.opts.Cwd()
}

func (r *Resolver) getenv(key string) string {
	if r.opts.Getenv == nil {
		return ""
	}
	v, _ := r.opts.Getenv(key)
	return v
}

func (r *Resolver) warn(message, typ, code string) {
	if r.opts.Warn != nil {
		r.opts.Warn(message, typ, code)
	}
}

// InitPaths recomputes the global search folders from the environment,
// as Module._initPaths: NODE_PATH entries (empty ones dropped, relative
// ones kept relative), then $HOME/.node_modules, $HOME/.node_libraries and
// $PREFIX/lib/node. Packages set process.env.NODE_PATH and call
// Module._initPaths() to add folders at run time.
func (r *Resolver) InitPaths() []string {
	execPath := r.opts.ExecPath
	if execPath == "" {
		execPath, _ = os.Executable()
	}
	paths := []string{resolvePath(r.cwd(), execPath, "..", "..", "lib", "node")}
	if home := r.getenv("HOME"); home != "" {
		paths = append([]string{resolvePath(r.cwd(), home, ".node_modules"), resolvePath(r.cwd(), home, ".node_libraries")}, paths...)
	}
	if np := r.getenv("NODE_PATH"); np != "" {
		var fromEnv []string
		for _, p := range strings.Split(np, ":") {
			if p != "" {
				fromEnv = append(fromEnv, p)
			}
		}
		paths = append(fromEnv, paths...)
	}
	r.modulePaths = paths
	return r.GlobalPaths()
}

// GlobalPaths returns a copy of the global search folders
// (Module.globalPaths).
func (r *Resolver) GlobalPaths() []string { return append([]string(nil), r.modulePaths...) }

// NormalizeBuiltin is Node's BuiltinModule.normalizeRequirableId: the
// built-in a request names ("fs", "node:fs", "node:test") and whether it
// names one at all. Scheme-only built-ins need the "node:" prefix.
func (r *Resolver) NormalizeBuiltin(request string) (string, bool) {
	if r.opts.IsBuiltin == nil {
		return "", false
	}
	if name, ok := strings.CutPrefix(request, "node:"); ok {
		return name, r.opts.IsBuiltin(name)
	}
	if schemeOnlyBuiltins[request] {
		return "", false
	}
	return request, r.opts.IsBuiltin(request)
}

// CanBeRequiredByUsers reports whether name (without "node:") is a public
// built-in, scheme-only ones included.
func (r *Resolver) CanBeRequiredByUsers(name string) bool {
	return r.opts.IsBuiltin != nil && r.opts.IsBuiltin(name)
}

// NodeModulePaths is Module._nodeModulePaths: the node_modules folders for
// modules in directory from (resolved against the cwd).
func (r *Resolver) NodeModulePaths(from string) []string {
	return NodeModulePaths(resolvePath(r.cwd(), from))
}

// LookupPaths is Module._resolveLookupPaths: the folders a request is
// searched in. Bare requests (anything not starting with "./", "../", "."
// or "..") search the parent's node_modules chain, then the global paths;
// relative ones search the parent's directory. nil means none (Node's
// null), which is the answer for built-ins.
func (r *Resolver) LookupPaths(request string, parent *Parent) []string {
	if _, ok := r.NormalizeBuiltin(request); ok {
		return nil
	}
	if !strings.HasPrefix(request, ".") || (len(request) > 1 && request[1] != '.' && request[1] != '/') {
		var paths []string
		if parent != nil && len(parent.Paths) > 0 {
			paths = append(paths, parent.Paths...)
		}
		paths = append(paths, r.modulePaths...)
		if len(paths) == 0 {
			return nil
		}
		return paths
	}
	// A module without a filename (the REPL, -e) resolves relative
	// requests against the working directory.
	if parent == nil || parent.ID == "" || parent.Filename == "" {
		return []string{"."}
	}
	return []string{dirname(parent.Filename)}
}

// ResolveFilename is Module._resolveFilename: the absolute filename that
// request (from parent, nil for none) loads, or the built-in's request
// unchanged. A request nothing resolves is a *NotFoundError carrying
// parent.RequireStack.
func (r *Resolver) ResolveFilename(request string, parent *Parent, isMain bool, opts *ResolveOptions) (string, error) {
	if _, ok := r.NormalizeBuiltin(request); ok {
		return request, nil
	}
	var exts []string
	var paths []string
	if opts != nil {
		exts = opts.Extensions
	}
	if opts != nil && opts.Paths != nil {
		paths = r.pathsFromOption(request, opts.Paths)
	} else {
		paths = r.LookupPaths(request, parent)
	}
	// As in Node, "#imports" (when the parent's package has any) and then
	// self-references by package name win over the path search, and are
	// tried even when require.resolve's {paths} replaced the lookup list.
	if strings.HasPrefix(request, "#") {
		if filename, ok, err := r.resolveImports(request, parent); ok || err != nil {
			return filename, err
		}
	}
	if filename, err := r.trySelf(r.selfParentPath(parent), request); err != nil || filename != "" {
		if filename != "" {
			r.pathCache[request+"\x00"+strings.Join(paths, "\x00")] = filename
		}
		return filename, err
	}
	filename, err := r.FindPath(request, paths, isMain, exts)
	if err != nil || filename != "" {
		return filename, err
	}
	nf := &NotFoundError{Request: request}
	if parent != nil {
		nf.RequireStack = append([]string{}, parent.RequireStack...)
	}
	return "", nf
}

// pathsFromOption is require.resolve's {paths}: a relative request (".",
// "..", "./x", "../x") is
// tried in each given folder directly; anything else searches each
// folder's node_modules chain (deduplicated) and the global paths, as if
// required from a module living in that folder.
func (r *Resolver) pathsFromOption(request string, given []string) []string {
	if isRelativeRequest(request) {
		return given
	}
	paths := []string{}
	seen := map[string]bool{}
	for _, p := range given {
		fake := &Parent{Paths: r.NodeModulePaths(p)}
		for _, lp := range r.LookupPaths(request, fake) {
			if !seen[lp] {
				seen[lp] = true
				paths = append(paths, lp)
			}
		}
	}
	return paths
}

// isRelativeRequest is _findPath's test for "./x", "../x", "." and "..".
func isRelativeRequest(request string) bool {
	if !strings.HasPrefix(request, ".") {
		return false
	}
	if len(request) == 1 || request[1] == '/' {
		return true
	}
	return request[1] == '.' && (len(request) == 2 || request[2] == '/')
}

// hasTrailingSlash is _findPath's test for a request that can only name a
// directory: "x/", ".", "..", "x/." and "x/..".
func hasTrailingSlash(request string) bool {
	n := len(request)
	if n == 0 {
		return false
	}
	if request[n-1] == '/' {
		return true
	}
	if request[n-1] != '.' {
		return false
	}
	if n == 1 || request[n-2] == '/' {
		return true
	}
	return request[n-2] == '.' && (n == 2 || request[n-3] == '/')
}

// FindPath is Module._findPath: for each folder in paths, LOAD_AS_FILE then
// LOAD_AS_DIRECTORY on folder/request. It returns "" when nothing matches;
// an error means a package was found but is broken (bad package.json, a
// "main" pointing nowhere) or a file could not be realpath'd.
func (r *Resolver) FindPath(request string, paths []string, isMain bool, exts []string) (string, error) {
	if exts == nil {
		exts = DefaultExtensions
	}
	absolute := isAbs(request)
	if absolute {
		paths = []string{""}
	} else if len(paths) == 0 {
		return "", nil
	}
	cacheKey := request + "\x00" + strings.Join(paths, "\x00")
	if f, ok := r.pathCache[cacheKey]; ok {
		return f, nil
	}
	trailingSlash := hasTrailingSlash(request)
	// A request climbing out of the folder ("../x") may still resolve when
	// the folder itself is missing, so only requests staying inside skip
	// folders that do not exist.
	insidePath := !(isRelativeRequest(request) && strings.HasPrefix(path.Clean(request), ".."))
	for _, cur := range paths {
		if insidePath && cur != "" && r.fs.Stat(resolvePath(r.cwd(), cur)) != Dir {
			continue
		}
		// A package with "exports" in this folder answers (or fails)
		// here; the classic file and directory lookup never sees it.
		if !absolute {
			if filename, err := r.resolveExports(cur, request); err != nil || filename != "" {
				return filename, err
			}
		}
		base := resolvePath(r.cwd(), cur, request)
		kind := r.fs.Stat(base)
		var filename string
		var err error
		if !trailingSlash {
			if kind == File {
				if filename, err = r.foundFile(base, isMain); err != nil {
					return "", err
				}
			}
			if filename == "" {
				if filename, err = r.tryExtensions(base, exts, isMain); err != nil {
					return "", err
				}
			}
		}
		if filename == "" && kind == Dir {
			if filename, err = r.tryPackage(base, exts, isMain, request); err != nil {
				return "", err
			}
		}
		if filename != "" {
			r.pathCache[cacheKey] = filename
			return filename, nil
		}
	}
	return "", nil
}

// foundFile is the filename an exact hit is cached under: its real path,
// unless --preserve-symlinks (or --preserve-symlinks-main for the entry)
// keeps the path as found.
func (r *Resolver) foundFile(p string, isMain bool) (string, error) {
	if (isMain && r.opts.PreserveSymlinksMain) || (!isMain && r.opts.PreserveSymlinks) {
		return p, nil
	}
	return r.realpath(p)
}

func (r *Resolver) realpath(p string) (string, error) {
	real, err := r.fs.Realpath(p)
	if err != nil {
		return "", systemError(err, "realpath", p)
	}
	return real, nil
}

// tryFile is LOAD_AS_FILE's exact-name step.
func (r *Resolver) tryFile(p string, isMain bool) (string, error) {
	if r.fs.Stat(p) != File {
		return "", nil
	}
	// Node consults only --preserve-symlinks here, never the -main flag.
	if r.opts.PreserveSymlinks && !isMain {
		return p, nil
	}
	return r.realpath(p)
}

// tryExtensions is LOAD_AS_FILE's X.js, X.json, X.node steps.
func (r *Resolver) tryExtensions(base string, exts []string, isMain bool) (string, error) {
	for _, ext := range exts {
		if f, err := r.tryFile(base+ext, isMain); f != "" || err != nil {
			return f, err
		}
	}
	return "", nil
}

// tryPackage is LOAD_AS_DIRECTORY: package.json "main" (as a file, with
// extensions, or as a directory's index), else index.js/index.json. A
// "main" that names nothing falls back to the index with a DEP0128
// warning, and is MODULE_NOT_FOUND when there is no index either.
func (r *Resolver) tryPackage(dir string, exts []string, isMain bool, request string) (string, error) {
	pkg, err := r.ReadPackage(dir)
	if err != nil {
		return "", err
	}
	if pkg == nil || pkg.Main == "" {
		return r.tryExtensions(resolvePath(r.cwd(), dir, "index"), exts, isMain)
	}
	main := resolvePath(r.cwd(), dir, pkg.Main)
	actual, err := r.tryFile(main, isMain)
	if actual == "" && err == nil {
		actual, err = r.tryExtensions(main, exts, isMain)
	}
	if actual == "" && err == nil {
		actual, err = r.tryExtensions(resolvePath(r.cwd(), main, "index"), exts, isMain)
	}
	if err != nil || actual != "" {
		return actual, err
	}
	actual, err = r.tryExtensions(resolvePath(r.cwd(), dir, "index"), exts, isMain)
	if err != nil {
		return "", err
	}
	if actual == "" {
		return "", &InvalidMainError{Filename: main, PackagePath: pkg.Path, Request: request}
	}
	r.warn("Invalid 'main' field in '"+pkg.Path+"' of '"+pkg.Main+"'. Please either fix that or report it to the module author",
		warningDeprecationType, warningInvalidMainCode)
	return actual, nil
}

// ResolveMain is Node's resolveMainPath: the file `node <main>` runs, with
// extension and directory lookup and symlinks resolved (unless
// --preserve-symlinks-main). "" means not found; the loader then reports
// MODULE_NOT_FOUND through the regular require path, as Node does.
func (r *Resolver) ResolveMain(main string, exts []string) (string, error) {
	p, err := r.FindPath(resolvePath(r.cwd(), main), nil, true, exts)
	if err != nil || p == "" {
		return "", err
	}
	if r.opts.PreserveSymlinksMain {
		return p, nil
	}
	real, err := r.fs.Realpath(p)
	if err != nil {
		if isNotExist(err) {
			return "", nil
		}
		return "", systemError(err, "realpath", p)
	}
	return real, nil
}

// IsESM reports whether Node 20 would load file as an ES module: a .mjs
// file, or a .js file whose package scope says "type": "module". The
// second result is that package.json's path, for error messages.
func (r *Resolver) IsESM(file string) (bool, string, error) {
	switch {
	case strings.HasSuffix(file, ".mjs"):
		return true, "", nil
	case !strings.HasSuffix(file, ".js"):
		return false, "", nil
	}
	pkg, err := r.PackageScope(file)
	if err != nil || pkg == nil {
		return false, "", err
	}
	return pkg.Type == "module", pkg.Path, nil
}
