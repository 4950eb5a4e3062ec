package npmcompat

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/polyfill"
)

// The cases in testdata/node run under real Node (testdata/gen_node.js
// records their output in .out files) and here on a MapFS; the outputs
// must be identical.

type nodeCase struct {
	env      map[string]string
	symlinks [][2]string
	cwd      string
	run      string
	files    map[string]string
}

var caseMarker = regexp.MustCompile(`^-- (\S+) --$`)

// parseNodeCase reads the case format gen_node.js documents; the two
// parsers must agree line for line.
func parseNodeCase(text string) nodeCase {
	c := nodeCase{env: map[string]string{}, cwd: "/app", run: "main.js", files: map[string]string{}}
	current := ""
	var lines map[string][]string = map[string][]string{}
	var order []string
	for _, line := range strings.Split(text, "\n") {
		if m := caseMarker.FindStringSubmatch(line); m != nil {
			current = m[1]
			order = append(order, current)
			lines[current] = nil
			continue
		}
		if current != "" {
			lines[current] = append(lines[current], line)
			continue
		}
		directive, rest, _ := strings.Cut(line, " ")
		switch directive {
		case "env":
			k, v, _ := strings.Cut(rest, "=")
			c.env[k] = v
		case "symlink":
			link, target, _ := strings.Cut(rest, " ")
			c.symlinks = append(c.symlinks, [2]string{link, target})
		case "cwd":
			c.cwd = rest
		case "run":
			c.run = rest
		}
	}
	for _, f := range order {
		c.files[f] = strings.Join(lines[f], "\n")
	}
	return c
}

type nodeBuiltins struct {
	BuiltinModules []string `json:"builtinModules"`
	SchemeOnly     []string `json:"schemeOnly"`
}

func readNodeBuiltins(t *testing.T) nodeBuiltins {
	t.Helper()
	data, err := os.ReadFile("testdata/node_builtins.json")
	if err != nil {
		t.Fatal(err)
	}
	var b nodeBuiltins
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatal(err)
	}
	return b
}

// fakeBuiltins stands in for the module registry: every name Node has,
// each a distinct object, except `module`, which is the loader's.
func fakeBuiltins(vm *goja.Runtime, b nodeBuiltins, loader **Loader) (names []string, require func(string) (goja.Value, error)) {
	names = append(append(names, b.BuiltinModules...), b.SchemeOnly...)
	made := map[string]goja.Value{}
	require = func(name string) (goja.Value, error) {
		if name == "module" {
			return (*loader).ModuleExports()
		}
		if v, ok := made[name]; ok {
			return v, nil
		}
		obj := vm.NewObject()
		_ = obj.Set("builtin", name)
		made[name] = obj
		return obj, nil
	}
	return names, require
}

// runNodeCase runs c the way gen_node.js runs it under node and returns
// the same transcript.
func runNodeCase(t *testing.T, c nodeCase, b nodeBuiltins) string {
	t.Helper()
	fs := NewMapFS(c.files)
	for _, s := range c.symlinks {
		fs.Symlink(s[1], s[0])
	}
	vm := goja.New()
	// The runtime installs the polyfills before any module loads
	// (Symbol.asyncIterator for lowered async iteration, …).
	if err := polyfill.Install(vm); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	_ = vm.Set("out", func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			parts[i] = a.String()
		}
		out.WriteString(strings.Join(parts, " ") + "\n")
		return goja.Undefined()
	})
	type warning struct{ msg, typ, code string }
	var warnings []warning
	var loader *Loader
	names, requireBuiltin := fakeBuiltins(vm, b, &loader)
	opts := Options{
		VM:             vm,
		FS:             fs,
		Cwd:            func() string { return c.cwd },
		Getenv:         func(k string) (string, bool) { v, ok := c.env[k]; return v, ok },
		ExecPath:       "/usr/bin/node",
		BuiltinNames:   names,
		RequireBuiltin: requireBuiltin,
		EmitWarning:    func(msg, typ, code string) { warnings = append(warnings, warning{msg, typ, code}) },
		Programs:       NewProgramCache(1 << 20),
	}
	main := ""
	var preload []string
	args := strings.Fields(c.run)
	for i := 0; i < len(args); i++ {
		switch arg := args[i]; {
		case arg == "--preserve-symlinks":
			opts.PreserveSymlinks = true
		case arg == "--preserve-symlinks-main":
			opts.PreserveSymlinksMain = true
		case strings.HasPrefix(arg, "--conditions="):
			opts.Conditions = append(opts.Conditions, strings.TrimPrefix(arg, "--conditions="))
		case arg == "-C" || arg == "--conditions":
			i++
			opts.Conditions = append(opts.Conditions, args[i])
		case arg == "-r" || arg == "--require":
			i++
			preload = append(preload, args[i])
		default:
			main = arg
		}
	}
	loader, err := NewLoader(opts)
	if err != nil {
		t.Fatal(err)
	}
	var runErr error
	if len(preload) > 0 {
		runErr = loader.Preload(preload)
	}
	if runErr == nil {
		runErr = loader.RunMain(main)
	}
	format, err := vm.RunString(`({
		uncaught: (e) => ['UNCAUGHT', e && e.name, e && e.code, JSON.stringify(e && e.message)].join(' '),
		warning: (name, code, message) => ['WARNING', name, code, JSON.stringify(message)].join(' '),
	})`)
	if err != nil {
		t.Fatal(err)
	}
	call := func(name string, args ...goja.Value) string {
		fn, _ := goja.AssertFunction(format.ToObject(vm).Get(name))
		v, err := fn(goja.Undefined(), args...)
		if err != nil {
			t.Fatal(err)
		}
		return v.String()
	}
	if runErr != nil {
		ex, ok := runErr.(*goja.Exception)
		if !ok {
			t.Fatalf("RunMain: %v", runErr)
		}
		out.WriteString(call("uncaught", ex.Value()) + "\n")
	}
	for _, w := range warnings {
		code := goja.Undefined()
		if w.code != "" {
			code = vm.ToValue(w.code)
		}
		out.WriteString(call("warning", vm.ToValue(w.typ), code, vm.ToValue(w.msg)) + "\n")
	}
	return out.String()
}

// TestNodeCompat runs the cases of testdata/node (CommonJS) and
// testdata/esm (ES modules) and compares with the output gen_node.js
// recorded under node.
func TestNodeCompat(t *testing.T) {
	b := readNodeBuiltins(t)
	for _, dir := range []string{"node", "esm"} {
		files, err := filepath.Glob("testdata/" + dir + "/*.txt")
		if err != nil || len(files) == 0 {
			t.Fatalf("no cases in testdata/%s: %v", dir, err)
		}
		for _, file := range files {
			name := dir + "/" + strings.TrimSuffix(filepath.Base(file), ".txt")
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				src, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				want, err := os.ReadFile(strings.TrimSuffix(file, ".txt") + ".out")
				if err != nil {
					t.Fatal(err)
				}
				got := runNodeCase(t, parseNodeCase(string(src)), b)
				if got != string(want) {
					t.Errorf("output differs from node's\n%s", lineDiff(string(want), got))
				}
			})
		}
	}
}

// lineDiff shows want and got side by side, line by line, marking the
// lines that differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var sb strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl == gl {
			sb.WriteString("    " + wl + "\n")
			continue
		}
		sb.WriteString("node: " + wl + "\ngot:  " + gl + "\n")
	}
	return sb.String()
}
