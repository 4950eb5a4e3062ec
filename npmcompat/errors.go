package npmcompat

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"syscall"
)

// Node error codes raised from Go. The codes raised from loader.js
// (ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_NOT_IMPLEMENTED) are
// built by the helpers at the top of that file.
const (
	CodeModuleNotFound        = "MODULE_NOT_FOUND"
	CodeUnknownBuiltinModule  = "ERR_UNKNOWN_BUILTIN_MODULE"
	warningInvalidMainCode    = "DEP0128"
	warningDeprecationType    = "DeprecationWarning"
	warningDefaultType        = "Warning"
	messageRequireStackHeader = "\nRequire stack:\n- "
)

// NotFoundError is Node's MODULE_NOT_FOUND: no rule of the algorithm found
// Request. Its message is Node's, byte for byte.
type NotFoundError struct {
	Request string
	// RequireStack is the requiring module's filename (or id) followed by
	// its ancestors', innermost first, as Node's err.requireStack.
	RequireStack []string
}

// Error returns Node's message, with the require stack when there is one.
func (e *NotFoundError) Error() string {
	msg := "Cannot find module '" + e.Request + "'"
	if len(e.RequireStack) > 0 {
		msg += messageRequireStackHeader + strings.Join(e.RequireStack, "\n- ")
	}
	return msg
}

// InvalidMainError is raised when a package.json "main" names nothing and
// the package has no index file to fall back on (Node's tryPackage).
type InvalidMainError struct {
	// Filename is the main entry resolved against the package directory.
	Filename string
	// PackagePath is the package.json file.
	PackagePath string
	// Request is the specifier that led here.
	Request string
}

// Error returns Node's message for a package whose "main" leads nowhere.
func (e *InvalidMainError) Error() string {
	return "Cannot find module '" + e.Filename + "'. Please verify that the package.json has a valid \"main\" entry"
}

// PackageJSONError is a package.json that is not valid JSON. Node reports
// it as a SyntaxError carrying the file in `path`.
type PackageJSONError struct {
	Path string
	// Message is V8's JSON.parse message for the text.
	Message string
}

// Error returns Node's "Error parsing <path>: <V8 message>".
func (e *PackageJSONError) Error() string { return "Error parsing " + e.Path + ": " + e.Message }

// UnknownBuiltinError is a "node:" request naming no built-in.
type UnknownBuiltinError struct{ Request string }

// Error returns Node's ERR_UNKNOWN_BUILTIN_MODULE message.
func (e *UnknownBuiltinError) Error() string { return "No such built-in module: " + e.Request }

// uvErrors maps errno values to libuv's code names and messages, which is
// what Node prints for system errors (uv_err_name / uv_strerror).
var uvErrors = sync.OnceValue(func() map[syscall.Errno][2]string {
	return map[syscall.Errno][2]string{
		syscall.ENOENT:       {"ENOENT", "no such file or directory"},
		syscall.EACCES:       {"EACCES", "permission denied"},
		syscall.EPERM:        {"EPERM", "operation not permitted"},
		syscall.EISDIR:       {"EISDIR", "illegal operation on a directory"},
		syscall.ENOTDIR:      {"ENOTDIR", "not a directory"},
		syscall.ELOOP:        {"ELOOP", "too many symbolic links encountered"},
		syscall.EMFILE:       {"EMFILE", "too many open files"},
		syscall.ENAMETOOLONG: {"ENAMETOOLONG", "name too long"},
		syscall.EIO:          {"EIO", "i/o error"},
	}
})

// SystemError is a failed file-system call in Node's shape:
// "ENOENT: no such file or directory, open '/x'".
type SystemError struct {
	Code    string // "ENOENT"
	Errno   int    // negative, as libuv reports it
	Syscall string // "open"
	Path    string
	Desc    string // "no such file or directory"
	Err     error
}

// Error returns libuv's "CODE: description, syscall 'path'".
func (e *SystemError) Error() string {
	return fmt.Sprintf("%s: %s, %s '%s'", e.Code, e.Desc, e.Syscall, e.Path)
}

// Unwrap returns the underlying Go error.
func (e *SystemError) Unwrap() error { return e.Err }

// systemError describes err from syscall on path the way Node does; an
// error without an errno keeps its Go text under the code EIO.
func systemError(err error, syscallName, path string) *SystemError {
	var se *SystemError
	if errors.As(err, &se) {
		return se
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		if uv, ok := uvErrors()[errno]; ok {
			return &SystemError{Code: uv[0], Errno: -int(errno), Syscall: syscallName, Path: path, Desc: uv[1], Err: err}
		}
		return &SystemError{Code: "UNKNOWN", Errno: -int(errno), Syscall: syscallName, Path: path, Desc: errno.Error(), Err: err}
	}
	if errors.Is(err, fs.ErrNotExist) {
		uv := uvErrors()[syscall.ENOENT]
		return &SystemError{Code: uv[0], Errno: -int(syscall.ENOENT), Syscall: syscallName, Path: path, Desc: uv[1], Err: err}
	}
	uv := uvErrors()[syscall.EIO]
	return &SystemError{Code: uv[0], Errno: -int(syscall.EIO), Syscall: syscallName, Path: path, Desc: err.Error(), Err: err}
}

// PackageError is a Node error raised by the "exports"/"imports"
// algorithms (ERR_PACKAGE_PATH_NOT_EXPORTED, ERR_INVALID_PACKAGE_TARGET,
// ...). Args are the arguments of Node's `new codes[Code](...)`; the
// message comes from internal/nodeerr's table when it reaches JS.
type PackageError struct {
	Code string
	Args []any
}

// Error returns the code and arguments; the JS error carries Node's text.
func (e *PackageError) Error() string { return fmt.Sprint(e.Code, e.Args) }

// ExportsNotFoundError is the MODULE_NOT_FOUND Node raises when a package's
// "exports" or "imports" resolve to a file that does not exist, or to a
// package that is not installed: it names Request and, where known, the
// package.json in `path`, and has no require stack.
type ExportsNotFoundError struct {
	Request string
	// Path is the package.json, or "" when Node sets no `path`.
	Path string
}

// Error returns Node's "Cannot find module '<request>'".
func (e *ExportsNotFoundError) Error() string { return "Cannot find module '" + e.Request + "'" }

// uriError is a JS URIError (decodeURIComponent on a malformed escape).
type uriError struct{}

func (uriError) Error() string { return "URI malformed" }

var errURIMalformed error = uriError{}

// Codes of the errors the exports algorithms raise.
const (
	codePathNotExported    = "ERR_PACKAGE_PATH_NOT_EXPORTED"
	codeInvalidTarget      = "ERR_INVALID_PACKAGE_TARGET"
	codeInvalidConfig      = "ERR_INVALID_PACKAGE_CONFIG"
	codeImportNotDefined   = "ERR_PACKAGE_IMPORT_NOT_DEFINED"
	codeInvalidSpecifier   = "ERR_INVALID_MODULE_SPECIFIER"
	codeESMModuleNotFound  = "ERR_MODULE_NOT_FOUND"
	codeInvalidURLScheme   = "ERR_INVALID_URL_SCHEME"
	codeInvalidFileURLPath = "ERR_INVALID_FILE_URL_PATH"
	warningTrailingSlash   = "DEP0155"
	warningInvalidSegment  = "DEP0166"
)
