//go:build linux

package os

import (
	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// Node lists os.constants in this order (its C++ table's); the values
// come from the platform.
var errnoOrder = []struct {
	name string
	n    unix.Errno
}{
	{"E2BIG", unix.E2BIG}, {"EACCES", unix.EACCES}, {"EADDRINUSE", unix.EADDRINUSE},
	{"EADDRNOTAVAIL", unix.EADDRNOTAVAIL}, {"EAFNOSUPPORT", unix.EAFNOSUPPORT}, {"EAGAIN", unix.EAGAIN},
	{"EALREADY", unix.EALREADY}, {"EBADF", unix.EBADF}, {"EBADMSG", unix.EBADMSG}, {"EBUSY", unix.EBUSY},
	{"ECANCELED", unix.ECANCELED}, {"ECHILD", unix.ECHILD}, {"ECONNABORTED", unix.ECONNABORTED},
	{"ECONNREFUSED", unix.ECONNREFUSED}, {"ECONNRESET", unix.ECONNRESET}, {"EDEADLK", unix.EDEADLK},
	{"EDESTADDRREQ", unix.EDESTADDRREQ}, {"EDOM", unix.EDOM}, {"EDQUOT", unix.EDQUOT}, {"EEXIST", unix.EEXIST},
	{"EFAULT", unix.EFAULT}, {"EFBIG", unix.EFBIG}, {"EHOSTUNREACH", unix.EHOSTUNREACH}, {"EIDRM", unix.EIDRM},
	{"EILSEQ", unix.EILSEQ}, {"EINPROGRESS", unix.EINPROGRESS}, {"EINTR", unix.EINTR}, {"EINVAL", unix.EINVAL},
	{"EIO", unix.EIO}, {"EISCONN", unix.EISCONN}, {"EISDIR", unix.EISDIR}, {"ELOOP", unix.ELOOP},
	{"EMFILE", unix.EMFILE}, {"EMLINK", unix.EMLINK}, {"EMSGSIZE", unix.EMSGSIZE}, {"EMULTIHOP", unix.EMULTIHOP},
	{"ENAMETOOLONG", unix.ENAMETOOLONG}, {"ENETDOWN", unix.ENETDOWN}, {"ENETRESET", unix.ENETRESET},
	{"ENETUNREACH", unix.ENETUNREACH}, {"ENFILE", unix.ENFILE}, {"ENOBUFS", unix.ENOBUFS},
	{"ENODATA", unix.ENODATA}, {"ENODEV", unix.ENODEV}, {"ENOENT", unix.ENOENT}, {"ENOEXEC", unix.ENOEXEC},
	{"ENOLCK", unix.ENOLCK}, {"ENOLINK", unix.ENOLINK}, {"ENOMEM", unix.ENOMEM}, {"ENOMSG", unix.ENOMSG},
	{"ENOPROTOOPT", unix.ENOPROTOOPT}, {"ENOSPC", unix.ENOSPC}, {"ENOSR", unix.ENOSR}, {"ENOSTR", unix.ENOSTR},
	{"ENOSYS", unix.ENOSYS}, {"ENOTCONN", unix.ENOTCONN}, {"ENOTDIR", unix.ENOTDIR},
	{"ENOTEMPTY", unix.ENOTEMPTY}, {"ENOTSOCK", unix.ENOTSOCK}, {"ENOTSUP", unix.ENOTSUP}, {"ENOTTY", unix.ENOTTY},
	{"ENXIO", unix.ENXIO}, {"EOPNOTSUPP", unix.EOPNOTSUPP}, {"EOVERFLOW", unix.EOVERFLOW}, {"EPERM", unix.EPERM},
	{"EPIPE", unix.EPIPE}, {"EPROTO", unix.EPROTO}, {"EPROTONOSUPPORT", unix.EPROTONOSUPPORT},
	{"EPROTOTYPE", unix.EPROTOTYPE}, {"ERANGE", unix.ERANGE}, {"EROFS", unix.EROFS}, {"ESPIPE", unix.ESPIPE},
	{"ESRCH", unix.ESRCH}, {"ESTALE", unix.ESTALE}, {"ETIME", unix.ETIME}, {"ETIMEDOUT", unix.ETIMEDOUT},
	{"ETXTBSY", unix.ETXTBSY}, {"EWOULDBLOCK", unix.EWOULDBLOCK}, {"EXDEV", unix.EXDEV},
}

var signalOrder = []struct {
	name string
	n    unix.Signal
}{
	{"SIGHUP", unix.SIGHUP}, {"SIGINT", unix.SIGINT}, {"SIGQUIT", unix.SIGQUIT}, {"SIGILL", unix.SIGILL},
	{"SIGTRAP", unix.SIGTRAP}, {"SIGABRT", unix.SIGABRT}, {"SIGIOT", unix.SIGIOT}, {"SIGBUS", unix.SIGBUS},
	{"SIGFPE", unix.SIGFPE}, {"SIGKILL", unix.SIGKILL}, {"SIGUSR1", unix.SIGUSR1}, {"SIGSEGV", unix.SIGSEGV},
	{"SIGUSR2", unix.SIGUSR2}, {"SIGPIPE", unix.SIGPIPE}, {"SIGALRM", unix.SIGALRM}, {"SIGTERM", unix.SIGTERM},
	{"SIGCHLD", unix.SIGCHLD}, {"SIGSTKFLT", unix.SIGSTKFLT}, {"SIGCONT", unix.SIGCONT}, {"SIGSTOP", unix.SIGSTOP},
	{"SIGTSTP", unix.SIGTSTP}, {"SIGTTIN", unix.SIGTTIN}, {"SIGTTOU", unix.SIGTTOU}, {"SIGURG", unix.SIGURG},
	{"SIGXCPU", unix.SIGXCPU}, {"SIGXFSZ", unix.SIGXFSZ}, {"SIGVTALRM", unix.SIGVTALRM},
	{"SIGPROF", unix.SIGPROF}, {"SIGWINCH", unix.SIGWINCH}, {"SIGIO", unix.SIGIO}, {"SIGPOLL", unix.SIGPOLL},
	{"SIGPWR", unix.SIGPWR}, {"SIGSYS", unix.SIGSYS},
}

// Node's own values (src/node_os.cc), the same on every platform.
var priorities = []struct {
	name string
	n    int
}{
	{"PRIORITY_LOW", 19}, {"PRIORITY_BELOW_NORMAL", 10}, {"PRIORITY_NORMAL", 0},
	{"PRIORITY_ABOVE_NORMAL", -7}, {"PRIORITY_HIGH", -14}, {"PRIORITY_HIGHEST", -20},
}

// dlfcn.h's values on Linux; x/sys/unix does not define them.
var dlopenFlags = []struct {
	name string
	n    int
}{
	{"RTLD_LAZY", 1}, {"RTLD_NOW", 2}, {"RTLD_GLOBAL", 0x100}, {"RTLD_LOCAL", 0}, {"RTLD_DEEPBIND", 8},
}

// constants builds os.constants: null-prototype objects, as node's are.
func constants(vm *goja.Runtime) *goja.Object {
	table := func() *goja.Object { return vm.NewObject() }
	nullProto := func(o *goja.Object) *goja.Object { _ = o.SetPrototype(nil); return o }
	root := nullProto(table())
	_ = root.Set("UV_UDP_REUSEADDR", 4)
	dl := nullProto(table())
	for _, f := range dlopenFlags {
		_ = dl.Set(f.name, f.n)
	}
	_ = root.Set("dlopen", dl)
	errno := nullProto(table())
	for _, e := range errnoOrder {
		_ = errno.Set(e.name, int(e.n))
	}
	_ = root.Set("errno", errno)
	sig := nullProto(table())
	for _, s := range signalOrder {
		_ = sig.Set(s.name, int(s.n))
	}
	_ = root.Set("signals", sig)
	prio := nullProto(table())
	for _, p := range priorities {
		_ = prio.Set(p.name, p.n)
	}
	_ = root.Set("priority", prio)
	return root
}
