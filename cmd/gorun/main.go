// Node (OpenSSL) accepts RSA keys under 1024 bits, which Go refuses by
// default; programs and node's own tests use them.
//
//go:debug rsa1024min=0

// Command gorun runs JavaScript programs the way node does:
//
//	gorun [options] [script.js | -e "script" | -] [arguments]
//
// With no script and a terminal on stdin it opens a REPL. This file holds
// flags and wiring only; the runtime lives in package runtime.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/gorun-js/gorun/internal/repl"
	"github.com/gorun-js/gorun/runtime"
)

// exitBadOption is node's exit code for an invalid command-line option.
const exitBadOption = 9

// printWithoutValue marks -p given without an attached value.
const printWithoutValue = "\x00"

// inlineScript collects -e and -p: node runs the last script given by
// either, and prints its value when -p appeared at all ("-e x -p y" prints
// y; "-p -e x" prints x).
type inlineScript struct {
	src   string
	given bool // a script text was given
	print bool
	// wantsNext: the last of -e/-p was a bare -p, whose script is then the
	// next argument if there is one.
	wantsNext bool
}

// inlineFlag is the pflag.Value behind -e (print false) and -p (print true).
type inlineFlag struct {
	s     *inlineScript
	print bool
}

func (v inlineFlag) String() string { return "" }
func (v inlineFlag) Type() string   { return "string" }
func (v inlineFlag) Set(x string) error {
	v.s.wantsNext = false
	if v.print {
		v.s.print = true
		if x == printWithoutValue {
			v.s.wantsNext = true
			return nil
		}
	}
	v.s.src, v.s.given = x, true
	return nil
}

type flags struct {
	inline        inlineScript
	interactive   bool
	check         bool
	version       bool
	noDeprecation bool
	noWarnings    bool
	traceWarn     bool
	traceDep      bool
	throwDep      bool
	traceUncaught bool
	pendingDep    bool
	preserveLinks bool
	preserveMain  bool
	preload       []string
	conditions    []string
	inputType     string
	stackSize     int
}

func main() {
	// GOGC in the environment wins over the policy (gcpolicy.go).
	if os.Getenv("GOGC") == "" {
		installGCPolicy()
	}
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var f flags
	code := 0
	cmd := &cobra.Command{
		Use:           "gorun [options] [script.js | -e \"script\" | -] [arguments]",
		Short:         "gorun runs JavaScript programs like node, from one Go binary",
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, rest []string) error {
			var err error
			code, err = execute(cmd, &f, args, rest, stdin, stdout, stderr)
			return err
		},
	}
	cmd.SetArgs(splitPrintEval(args[1:]))
	cmd.SetOut(stdout)
	cmd.SetErr(stderr)
	fl := cmd.Flags()
	// Options end at the script name: what follows belongs to the script.
	fl.SetInterspersed(false)
	fl.VarP(inlineFlag{s: &f.inline}, "eval", "e", "evaluate script")
	fl.VarP(inlineFlag{s: &f.inline, print: true}, "print", "p", "evaluate script and print result")
	fl.BoolVarP(&f.interactive, "interactive", "i", false, "always enter the REPL even if stdin does not appear to be a terminal")
	fl.BoolVarP(&f.version, "version", "v", false, "print gorun's version")
	fl.BoolVarP(&f.check, "check", "c", false, "syntax check script without executing")
	fl.BoolVar(&f.noDeprecation, "no-deprecation", false, "silence deprecation warnings")
	fl.BoolVar(&f.noWarnings, "no-warnings", false, "silence all process warnings")
	fl.BoolVar(&f.traceWarn, "trace-warnings", false, "show stack traces on process warnings")
	fl.BoolVar(&f.traceDep, "trace-deprecation", false, "show stack traces on deprecations")
	fl.BoolVar(&f.throwDep, "throw-deprecation", false, "throw an exception on deprecations")
	fl.BoolVar(&f.traceUncaught, "trace-uncaught", false, "show stack traces for the throw site of uncaught exceptions")
	fl.BoolVar(&f.pendingDep, "pending-deprecation", false, "emit pending deprecation warnings")
	fl.BoolVar(&f.preserveLinks, "preserve-symlinks", false, "preserve symbolic links when resolving modules")
	fl.BoolVar(&f.preserveMain, "preserve-symlinks-main", false, "preserve symbolic links when resolving the main module")
	fl.StringArrayVarP(&f.preload, "require", "r", nil, "module to preload (option can be repeated)")
	fl.StringArrayVarP(&f.conditions, "conditions", "C", nil, "additional user conditions for conditional exports and imports")
	fl.StringVar(&f.inputType, "input-type", "", "set module type for string input (\"module\" or \"commonjs\")")
	fl.IntVar(&f.stackSize, "stack-size", 0, "maximum JS call stack depth")
	// Read back from process.execArgv by the process module.
	fl.String("redirect-warnings", "", "write process warnings to the given file instead of printing them to stderr")
	fl.String("title", "", "the process title (process.title)")
	fl.Bool("network-family-autoselection", false, "try IPv6 and IPv4 addresses in turn when connecting (the default)")
	fl.Bool("enable-network-family-autoselection", false, "same as --network-family-autoselection")
	fl.Bool("no-network-family-autoselection", false, "connect to the first address a host name resolves to")
	fl.Bool("test-udp-no-try-send", false, "queue every UDP send instead of trying it at once (node's testing option)")
	_ = fl.MarkHidden("test-udp-no-try-send")
	fl.Int("network-family-autoselection-attempt-timeout", 250, "milliseconds to wait for each connection attempt when autoselecting the family")
	// node's -p takes its script as an optional value: `-p "1+1"`, or
	// the next argument, or nothing (evaluate stdin). pflag needs a
	// non-empty default to make the value optional.
	fl.Lookup("print").NoOptDefVal = printWithoutValue
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return badOption{err}
	})
	if err := cmd.Execute(); err != nil {
		var bad badOption
		if errors.As(err, &bad) {
			fmt.Fprintf(stderr, "%s: %s\n", filepath.Base(args[0]), bad.message())
			return exitBadOption
		}
		fmt.Fprintf(stderr, "%s: %v\n", filepath.Base(args[0]), err)
		if code == 0 {
			code = 1
		}
	}
	return code
}

// splitPrintEval turns node's combined "-pe"/"-ep" into "-p -e", which
// pflag would otherwise read as -p with the value "e". Only options before
// the script are looked at.
func splitPrintEval(args []string) []string {
	out := make([]string, 0, len(args)+1)
	for i, a := range args {
		if a == "--" || !strings.HasPrefix(a, "-") || a == "-" {
			return append(out, args[i:]...)
		}
		if a == "-pe" || a == "-ep" {
			out = append(out, "-p", "-e")
			continue
		}
		out = append(out, a)
	}
	return out
}

// badOption is a command-line error reported as node does:
// "node: bad option: --nope", exit code 9.
type badOption struct{ err error }

func (b badOption) Error() string { return b.err.Error() }

func (b badOption) message() string {
	msg := b.err.Error()
	for _, prefix := range []string{"unknown flag: ", "unknown shorthand flag: "} {
		if strings.HasPrefix(msg, prefix) {
			opt := strings.TrimPrefix(msg, prefix)
			// pflag says "'x' in -x"; node names the option as typed.
			if i := strings.LastIndex(opt, " in "); i >= 0 {
				opt = opt[i+4:]
			}
			return "bad option: " + opt
		}
	}
	if strings.Contains(msg, "needs an argument") {
		opt := msg[strings.LastIndex(msg, " ")+1:]
		return opt + " requires an argument"
	}
	return msg
}

func execute(cmd *cobra.Command, f *flags, osArgs, rest []string, stdin io.Reader, stdout, stderr io.Writer) (int, error) {
	if f.version {
		fmt.Fprintf(stdout, "v%s\n", runtime.Version)
		return 0, nil
	}
	if f.inputType != "" && f.inputType != "module" && f.inputType != "commonjs" {
		return exitBadOption, badOption{errors.New(`--input-type must be "module" or "commonjs"`)}
	}
	in := f.inline
	inline := in.given || in.print
	if in.wantsNext && len(rest) > 0 {
		// -p's script may be the next argument: `-p "1+1"`.
		in.src, in.given, rest = rest[0], true, rest[1:]
		if len(rest) > 0 && rest[0] == "--" {
			rest = rest[1:]
		}
	}
	execArgv := osArgs[1 : len(osArgs)-len(rest)]
	if n := len(execArgv); n > 0 && execArgv[n-1] == "--" {
		execArgv = execArgv[:n-1] // node leaves the separator out
	}
	opts := runtime.Options{
		Argv0:                osArgs[0],
		ExecArgv:             execArgv,
		Stdin:                stdin,
		Stdout:               stdout,
		Stderr:               stderr,
		Signals:              true,
		TimeZone:             true,
		NoDeprecation:        f.noDeprecation,
		NoWarnings:           f.noWarnings,
		TraceWarnings:        f.traceWarn,
		TraceDeprecation:     f.traceDep,
		ThrowDeprecation:     f.throwDep,
		TraceUncaught:        f.traceUncaught,
		PendingDeprecation:   f.pendingDep,
		Preload:              f.preload,
		Conditions:           f.conditions,
		PreserveSymlinks:     f.preserveLinks,
		PreserveSymlinksMain: f.preserveMain,
		Limits:               runtime.Limits{MaxCallStackSize: f.stackSize},
	}
	ctx := context.Background()
	switch {
	case inline:
		opts.Args = rest
		rt, err := runtime.New(opts)
		if err != nil {
			return 1, err
		}
		defer rt.Close()
		return rt.RunScript(ctx, runtime.Script{Source: in.src, Print: in.print, Module: f.inputType == "module"})
	case len(rest) > 0 && rest[0] != "-":
		opts.Args = rest[1:]
		rt, err := runtime.New(opts)
		if err != nil {
			return 1, err
		}
		defer rt.Close()
		if f.check {
			return rt.Check(ctx, rest[0])
		}
		return rt.Run(ctx, rest[0])
	}
	// "-" means the script is stdin; node keeps it in process.argv.
	dash := len(rest) > 0 && rest[0] == "-"
	opts.Args = rest
	tty := isTerminal(stdin)
	if (tty && !dash) || f.interactive {
		rt, err := runtime.New(opts)
		if err != nil {
			return 1, err
		}
		defer rt.Close()
		return repl.Run(ctx, rt, repl.Options{Input: stdin, Output: stdout, Terminal: tty && isTerminal(os.Stdout)})
	}
	src, err := io.ReadAll(stdin)
	if err != nil {
		return 1, err
	}
	opts.Stdin = strings.NewReader("")
	rt, err := runtime.New(opts)
	if err != nil {
		return 1, err
	}
	defer rt.Close()
	return rt.RunScript(ctx, runtime.Script{Source: string(src), Name: "[stdin]", Module: f.inputType == "module"})
}

func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
