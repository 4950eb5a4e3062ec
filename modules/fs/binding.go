package fs

import (
	"errors"
	"strings"
	"syscall"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr"
	"github.com/gorun-js/gorun/modules"
)

// result turns an operation's Go outcome into a JS value; it runs on the
// loop goroutine after the work succeeded. nil means undefined.
type result func(vm *goja.Runtime) goja.Value

// opError is a failure with Node's context for it: the syscall libuv
// names and the path(s) as the user wrote them, not as resolved here.
type opError struct {
	err                 error
	syscall, path, dest string
}

func (e *opError) Error() string { return e.syscall + ": " + e.err.Error() }

// eisdirError is rm's refusal to remove a directory without `recursive`,
// which Node reports as a SystemError (ERR_FS_EISDIR), not a UVException.
type eisdirError struct{ path string }

func (e *eisdirError) Error() string { return "is a directory: " + e.path }

// tooLargeError is readFile's refusal of a regular file bigger than
// node's kIoMaxLength (2 GiB - 1), which node checks after fstat, before
// reading anything.
type tooLargeError struct{ size int64 }

func (e *tooLargeError) Error() string { return "file too large" }

func fail(err error, syscallName, path, dest string) error {
	if err == nil {
		return nil
	}
	return &opError{err: err, syscall: syscallName, path: path, dest: dest}
}

// toJS builds the JS error for a failed operation.
func toJS(vm *goja.Runtime, err error) *goja.Object {
	var oe *opError
	var de *eisdirError
	var tl *tooLargeError
	switch {
	case errors.As(err, &tl):
		return nodeerr.New(vm, "ERR_FS_FILE_TOO_LARGE", tl.size)
	case errors.As(err, &de):
		ctx := vm.NewObject()
		_ = ctx.Set("code", "EISDIR")
		_ = ctx.Set("message", "is a directory")
		_ = ctx.Set("path", de.path)
		_ = ctx.Set("syscall", "rm")
		_ = ctx.Set("errno", int(syscall.EISDIR))
		return nodeerr.New(vm, "ERR_FS_EISDIR", ctx)
	case errors.As(err, &oe):
		return nodeerr.System(vm, unwrapErrno(oe.err), oe.syscall, oe.path, oe.dest)
	}
	return nodeerr.System(vm, err, "", "", "")
}

// unwrapErrno reduces Go's wrapped errors to the errno inside, so the
// syscall and path that Node reports come from opError alone.
func unwrapErrno(err error) error {
	var en syscall.Errno
	if errors.As(err, &en) {
		return en
	}
	return err
}

// fsBinding holds what every operation needs: the VM for argument
// conversion, the loop for async completion, and the runtime's cwd.
type fsBinding struct {
	c *modules.Context
}

// abs resolves p against the runtime's working directory without
// cleaning it: "file/" must still fail with ENOTDIR and "link/.." must
// follow the link, as the kernel does for node.
func (s *fsBinding) abs(p string) string {
	if strings.HasPrefix(p, "/") || p == "" {
		return p
	}
	cwd := "/"
	if s.c.Host != nil && s.c.Host.Cwd != nil {
		cwd = s.c.Host.Cwd()
	}
	if strings.HasSuffix(cwd, "/") {
		return cwd + p
	}
	return cwd + "/" + p
}

// op is one file-system call: prepare reads the JS arguments on the loop
// and returns the work, which touches no JS value and may run on the pool.
type op func(a []goja.Value) func() (result, error)

// Binding builds the Go half shared by `fs` and `fs/promises`. Every
// function takes the operation's arguments then req: undefined runs the
// work synchronously (throwing Node's error), a function runs it on the
// worker pool and calls req(err, value) on the loop.
func Binding(c *modules.Context) (*goja.Object, error) {
	vm := c.VM
	s := &fsBinding{c: c}
	b := vm.NewObject()
	for name, prepare := range s.ops() {
		prepare := prepare
		_ = b.Set(name, func(call goja.FunctionCall) goja.Value {
			n := len(call.Arguments)
			if n == 0 {
				panic(vm.NewTypeError("fs binding: missing req"))
			}
			req := call.Arguments[n-1]
			work := prepare(call.Arguments[:n-1])
			if goja.IsUndefined(req) {
				r, err := work()
				if err != nil {
					panic(toJS(vm, err))
				}
				if r == nil {
					return goja.Undefined()
				}
				return r(vm)
			}
			var r result
			var err error
			c.Loop.GoCallAs("FSReqCallback", func() { r, err = work() }, req, func() []goja.Value {
				if err != nil {
					return []goja.Value{toJS(vm, err)}
				}
				// Like node's FSReqCallback, an operation without a result
				// calls back with (null) alone: callers check arguments.length.
				if r == nil {
					return []goja.Value{goja.Null()}
				}
				return []goja.Value{goja.Null(), r(vm)}
			})
			return goja.Undefined()
		})
	}
	_ = b.Set("watch", s.watchStart)
	_ = b.Set("constants", constants(vm))
	return b, nil
}
