package runtime

import (
	"io"

	"github.com/gorun-js/gorun/modules"
)

// Options configure a Runtime. The zero value runs with the Go process's
// environment, working directory and standard streams.
type Options struct {
	// Args are the script's arguments: process.argv[2:].
	Args []string
	// Argv0 is process.argv0, the name the program was started as
	// ("gorun" when empty).
	Argv0 string
	// ExecPath is process.execPath, the absolute path of the executable
	// (os.Executable() when empty).
	ExecPath string
	// ExecArgv are runtime options given before the script
	// (process.execArgv).
	ExecArgv []string
	// Env is the initial process.env as KEY=value strings; nil means
	// os.Environ(). process.env belongs to the runtime: changing it does
	// not change the Go process's environment.
	Env []string
	// Cwd is the initial working directory; empty means os.Getwd().
	// process.chdir changes the runtime's directory, not the Go process's.
	Cwd string

	Stdin  io.Reader // nil means os.Stdin
	Stdout io.Writer // nil means os.Stdout
	Stderr io.Writer // nil means os.Stderr

	// Modules are extra built-in modules, usually written in Go, that
	// scripts load with require(name) like Node's own.
	Modules []modules.Module

	// Limits bound the resources a script may use.
	Limits Limits

	// TimeZone lets the program's TZ (the environment's, and later
	// assignments to process.env.TZ) set the time zone of Date, as in
	// node. The engine's zone is process-wide (Go's time.Local), so turn
	// this on for at most one runtime in a process; the CLI does.
	TimeZone bool

	// Signals lets scripts receive OS signals through process.on('SIGINT')
	// and friends. Leave it off when embedding, so the host keeps its own
	// signal handling.
	Signals bool

	// NoDeprecation and NoWarnings silence process warnings, as node's
	// --no-deprecation and --no-warnings.
	NoDeprecation bool
	NoWarnings    bool
	// TraceWarnings, TraceDeprecation and ThrowDeprecation are node's
	// --trace-warnings, --trace-deprecation and --throw-deprecation.
	TraceWarnings    bool
	TraceDeprecation bool
	ThrowDeprecation bool
	// TraceUncaught prints where an uncaught non-error value was thrown
	// (node's --trace-uncaught).
	TraceUncaught bool
	// PendingDeprecation is node's --pending-deprecation: deprecations
	// node keeps quiet by default are emitted too (read by the modules
	// that have such APIs through process.binding-free internal state).
	PendingDeprecation bool

	// Preload are modules required before the main program, as node's
	// -r/--require, resolved from the working directory.
	Preload []string
	// Conditions are extra package.json "exports"/"imports" conditions,
	// node's -C/--conditions.
	Conditions []string
	// PreserveSymlinks and PreserveSymlinksMain are node's
	// --preserve-symlinks and --preserve-symlinks-main.
	PreserveSymlinks     bool
	PreserveSymlinksMain bool
}

// Limits bound what one runtime may use.
type Limits struct {
	// MaxCallStackSize is the deepest JS call stack before a RangeError
	// ("Maximum call stack size exceeded"); 0 means a default like V8's.
	MaxCallStackSize int
	// ThreadPoolSize bounds concurrent blocking work (fs, zlib, dns);
	// 0 reads GORUN_THREADPOOL_SIZE from Env, else 4.
	ThreadPoolSize int
}
