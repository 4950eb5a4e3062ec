package nodeerr

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"sort"
	"strconv"
	"sync"
	"syscall"

	"github.com/dop251/goja"
)

// uvMessages are libuv's descriptions (uv_strerror), which Node prints
// instead of the C library's strerror text.
var uvMessages = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"E2BIG": "argument list too long", "EACCES": "permission denied", "EADDRINUSE": "address already in use",
		"EADDRNOTAVAIL": "address not available", "EAFNOSUPPORT": "address family not supported",
		"EAGAIN": "resource temporarily unavailable", "EAI_ADDRFAMILY": "address family not supported",
		"EAI_AGAIN": "temporary failure", "EAI_BADFLAGS": "bad ai_flags value", "EAI_BADHINTS": "invalid value for hints",
		"EAI_CANCELED": "request canceled", "EAI_FAIL": "permanent failure", "EAI_FAMILY": "ai_family not supported",
		"EAI_MEMORY": "out of memory", "EAI_NODATA": "no address", "EAI_NONAME": "unknown node or service",
		"EAI_OVERFLOW": "argument buffer overflow", "EAI_PROTOCOL": "resolved protocol is unknown",
		"EAI_SERVICE": "service not available for socket type", "EAI_SOCKTYPE": "socket type not supported",
		"EALREADY": "connection already in progress", "EBADF": "bad file descriptor", "EBUSY": "resource busy or locked",
		"ECANCELED": "operation canceled", "ECHARSET": "invalid Unicode character",
		"ECONNABORTED": "software caused connection abort", "ECONNREFUSED": "connection refused",
		"ECONNRESET": "connection reset by peer", "EDESTADDRREQ": "destination address required",
		"EEXIST": "file already exists", "EFAULT": "bad address in system call argument", "EFBIG": "file too large",
		"EHOSTUNREACH": "host is unreachable", "EINTR": "interrupted system call", "EINVAL": "invalid argument",
		"EIO": "i/o error", "EISCONN": "socket is already connected", "EISDIR": "illegal operation on a directory",
		"ELOOP": "too many symbolic links encountered", "EMFILE": "too many open files", "EMSGSIZE": "message too long",
		"ENAMETOOLONG": "name too long", "ENETDOWN": "network is down", "ENETUNREACH": "network is unreachable",
		"ENFILE": "file table overflow", "ENOBUFS": "no buffer space available", "ENODEV": "no such device",
		"ENOENT": "no such file or directory", "ENOMEM": "not enough memory", "ENONET": "machine is not on the network",
		"ENOPROTOOPT": "protocol not available", "ENOSPC": "no space left on device", "ENOSYS": "function not implemented",
		"ENOTCONN": "socket is not connected", "ENOTDIR": "not a directory", "ENOTEMPTY": "directory not empty",
		"ENOTSOCK": "socket operation on non-socket", "ENOTSUP": "operation not supported on socket",
		"EOVERFLOW": "value too large for defined data type", "EPERM": "operation not permitted", "EPIPE": "broken pipe",
		"EPROTO": "protocol error", "EPROTONOSUPPORT": "protocol not supported",
		"EPROTOTYPE": "protocol wrong type for socket", "ERANGE": "result too large", "EROFS": "read-only file system",
		"ESHUTDOWN": "cannot send after transport endpoint shutdown", "ESPIPE": "invalid seek", "ESRCH": "no such process",
		"ETIMEDOUT": "connection timed out", "ETXTBSY": "text file is busy", "EXDEV": "cross-device link not permitted",
		"UNKNOWN": "unknown error", "EOF": "end of file", "ENXIO": "no such device or address", "EMLINK": "too many links",
		"EHOSTDOWN": "host is down", "EREMOTEIO": "remote I/O error", "ENOTTY": "inappropriate ioctl for device",
		"EFTYPE": "inappropriate file type or format", "EILSEQ": "illegal byte sequence",
		"ESOCKTNOSUPPORT": "socket type not supported", "ENODATA": "no data available",
		"EUNATCH": "protocol driver not attached",
	}
})

// uvOnly are libuv's own codes, which have no system errno.
var uvOnly = sync.OnceValue(func() map[string]int {
	return map[string]int{
		"EAI_ADDRFAMILY": -3000, "EAI_AGAIN": -3001, "EAI_BADFLAGS": -3002, "EAI_CANCELED": -3003,
		"EAI_FAIL": -3004, "EAI_FAMILY": -3005, "EAI_MEMORY": -3006, "EAI_NODATA": -3007,
		"EAI_NONAME": -3008, "EAI_OVERFLOW": -3009, "EAI_SERVICE": -3010, "EAI_SOCKTYPE": -3011,
		"EAI_BADHINTS": -3013, "EAI_PROTOCOL": -3014, "EFTYPE": -4028, "ECHARSET": -4080,
		"UNKNOWN": -4094, "EOF": -4095,
	}
})

// errnoNames maps the host's errno values to their names.
var errnoNames = sync.OnceValue(func() map[syscall.Errno]string {
	m := make(map[syscall.Errno]string, len(commonErrnos())+len(platformErrnos()))
	for k, v := range commonErrnos() {
		m[k] = v
	}
	for k, v := range platformErrnos() {
		m[k] = v
	}
	return m
})

// commonErrnos are the errno names every supported platform defines;
// errno_*.go add the platform-specific ones as platformErrnos.
var commonErrnos = sync.OnceValue(func() map[syscall.Errno]string {
	return map[syscall.Errno]string{
		syscall.E2BIG: "E2BIG", syscall.EACCES: "EACCES", syscall.EADDRINUSE: "EADDRINUSE",
		syscall.EADDRNOTAVAIL: "EADDRNOTAVAIL", syscall.EAFNOSUPPORT: "EAFNOSUPPORT", syscall.EAGAIN: "EAGAIN",
		syscall.EALREADY: "EALREADY", syscall.EBADF: "EBADF", syscall.EBUSY: "EBUSY", syscall.ECANCELED: "ECANCELED",
		syscall.ECONNABORTED: "ECONNABORTED", syscall.ECONNREFUSED: "ECONNREFUSED", syscall.ECONNRESET: "ECONNRESET",
		syscall.EDESTADDRREQ: "EDESTADDRREQ", syscall.EEXIST: "EEXIST", syscall.EFAULT: "EFAULT", syscall.EFBIG: "EFBIG",
		syscall.EHOSTUNREACH: "EHOSTUNREACH", syscall.EINTR: "EINTR", syscall.EINVAL: "EINVAL", syscall.EIO: "EIO",
		syscall.EISCONN: "EISCONN", syscall.EISDIR: "EISDIR", syscall.ELOOP: "ELOOP", syscall.EMFILE: "EMFILE",
		syscall.EMSGSIZE: "EMSGSIZE", syscall.ENAMETOOLONG: "ENAMETOOLONG", syscall.ENETDOWN: "ENETDOWN",
		syscall.ENETUNREACH: "ENETUNREACH", syscall.ENFILE: "ENFILE", syscall.ENOBUFS: "ENOBUFS", syscall.ENODEV: "ENODEV",
		syscall.ENOENT: "ENOENT", syscall.ENOMEM: "ENOMEM", syscall.ENOPROTOOPT: "ENOPROTOOPT", syscall.ENOSPC: "ENOSPC",
		syscall.ENOSYS: "ENOSYS", syscall.ENOTCONN: "ENOTCONN", syscall.ENOTDIR: "ENOTDIR", syscall.ENOTEMPTY: "ENOTEMPTY",
		syscall.ENOTSOCK: "ENOTSOCK", syscall.ENOTSUP: "ENOTSUP", syscall.EOVERFLOW: "EOVERFLOW", syscall.EPERM: "EPERM",
		syscall.EPIPE: "EPIPE", syscall.EPROTO: "EPROTO", syscall.EPROTONOSUPPORT: "EPROTONOSUPPORT",
		syscall.EPROTOTYPE: "EPROTOTYPE", syscall.ERANGE: "ERANGE", syscall.EROFS: "EROFS", syscall.ESHUTDOWN: "ESHUTDOWN",
		syscall.ESPIPE: "ESPIPE", syscall.ESRCH: "ESRCH", syscall.ETIMEDOUT: "ETIMEDOUT", syscall.ETXTBSY: "ETXTBSY",
		syscall.EXDEV: "EXDEV", syscall.ENXIO: "ENXIO", syscall.EMLINK: "EMLINK", syscall.EHOSTDOWN: "EHOSTDOWN",
		syscall.ENOTTY: "ENOTTY", syscall.EILSEQ: "EILSEQ", syscall.ESOCKTNOSUPPORT: "ESOCKTNOSUPPORT",
	}
})

var errnoByName = func() map[string]syscall.Errno {
	m := make(map[string]syscall.Errno, len(errnoNames()))
	for n, s := range errnoNames() {
		m[s] = n
	}
	return m
}()

// Errno describes err as libuv would: the code name ("ENOENT"), the
// negative errno Node reports, and uv's message. Errors that carry no
// errno are classified by the fs/context sentinels they wrap; anything
// else is UNKNOWN.
func Errno(err error) (code string, errno int, message string) {
	var en syscall.Errno
	switch {
	case errors.As(err, &en):
		name, ok := errnoNames()[en]
		if !ok {
			return "UNKNOWN", -int(en), uvMessages()["UNKNOWN"]
		}
		return name, -int(en), uvMessages()[name]
	case errors.Is(err, fs.ErrNotExist):
		code = "ENOENT"
	case errors.Is(err, fs.ErrExist):
		code = "EEXIST"
	case errors.Is(err, fs.ErrPermission):
		code = "EACCES"
	case errors.Is(err, fs.ErrClosed):
		code = "EBADF"
	case errors.Is(err, os.ErrDeadlineExceeded), errors.Is(err, context.DeadlineExceeded):
		code = "ETIMEDOUT"
	case errors.Is(err, context.Canceled):
		code = "ECANCELED"
	case errors.Is(err, io.EOF):
		code = "EOF"
	default:
		code = "UNKNOWN"
	}
	return code, ErrnoOf(code), uvMessages()[code]
}

// ErrnoOf returns the negative errno Node reports for a code name, or
// UNKNOWN's for a name it does not know.
func ErrnoOf(code string) int {
	if n, ok := uvOnly()[code]; ok {
		return n
	}
	if n, ok := errnoByName[code]; ok {
		return -int(n)
	}
	return uvOnly()["UNKNOWN"]
}

// ErrnoName is util.getSystemErrorName: the code name and uv message for
// a negative errno; ok is false when errno is unknown.
func ErrnoName(errno int) (code, message string, ok bool) {
	for name, n := range uvOnly() {
		if n == errno {
			return name, uvMessages()[name], true
		}
	}
	if name, found := errnoNames()[syscall.Errno(-errno)]; found && errno < 0 {
		return name, uvMessages()[name], true
	}
	return "", "", false
}

// ErrnoEntry is one row of util.getSystemErrorMap().
type ErrnoEntry struct {
	Errno   int
	Code    string
	Message string
}

// ErrnoTable lists every errno this platform knows, as
// util.getSystemErrorMap() reports them.
func ErrnoTable() []ErrnoEntry {
	out := make([]ErrnoEntry, 0, len(errnoNames())+len(uvOnly()))
	for n, name := range errnoNames() {
		out = append(out, ErrnoEntry{-int(n), name, uvMessages()[name]})
	}
	for name, n := range uvOnly() {
		out = append(out, ErrnoEntry{n, name, uvMessages()[name]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Errno > out[j].Errno })
	return out
}

// syscallAndPath fills in what the caller left empty from the error
// itself: Go's Op names ("open", "stat") match libuv's syscall names.
func syscallAndPath(err error, syscallName, path, dest string) (string, string, string) {
	var pe *fs.PathError
	var le *os.LinkError
	var se *os.SyscallError
	switch {
	case errors.As(err, &pe):
		if syscallName == "" {
			syscallName = pe.Op
		}
		if path == "" {
			path = pe.Path
		}
	case errors.As(err, &le):
		if syscallName == "" {
			syscallName = le.Op
		}
		if path == "" {
			path, dest = le.Old, le.New
		}
	case errors.As(err, &se):
		if syscallName == "" {
			syscallName = se.Syscall
		}
	}
	return syscallName, path, dest
}

// System returns Node's error for a failed system call (libuv's
// UVException): `ENOENT: no such file or directory, open '/x'` with
// errno, code, syscall, path and dest. Empty syscall, path or dest are
// taken from err when it is an *fs.PathError or *os.LinkError.
func System(vm *goja.Runtime, err error, syscallName, path, dest string) *goja.Object {
	syscallName, path, dest = syscallAndPath(err, syscallName, path, dest)
	code, errno, msg := Errno(err)
	text := code + ": " + msg + ", " + syscallName
	if path != "" {
		text += " '" + path + "'"
	}
	if dest != "" {
		text += " -> '" + dest + "'"
	}
	obj := newPlainError(vm, text)
	_ = obj.Set("errno", errno)
	_ = obj.Set("code", code)
	_ = obj.Set("syscall", syscallName)
	if path != "" {
		_ = obj.Set("path", path)
	}
	if dest != "" {
		_ = obj.Set("dest", dest)
	}
	return obj
}

// HostPort returns Node's error for a failed network call on an address:
// `connect ECONNREFUSED 127.0.0.1:80` (Node's exceptionWithHostPort), or
// with withMessage the libuv form `listen EADDRINUSE: address already in
// use :::80` (UVExceptionWithHostPort). port 0 omits the port.
func HostPort(vm *goja.Runtime, err error, syscallName, address string, port int, withMessage bool) *goja.Object {
	code, errno, msg := Errno(err)
	text := syscallName + " " + code
	if withMessage {
		text += ": " + msg
	}
	if port > 0 {
		text += " " + address + ":" + strconv.Itoa(port)
	} else if address != "" {
		text += " " + address
	}
	obj := newPlainError(vm, text)
	_ = obj.Set("errno", errno)
	_ = obj.Set("code", code)
	_ = obj.Set("syscall", syscallName)
	_ = obj.Set("address", address)
	if port > 0 {
		_ = obj.Set("port", port)
	}
	return obj
}

// ErrnoException returns Node's ErrnoException: `spawn ENOENT`, or
// `spawn foo ENOENT` with original, carrying errno, code and syscall.
func ErrnoException(vm *goja.Runtime, err error, syscallName, original string) *goja.Object {
	code, errno, _ := Errno(err)
	text := syscallName + " " + code
	if original != "" {
		text = syscallName + " " + code + " " + original
	}
	obj := newPlainError(vm, text)
	_ = obj.Set("errno", errno)
	_ = obj.Set("code", code)
	_ = obj.Set("syscall", syscallName)
	return obj
}

func newPlainError(vm *goja.Runtime, msg string) *goja.Object {
	if ctor, ok := vm.GlobalObject().Get("Error").(*goja.Object); ok {
		if obj, err := vm.New(ctor, vm.ToValue(msg)); err == nil {
			return obj
		}
	}
	return vm.NewGoError(errors.New(msg))
}

// systemError builds Node's SystemError for the ERR_FS_CP_* family: the
// code's text, then the libuv context (`ERR: syscall returned CODE (msg)
// path => dest`), with errno, syscall, path and dest read through to
// info, the context object.
func (b Builder) systemError(code string, ctxv goja.Value) *goja.Object {
	vm := b.VM
	ctx, _ := ctxv.(*goja.Object)
	if ctx == nil {
		ctx = vm.NewObject()
	}
	prefix := table()[code].tmpl
	msg := prefix + ": " + jsString(ctx.Get("syscall")) + " returned " + jsString(ctx.Get("code")) + " (" + jsString(ctx.Get("message")) + ")"
	path, dest := ctx.Get("path"), ctx.Get("dest")
	if path != nil && !goja.IsUndefined(path) {
		msg += " " + jsString(path)
	}
	if dest != nil && !goja.IsUndefined(dest) {
		msg += " => " + jsString(dest)
	}
	err := b.newBase(Error)
	_ = err.Set("code", code)
	_ = err.DefineDataProperty("name", vm.ToValue("SystemError"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = err.DefineDataProperty("message", vm.ToValue(msg), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = err.DefineDataProperty("info", ctx, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	passThrough := func(name string) {
		get := vm.ToValue(func(goja.FunctionCall) goja.Value { return ctx.Get(name) })
		set := vm.ToValue(func(c goja.FunctionCall) goja.Value { _ = ctx.Set(name, c.Argument(0)); return goja.Undefined() })
		_ = err.DefineAccessorProperty(name, get, set, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	passThrough("errno")
	passThrough("syscall")
	if path != nil && !goja.IsUndefined(path) {
		passThrough("path")
	}
	if dest != nil && !goja.IsUndefined(dest) {
		passThrough("dest")
	}
	b.decorate(err, Error, code, msg)
	return err
}
