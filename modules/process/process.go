// Package process is Node's `process` object: a JS shim (process.js) that
// makes it an EventEmitter with Node's surface, over a Go binding holding
// the runtime's facts (argv, env, cwd, stdio) and system calls.
//
// Unlike Node, everything here belongs to one runtime: chdir, env and exit
// never touch the Go process, so many runtimes can share one.
package process

import (
	"bytes"
	_ "embed"
	"io"
	"math/big"
	"os"
	"path/filepath"
	goruntime "runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gorun-js/gorun/internal/nodeerr"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/buffer"
)

//go:embed process.js
var source string

var shim = modules.NewShim("node:internal/process", source)

// Host is what the process object reports and controls.
type Host struct {
	Argv     []string // full process.argv (execPath, script, args…)
	Argv0    string
	ExecPath string
	ExecArgv []string
	Env      *Env
	// Cwd and Chdir read and change the runtime's working directory.
	Cwd   func() string
	Chdir func(dir string) error
	// Exit ends the runtime with code (process.reallyExit).
	Exit   func(code int)
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Version is process.version; Versions are extra process.versions
	// entries (gorun's own version among them).
	Version  string
	Versions map[string]string
	// Signals enables process.on('SIG…') listeners.
	Signals *Signals
	// NoDeprecation and NoWarnings mirror node's flags.
	NoDeprecation bool
	NoWarnings    bool
	// Start is when the runtime started, for process.uptime.
	Start time.Time

	hooks *goja.Object
}

// Hooks returns the shim's internal entry points (fatalException,
// emitExit, beforeExit, emitUnhandled, …) once the module is loaded.
func (h *Host) Hooks() *goja.Object { return h.hooks }

// Module declares `process` for one runtime.
func Module(h *Host) modules.Module {
	return modules.Module{
		Name:    "process",
		Shim:    shim,
		Binding: func(c *modules.Context) (*goja.Object, error) { return binding(c, h) },
	}
}

// Arch maps Go's GOARCH to Node's process.arch.
func Arch() string {
	switch goruntime.GOARCH {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	case "arm64", "arm", "mips", "mipsel", "ppc64", "riscv64", "s390x", "loong64":
		return goruntime.GOARCH
	case "ppc64le":
		return "ppc64"
	}
	return goruntime.GOARCH
}

// monotonicNanos reads CLOCK_MONOTONIC, as libuv's uv_hrtime does, so
// process.hrtime() counts from the same origin as node's (boot, on Linux).
func monotonicNanos() int64 {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts); err != nil {
		return int64(time.Since(processStart))
	}
	return ts.Nano()
}

var processStart = time.Now()

func binding(c *modules.Context, h *Host) (*goja.Object, error) {
	vm := c.VM
	prewarmStdio()
	b := vm.NewObject()
	set := func(name string, v any) { _ = b.Set(name, v) }

	argv := make([]any, len(h.Argv))
	for i, a := range h.Argv {
		argv[i] = a
	}
	set("argv", vm.NewArray(argv...))
	set("argv0", h.Argv0)
	set("execPath", h.ExecPath)
	execArgv := make([]any, len(h.ExecArgv))
	for i, a := range h.ExecArgv {
		execArgv[i] = a
	}
	set("execArgv", vm.NewArray(execArgv...))
	set("env", vm.NewDynamicObject(&envObject{vm: vm, env: h.Env}))
	set("version", h.Version)
	// The JS objects of the open, referenced handles (sockets, servers…).
	set("activeHandles", func(goja.FunctionCall) goja.Value {
		if c.Loop == nil {
			return vm.NewArray()
		}
		handles := c.Loop.ActiveHandles()
		out := make([]any, len(handles))
		for i, h := range handles {
			out[i] = h
		}
		return vm.NewArray(out...)
	})
	// What keeps the loop busy, as node's getActiveResourcesInfo names it.
	set("activeResources", func(goja.FunctionCall) goja.Value {
		if c.Loop == nil {
			return vm.NewArray()
		}
		names := c.Loop.ActiveResources()
		out := make([]any, len(names))
		for i, n := range names {
			out[i] = n
		}
		return vm.NewArray(out...)
	})
	set("activeRequests", func(goja.FunctionCall) goja.Value {
		if c.Loop == nil {
			return vm.ToValue(0)
		}
		return vm.ToValue(c.Loop.ActiveRequests())
	})
	versions := vm.NewObject()
	for _, k := range sortedKeys(h.Versions) {
		_ = versions.Set(k, h.Versions[k])
	}
	set("versions", versions)
	set("platform", goruntime.GOOS)
	set("arch", Arch())
	set("pid", os.Getpid())
	set("ppid", os.Getppid())
	set("noDeprecation", h.NoDeprecation)
	set("noWarnings", h.NoWarnings)

	set("cwd", func() string { return h.Cwd() })
	set("chdir", func(dir string) {
		target := dir
		if !filepath.IsAbs(target) {
			target = filepath.Join(h.Cwd(), target)
		}
		if err := h.Chdir(target); err != nil {
			e := nodeerr.System(vm, err, "chdir", h.Cwd(), dir)
			// Node's message names both directories: chdir '/from' -> 'x'.
			panic(e)
		}
	})
	set("reallyExit", func(code int) { h.Exit(code) })
	set("hrtime", func() []int64 {
		d := monotonicNanos()
		return []int64{d / 1e9, d % 1e9}
	})
	set("hrtimeBigint", func() *big.Int {
		return big.NewInt(monotonicNanos())
	})
	set("uptime", func() float64 { return time.Since(h.Start).Seconds() })
	// memoryUsage and resourceUsage return their numbers in node's field
	// order; the shim names them.
	set("memoryUsage", func() []int64 {
		var ms goruntime.MemStats
		goruntime.ReadMemStats(&ms)
		return []int64{rss(), int64(ms.HeapSys), int64(ms.HeapAlloc), 0, 0}
	})
	set("rss", rss)
	set("cpuUsage", func() []int64 {
		var ru syscall.Rusage
		if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
			return []int64{0, 0}
		}
		return []int64{ru.Utime.Sec*1e6 + ru.Utime.Usec, ru.Stime.Sec*1e6 + ru.Stime.Usec}
	})
	set("resourceUsage", func() []int64 {
		var ru syscall.Rusage
		_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return []int64{
			ru.Utime.Sec*1e6 + ru.Utime.Usec, ru.Stime.Sec*1e6 + ru.Stime.Usec,
			ru.Maxrss, ru.Ixrss, ru.Idrss, ru.Isrss, ru.Minflt, ru.Majflt, ru.Nswap,
			ru.Inblock, ru.Oublock, ru.Msgsnd, ru.Msgrcv, ru.Nsignals, ru.Nvcsw, ru.Nivcsw,
		}
	})
	set("umask", func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) == 0 || goja.IsUndefined(call.Argument(0)) {
			old := syscall.Umask(0)
			syscall.Umask(old)
			return vm.ToValue(old)
		}
		return vm.ToValue(syscall.Umask(int(call.Argument(0).ToInteger())))
	})
	// kill is process._kill: it returns 0 or a negative errno, and the
	// shim throws, because tests monkey-patch process._kill.
	set("kill", func(pid, sig goja.Value) int {
		err := syscall.Kill(int(int32(pid.ToInteger())), syscall.Signal(int32(sig.ToInteger())))
		if err != nil {
			_, errno, _ := nodeerr.Errno(err)
			return errno
		}
		return 0
	})
	set("signalNumber", func(name string) int {
		if n, ok := signalNumbers[name]; ok {
			return int(n)
		}
		return -1
	})
	set("signalNames", func() []string { return signalNameList() })
	set("getuid", os.Getuid)
	set("geteuid", os.Geteuid)
	set("getgid", os.Getgid)
	set("getegid", os.Getegid)
	set("getgroups", getgroups)
	credentialBindings(vm, b)
	set("nextTick", c.Loop.NextTick())
	// runTicks drains the tick queue as an empty macrotask would.
	set("runTicks", func() { c.Loop.RunTask(func() {}) })
	set("getBuiltin", func(name string) goja.Value {
		v, err := c.Require(name)
		if err != nil || strings.HasPrefix(name, "internal/") {
			return goja.Undefined()
		}
		return v
	})
	h.hooks = b
	// writeStderr writes straight to the runtime's stderr, for
	// process._rawDebug and warnings, which bypass process.stderr as
	// node's do; a failed write has nowhere to be reported.
	set("writeStderr", func(v goja.Value) {
		if b := buffer.BytesOf(vm, v); b != nil {
			_, _ = h.Stderr.Write(b)
		} else {
			_, _ = io.WriteString(h.Stderr, v.String())
		}
	})
	set("watchSignal", func(name string, on bool) {
		if h.Signals != nil {
			h.Signals.Watch(c, name, on)
		}
	})
	return b, nil
}

// getgroups lists the supplementary groups and, as node guarantees, the
// effective group id.
func getgroups() []int {
	groups, _ := os.Getgroups()
	egid := os.Getegid()
	for _, g := range groups {
		if g == egid {
			return groups
		}
	}
	return append(groups, egid)
}

// rss reads the resident set size from /proc, as libuv does.
func rss() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	fields := bytes.Fields(b)
	if len(fields) < 2 {
		return 0
	}
	pages, _ := strconv.ParseInt(string(fields[1]), 10, 64)
	return pages * int64(os.Getpagesize())
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
