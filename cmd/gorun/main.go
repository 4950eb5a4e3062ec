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

type flags struct {
	eval          string
	print         string
	printSet      bool
	evalSet       bool
	interactive   bool
	version       bool
	noDeprecation bool
	noWarnings    bool
	traceWarn     bool
	traceDep      bool
	throwDep      bool
	preserveLinks bool
	preserveMain  bool
	preload       []string
	stackSize     int
}

func main() {
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
			f.evalSet = cmd.Flags().Changed("eval")
			f.printSet = cmd.Flags().Changed("print")
			var err error
			code, err = execute(cmd, &f, args, rest, stdin, stdout, stderr)
			return err
		},
	}
	cmd.SetArgs(args[1:])
	cmd.SetOut(stdout)
	cmd.SetErr(stderr)
	fl := cmd.Flags()
	// Options end at the script name: what follows belongs to the script.
	fl.SetInterspersed(false)
	fl.StringVarP(&f.eval, "eval", "e", "", "evaluate script")
	fl.StringVarP(&f.print, "print", "p", "", "evaluate script and print result")
	fl.BoolVarP(&f.interactive, "interactive", "i", false, "always enter the REPL even if stdin does not appear to be a terminal")
	fl.BoolVarP(&f.version, "version", "v", false, "print gorun's version")
	fl.BoolVar(&f.noDeprecation, "no-deprecation", false, "silence deprecation warnings")
	fl.BoolVar(&f.noWarnings, "no-warnings", false, "silence all process warnings")
	fl.BoolVar(&f.traceWarn, "trace-warnings", false, "show stack traces on process warnings")
	fl.BoolVar(&f.traceDep, "trace-deprecation", false, "show stack traces on deprecations")
	fl.BoolVar(&f.throwDep, "throw-deprecation", false, "throw an exception on deprecations")
	fl.BoolVar(&f.preserveLinks, "preserve-symlinks", false, "preserve symbolic links when resolving modules")
	fl.BoolVar(&f.preserveMain, "preserve-symlinks-main", false, "preserve symbolic links when resolving the main module")
	fl.StringArrayVarP(&f.preload, "require", "r", nil, "module to preload (option can be repeated)")
	fl.IntVar(&f.stackSize, "stack-size", 0, "maximum JS call stack depth")
	// node's -p takes its script as an optional value: `-p "1+1"`.
	fl.Lookup("print").NoOptDefVal = ""
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
	execArgv := osArgs[1 : len(osArgs)-len(rest)]
	opts := runtime.Options{
		Argv0:                osArgs[0],
		ExecArgv:             execArgv,
		Stdin:                stdin,
		Stdout:               stdout,
		Stderr:               stderr,
		Signals:              true,
		NoDeprecation:        f.noDeprecation,
		NoWarnings:           f.noWarnings,
		TraceWarnings:        f.traceWarn,
		TraceDeprecation:     f.traceDep,
		ThrowDeprecation:     f.throwDep,
		Preload:              f.preload,
		PreserveSymlinks:     f.preserveLinks,
		PreserveSymlinksMain: f.preserveMain,
		Limits:               runtime.Limits{MaxCallStackSize: f.stackSize},
	}
	ctx := context.Background()
	inline := f.evalSet || f.printSet
	switch {
	case inline:
		src := f.eval
		if f.printSet {
			src = f.print
			if src == "" && len(rest) > 0 && !f.evalSet {
				src, rest = rest[0], rest[1:]
			}
		}
		opts.Args = rest
		rt, err := runtime.New(opts)
		if err != nil {
			return 1, err
		}
		defer rt.Close()
		return rt.RunScript(ctx, runtime.Script{Source: src, Print: f.printSet})
	case len(rest) > 0 && rest[0] != "-":
		opts.Args = rest[1:]
		rt, err := runtime.New(opts)
		if err != nil {
			return 1, err
		}
		defer rt.Close()
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
	return rt.RunScript(ctx, runtime.Script{Source: string(src), Name: "[stdin]"})
}

func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
