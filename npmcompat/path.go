package npmcompat

import (
	"path"
	"strings"
)

// Resolution works on POSIX paths with Node's path.posix semantics, whatever
// the host: Node's algorithm is specified in those terms and module ids,
// cache keys and __filename must come out byte-identical to Node's.

// isAbs reports whether p is absolute, as path.isAbsolute.
func isAbs(p string) bool { return strings.HasPrefix(p, "/") }

// resolvePath is path.resolve(cwd, ...parts): the last absolute part wins,
// relative parts are joined onto it, and the result is normalised without a
// trailing slash.
func resolvePath(cwd string, parts ...string) string {
	base := ""
	for i := len(parts) - 1; i >= 0; i-- {
		if parts[i] == "" {
			continue
		}
		if base == "" {
			base = parts[i]
		} else {
			base = parts[i] + "/" + base
		}
		if isAbs(parts[i]) {
			return path.Clean(base)
		}
	}
	if base == "" {
		return path.Clean(cwd)
	}
	return path.Clean(cwd + "/" + base)
}

// dirname is path.posix.dirname, which differs from path.Dir on trailing
// slashes ("/a/b/" is "/a", not "/a/b") and never cleans the result.
func dirname(p string) string {
	if p == "" {
		return "."
	}
	hasRoot := p[0] == '/'
	end := -1
	matchedSlash := true
	for i := len(p) - 1; i >= 1; i-- {
		if p[i] == '/' {
			if !matchedSlash {
				end = i
				break
			}
		} else {
			matchedSlash = false
		}
	}
	if end == -1 {
		if hasRoot {
			return "/"
		}
		return "."
	}
	if hasRoot && end == 1 {
		return "//"
	}
	return p[:end]
}

// nodeModulesSegment is the directory name that LOAD_NODE_MODULES adds.
const nodeModulesSegment = "node_modules"

// NodeModulePaths is Module._nodeModulePaths for an absolute directory:
// from the directory up to the root, each ancestor's node_modules folder,
// skipping ancestors that are themselves named node_modules (a package's
// own node_modules/node_modules is never searched).
func NodeModulePaths(from string) []string {
	if from == "/" {
		return []string{"/node_modules"}
	}
	var out []string
	last := len(from)
	for i := len(from) - 1; i >= 0; i-- {
		if from[i] != '/' {
			continue
		}
		seg := from[i+1 : last]
		if seg != nodeModulesSegment {
			out = append(out, from[:last]+"/"+nodeModulesSegment)
		}
		last = i
	}
	return append(out, "/"+nodeModulesSegment)
}
