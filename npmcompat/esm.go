package npmcompat

import (
	"strings"
)

// ESM resolution (Node's ESM_RESOLVE for the default loader, file: URLs
// only): no extension probing and no directory indexes, the "import"
// conditions, and Node's ERR_MODULE_NOT_FOUND / ERR_UNSUPPORTED_DIR_IMPORT.

// ESMResolve resolves specifier as an `import` in the file parent. It
// returns either a file name or, for a built-in, builtin without "node:".
func (r *Resolver) ESMResolve(specifier, parent string) (filename, builtin string, err error) {
	if strings.HasPrefix(specifier, "node:") {
		name := specifier[len("node:"):]
		if !r.CanBeRequiredByUsers(name) {
			return "", "", &PackageError{Code: CodeUnknownBuiltinModule, Args: []any{specifier}}
		}
		return "", name, nil
	}
	var href string
	switch {
	case strings.HasPrefix(specifier, "/"):
		href = parseFileURL("file://" + specifier).href()
	case strings.HasPrefix(specifier, "./") || strings.HasPrefix(specifier, "../") || specifier == "." || specifier == "..":
		href = resolveRef(parseFileURL(pathToFileURL(parent)), specifier).href()
	case strings.HasPrefix(specifier, "file:"):
		href = parseFileURL(specifier).href()
	case strings.HasPrefix(specifier, "#"):
		href, err = r.PackageImportsResolve(specifier, parent, r.ImportConditions())
	default:
		if _, ok := r.NormalizeBuiltin(specifier); ok {
			return "", specifier, nil
		}
		href, err = r.PackageResolve(specifier, parent, r.ImportConditions())
	}
	if err != nil {
		return "", "", err
	}
	if strings.HasPrefix(href, "node:") {
		return "", href[len("node:"):], nil
	}
	return r.finalizeImport(href, parent)
}

// finalizeImport is the ESM loader's finalizeResolution: the URL must name
// an existing file, not a directory; symlinks are resolved unless
// --preserve-symlinks.
func (r *Resolver) finalizeImport(href, parent string) (string, string, error) {
	lower := strings.ToLower(href)
	if strings.Contains(lower, "%2f") || strings.Contains(lower, "%5c") {
		return "", "", &PackageError{Code: codeInvalidSpecifier, Args: []any{href, `must not include encoded "/" or "\" characters`, parent}}
	}
	if !strings.HasPrefix(href, "file:") {
		return "", "", &PackageError{Code: codeInvalidURLScheme, Args: []any{"file"}}
	}
	u := parseFileURL(href)
	u.rest = ""
	path, err := urlToPath(u)
	if err != nil {
		return "", "", err
	}
	switch r.fs.Stat(path) {
	case Dir:
		return "", "", &PackageError{Code: "ERR_UNSUPPORTED_DIR_IMPORT", Args: []any{path, parent, href}}
	case File:
	default:
		return "", "", &PackageError{Code: codeESMModuleNotFound, Args: []any{path, parent, href}}
	}
	if r.opts.PreserveSymlinks {
		return path, "", nil
	}
	real, err := r.realpath(path)
	return real, "", err
}

// CommonJSHint is what Node appends to ERR_MODULE_NOT_FOUND and
// ERR_UNSUPPORTED_DIR_IMPORT ("Did you mean to import ...?"): where
// require() would have found specifier from parent, relative to parent's
// folder for a relative specifier, inside its package for a bare one. ""
// means require() would not find it either.
func (r *Resolver) CommonJSHint(specifier, parent string) string {
	relative := strings.HasPrefix(specifier, "./") || strings.HasPrefix(specifier, "../")
	bare := !relative && !strings.HasPrefix(specifier, "/") && !strings.Contains(specifier, ":")
	if !relative && !bare {
		return ""
	}
	found, err := guard(func() (string, error) {
		return r.ResolveFilename(specifier, &Parent{Filename: parent, ID: parent, Paths: r.NodeModulePaths(dirname(parent))}, false, nil)
	})
	if err != nil || found == "" {
		return ""
	}
	if relative {
		rel := relativePath(dirname(parent), found)
		if !strings.HasPrefix(rel, "../") {
			rel = "./" + rel
		}
		return rel
	}
	i := strings.IndexByte(specifier, '/')
	pkg := specifier
	if i >= 0 {
		pkg = specifier[:i]
	}
	needle := "/node_modules/" + pkg + "/"
	if j := strings.LastIndex(found, needle); j >= 0 {
		parts := strings.Split(found[j+len(needle):], "/")
		for k, p := range parts {
			parts[k] = encodeURIComponent(p)
		}
		return pkg + "/" + strings.Join(parts, "/")
	}
	return pathToFileURL(found)
}

// relativePath is path.relative for absolute, clean POSIX paths.
func relativePath(from, to string) string {
	f := strings.Split(strings.Trim(from, "/"), "/")
	t := strings.Split(strings.Trim(to, "/"), "/")
	if from == "/" {
		f = nil
	}
	i := 0
	for i < len(f) && i < len(t) && f[i] == t[i] {
		i++
	}
	var out []string
	for range f[i:] {
		out = append(out, "..")
	}
	return strings.Join(append(out, t[i:]...), "/")
}

// encodeURIComponent escapes all but JS's unreserved set.
func encodeURIComponent(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-_.!~*'()", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteString(pctByte(c))
	}
	return b.String()
}
