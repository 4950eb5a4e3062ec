package tests

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// cliCase is one command line, run the same way under node and gorun in
// testdata/e2e/cli.
type cliCase struct {
	name  string   // also names the recorded expectation, <name>.json
	args  []string // what follows the executable's name
	stdin string   // a file in testdata/e2e/cli fed to stdin; "" for none
}

// cliCases covers what a user types: inline code (-e, -p), a script on
// stdin, option parsing, and the warnings and hints whose text names the
// executable (so they cannot go through TestScriptsMatchNode, which keeps
// node's name).
var cliCases = []cliCase{
	{name: "eval_throw", args: []string{"-e", "throw new Error(\"from eval\")"}},
	{name: "eval_syntax_error", args: []string{"-e", "let x = ;"}},
	{name: "eval_unhandled_rejection", args: []string{"-e", "setTimeout(() => console.log(\"timer in eval\"), 1); Promise.reject(3)"}},
	{name: "print_throw", args: []string{"-p", "throw new TypeError(\"thrown in -p\")"}},
	{name: "print_without_code", args: []string{"-p"}},
	{name: "print_eval_combined", args: []string{"-pe", "1+2"}},
	{name: "dashdash_before_script", args: []string{"--", "args.js", "a", "b"}},
	{name: "script_not_found", args: []string{"missing_script.js"}},
	{name: "script_not_found_nested", args: []string{"./nested/missing.js"}},
	{name: "preload_not_found", args: []string{"-r", "./nope.js", "args.js"}},
	{name: "stdin_syntax_error", stdin: "stdin_syntax.stdin"},
	{name: "stdin_throw", args: []string{"-"}, stdin: "stdin_throw.stdin"},
	{name: "deprecation_throw", args: []string{"deprecation_throw.js"}},
	{name: "deprecation_throw_flag", args: []string{"--throw-deprecation", "deprecation.js"}},
	{name: "trace_uncaught", args: []string{"--trace-uncaught", "throw_string.js"}},
	{name: "pending_deprecation", args: []string{"--pending-deprecation", "deprecation.js"}},
	{name: "check_syntax", args: []string{"--check", "args.js"}},
	{name: "check_syntax_short", args: []string{"-c", "throw_string.js"}},
	{name: "eval_globals", args: []string{"-e", "console.log(1 + 1, typeof require, typeof module, __filename, process.argv.length)"}},
	{name: "eval_args", args: []string{"-e", "console.log(process.argv.slice(1))", "a", "b", "--c"}},
	{name: "eval_script_name_is_arg", args: []string{"-e", "console.log(process.argv.slice(1))", "args.js", "x"}},
	{name: "eval_this", args: []string{"-e", "console.log(this === module.exports, typeof exports, require.main)"}},
	{name: "eval_equals_form", args: []string{"--eval=console.log(\"equals form\")"}},
	{name: "eval_then_print", args: []string{"-e", "console.log(1)", "-p", "2"}},
	{name: "eval_exit", args: []string{"-e", "process.exit(4)"}},
	{name: "eval_missing_arg", args: []string{"-e"}},
	{name: "eval_long_missing_arg", args: []string{"--eval"}},
	{name: "eval_warning", args: []string{"-e", "process.emitWarning(\"shown\")"}},
	{name: "eval_no_warnings", args: []string{"--no-warnings", "-e", "process.emitWarning(\"hidden\")"}},
	{name: "eval_no_deprecation", args: []string{"--no-deprecation", "-e", "process.emitWarning(\"dep hidden\", \"DeprecationWarning\"); process.emitWarning(\"shown\", \"X\")"}},
	{name: "network_family_flags", args: []string{"--no-network-family-autoselection", "--network-family-autoselection-attempt-timeout", "100", "-p", "[process.execArgv, require(\"net\").getDefaultAutoSelectFamily(), require(\"net\").getDefaultAutoSelectFamilyAttemptTimeout()]"}},
	{name: "env_coercion_pending_deprecation", args: []string{"--pending-deprecation", "-e", "process.env.A = 'ok'; process.env.B = 1; process.env.C = undefined; process.env.D = {}; console.log(process.env.C, process.env.D)"}},
	{name: "module_parent_pending_deprecation", args: []string{"--pending-deprecation", "-p", "[module.parent, process.config.variables.node_module_version]"}},
	{name: "print_object", args: []string{"-p", "({ a: 1, nested: { list: [1, 2] } })"}},
	{name: "print_promise", args: []string{"-p", "Promise.resolve(42)"}},
	{name: "print_undefined", args: []string{"-p", "undefined"}},
	{name: "print_string", args: []string{"-p", "\"str\""}},
	{name: "print_null", args: []string{"-p", "null"}},
	{name: "print_array", args: []string{"-p", "[1, \"two\", { three: 3 }]"}},
	{name: "print_map", args: []string{"-p", "new Map([[1, 2]])"}},
	{name: "print_last_statement", args: []string{"-p", "1; 2; 3"}},
	{name: "print_args", args: []string{"-p", "process.argv.slice(1)", "x", "y"}},
	{name: "print_dashdash", args: []string{"-p", "[process.argv.length, process.argv.slice(1)]", "--", "--x"}},
	{name: "print_long", args: []string{"--print", "3*3"}},
	{name: "print_exitcode", args: []string{"-p", "process.exitCode = 3"}},
	{name: "print_require", args: []string{"-p", "require(\"events\").name + \" \" + __dirname.length"}},
	{name: "stdin_script", stdin: "stdin_script.stdin"},
	{name: "stdin_dash_args", args: []string{"-", "arg1", "--arg2"}, stdin: "stdin_script.stdin"},
	{name: "stdin_dash_dashdash", args: []string{"-", "--", "--flag", "value"}, stdin: "stdin_args.stdin"},
	{name: "preload_script", args: []string{"-r", "./preload.js", "args.js"}},
	{name: "preload_eval", args: []string{"--require", "./preload.js", "-e", "console.log(\"main\")"}},
	{name: "stack_size_option", args: []string{"--stack-size=500", "-e", "console.log(1)"}},
	{name: "bad_option", args: []string{"--nope"}},
	{name: "bad_option_before_script", args: []string{"--nope", "args.js"}},
	{name: "bad_short_option", args: []string{"-Z"}},
	{name: "script_args_after_dashdash", args: []string{"args.js", "--", "--after-dashdash", "x"}},
	{name: "script_options_belong_to_script", args: []string{"args.js", "--no-warnings", "-e", "x"}},
	{name: "option_before_script", args: []string{"--no-warnings", "args.js", "a"}},
	{name: "throw_string", args: []string{"throw_string.js"}},
	{name: "throw_number", args: []string{"throw_number.js"}},
	{name: "throw_null", args: []string{"throw_null.js"}},
	{name: "throw_undefined", args: []string{"throw_undefined.js"}},
	{name: "warnings", args: []string{"warnings.js"}},
	{name: "warnings_no_warnings", args: []string{"--no-warnings", "warnings.js"}},
	{name: "warnings_no_deprecation", args: []string{"--no-deprecation", "warnings.js"}},
	{name: "warnings_trace", args: []string{"--trace-warnings", "warnings.js"}},
	{name: "warning_listener_only", args: []string{"warning_listener_only.js"}},
	{name: "console_warnings", args: []string{"console_warnings.js"}},
	{name: "deprecation", args: []string{"deprecation.js"}},
	{name: "deprecation_no_warnings", args: []string{"--no-warnings", "deprecation.js"}},
	{name: "deprecation_no_deprecation", args: []string{"--no-deprecation", "deprecation.js"}},
	{name: "deprecation_trace", args: []string{"--trace-deprecation", "deprecation.js"}},
}

var (
	// Hints name the executable: "(Use `node --trace-warnings ...`".
	reHintName = regexp.MustCompile("`gorun --trace-")
	// Option errors start with argv[0]: "node: bad option: --nope".
	reOptionName = regexp.MustCompile(`(?m)^gorun: `)
)

// normalizeCLI is normalize plus the executable's own name, which node
// and gorun each print where the other prints theirs.
func normalizeCLI(s, dir string) string {
	s = normalize(s, dir)
	s = reHintName.ReplaceAllString(s, "`node --trace-")
	return reOptionName.ReplaceAllString(s, "node: ")
}

// TestCLIMatchNode runs each command line under gorun and compares it
// with node run side by side when node is on PATH, and otherwise with
// node's output recorded in testdata/e2e/cli/<case>.json (rewritten by
// -update), so the comparison never silently disappears.
func TestCLIMatchNode(t *testing.T) {
	dir, _ := filepath.Abs("testdata/e2e/cli")
	nodeBin, nodeErr := exec.LookPath("node")
	if *update && nodeErr != nil {
		t.Fatal("-update needs node on PATH")
	}
	for _, tc := range cliCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			stdin := ""
			if tc.stdin != "" {
				b, err := os.ReadFile(filepath.Join(dir, tc.stdin))
				if err != nil {
					t.Fatal(err)
				}
				stdin = string(b)
			}
			expFile := filepath.Join(dir, tc.name+".json")
			got := runAs(t, dir, gorunBin, "gorun", stdin, tc.args...)
			var want result
			what := "node"
			if nodeErr == nil {
				want = runAs(t, dir, nodeBin, "node", stdin, tc.args...)
				if *update {
					b, _ := json.MarshalIndent(want, "", "  ")
					if err := os.WriteFile(expFile, append(b, '\n'), 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			b, err := os.ReadFile(expFile)
			if err != nil {
				// Without it a machine lacking node would have nothing to
				// compare with.
				t.Fatalf("no recorded expectation (run go test ./tests -run TestCLIMatchNode -update): %v", err)
			}
			if nodeErr != nil {
				what = "recorded node"
				if err := json.Unmarshal(b, &want); err != nil {
					t.Fatal(err)
				}
			}
			compare(t, what, want, got)
		})
	}
}

// runAs runs bin with argv[0] set to name, as a shell does for a command
// found on PATH, and returns its normalized output.
func runAs(t *testing.T, dir, bin, name, stdin string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Args[0] = name
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "FORCE_COLOR=0")
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running %s: %v", bin, err)
	}
	if ctx.Err() != nil {
		t.Fatalf("%s %q did not finish in time", name, args)
	}
	return result{
		Stdout: normalizeCLI(out.String(), dir),
		Stderr: normalizeCLI(errb.String(), dir),
		Code:   code,
	}
}
