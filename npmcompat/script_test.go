package npmcompat

import (
	"errors"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

func TestRunScriptAndCheckSyntax(t *testing.T) {
	t.Parallel()
	fs := NewMapFS(map[string]string{
		"/app/ok.js":  "module.exports = 1;\n",
		"/app/bad.js": "const x = 1;\nlet y = ;\n",
	})
	vm := goja.New()
	l, err := NewLoader(Options{VM: vm, FS: fs, Cwd: func() string { return "/app" }})
	if err != nil {
		t.Fatal(err)
	}
	v, err := l.RunScript("[eval]", "1 + 2")
	if err != nil || v.ToInteger() != 3 {
		t.Fatalf("RunScript = %v, %v", v, err)
	}
	stackOf := func(err error) string {
		var exc *goja.Exception
		if !errors.As(err, &exc) {
			t.Fatalf("want a JS exception, got %v", err)
		}
		return exc.Value().ToObject(vm).Get("stack").String()
	}
	_, err = l.RunScript("[eval]", "let x = ;")
	if st := stackOf(err); !strings.HasPrefix(st, "[eval]:1\nlet x = ;\n        ^\n\nSyntaxError: Unexpected token ';'") {
		t.Errorf("-e syntax error stack:\n%s", st)
	}
	if err := l.CheckSyntax("ok"); err != nil {
		t.Errorf("CheckSyntax(ok) = %v", err)
	}
	if st := stackOf(l.CheckSyntax("bad.js")); !strings.HasPrefix(st, "/app/bad.js:2\nlet y = ;\n        ^\n\nSyntaxError: Unexpected token ';'") {
		t.Errorf("CheckSyntax(bad) stack:\n%s", st)
	}
	if st := stackOf(l.CheckSyntax("missing.js")); !strings.HasPrefix(st, "Error: Cannot find module '/app/missing.js'") {
		t.Errorf("CheckSyntax(missing) stack:\n%s", st)
	}
}
