package npmcompat

import (
	"bytes"
	"encoding/json"
	"strings"
)

// PackageJSON holds the package.json fields resolution reads. Fields of
// the wrong JSON type are treated as absent, as Node's reader does.
type PackageJSON struct {
	// Path is the package.json file itself.
	Path string
	Name string
	// HasName is false when "name" is absent or not a string; "" is a
	// name as far as self-reference goes.
	HasName bool
	// Main is the "main" entry; "" when absent, empty or not a string.
	Main string
	// Type is "commonjs", "module", or "" for anything else.
	Type string
	// Exports and Imports are kept raw (nil when absent) for the
	// conditional-exports resolution that builds on this package.
	Exports json.RawMessage
	Imports json.RawMessage

	// exports and imports are the fields parsed with V8's key order, on
	// first use.
	exports, imports             any
	exportsParsed, importsParsed bool
}

// pkgEntry caches one read, including a missing file (pkg == nil) and a
// parse failure, so each package.json is read once per loader.
type pkgEntry struct {
	pkg *PackageJSON
	err error
}

// ReadPackage reads dir/package.json. It returns (nil, nil) when there is
// none or it cannot be read, and a *PackageJSONError when it is not JSON.
func (r *Resolver) ReadPackage(dir string) (*PackageJSON, error) {
	file := resolvePath(r.cwd(), dir, "package.json")
	if e, ok := r.pkgCache[file]; ok {
		return e.pkg, e.err
	}
	pkg, err := r.readPackageFile(file)
	r.pkgCache[file] = pkgEntry{pkg, err}
	return pkg, err
}

func (r *Resolver) readPackageFile(file string) (*PackageJSON, error) {
	if r.fs.Stat(file) != File {
		return nil, nil
	}
	data, err := r.fs.ReadFile(file)
	if err != nil {
		return nil, nil
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	pkg := &PackageJSON{Path: file}
	if msg := describeJSONError(string(data)); msg != "" {
		return nil, &PackageJSONError{Path: file, Message: msg}
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal(data, &fields) != nil {
		// Valid JSON that is not an object ([], "x", null): a package
		// with no fields.
		return pkg, nil
	}
	pkg.Name = jsonString(fields["name"])
	pkg.HasName = len(fields["name"]) > 0 && fields["name"][0] == '"'
	pkg.Main = jsonString(fields["main"])
	switch t := jsonString(fields["type"]); t {
	case "commonjs", "module":
		pkg.Type = t
	}
	if v, ok := fields["exports"]; ok {
		pkg.Exports = v
	}
	if v, ok := fields["imports"]; ok {
		pkg.Imports = v
	}
	return pkg, nil
}

// jsonString decodes raw when it is a JSON string.
func jsonString(raw json.RawMessage) string {
	var s string
	if len(raw) == 0 || raw[0] != '"' || json.Unmarshal(raw, &s) != nil {
		return ""
	}
	return s
}

// PackageScope finds the package.json governing file: the nearest one in
// an ancestor directory, stopping at a node_modules boundary (Node's
// readPackageScope / "PACKAGE_SCOPE"). It returns nil when there is none.
func (r *Resolver) PackageScope(file string) (*PackageJSON, error) {
	check := resolvePath(r.cwd(), file)
	for {
		sep := strings.LastIndexByte(check, '/')
		if sep < 0 {
			return nil, nil
		}
		check = check[:sep]
		if strings.HasSuffix(check, "/"+nodeModulesSegment) {
			return nil, nil
		}
		pkg, err := r.ReadPackage(check + "/")
		if pkg != nil || err != nil {
			return pkg, err
		}
		if sep == 0 {
			return nil, nil
		}
	}
}

// PackageType is the "type" of file's package scope, as Node's
// getPackageType: "module", "commonjs", or "none" when there is no
// package.json or it has no valid "type". A .js file loads as an ES module
// exactly when this is "module"; .cjs and .mjs ignore it.
func (r *Resolver) PackageType(file string) (string, error) {
	pkg, err := r.PackageScope(file)
	if err != nil || pkg == nil || pkg.Type == "" {
		return "none", err
	}
	return pkg.Type, nil
}
