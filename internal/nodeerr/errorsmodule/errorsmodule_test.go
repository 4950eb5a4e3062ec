package errorsmodule_test

import (
	"runtime"
	"strconv"
	"testing"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr"
	"github.com/gorun-js/gorun/internal/nodeerr/errorsmodule"
	"github.com/gorun-js/gorun/modules"
)

// The JS surface is compared with node's in modules/events/testdata
// (errors.test.js); these tests cover what only gorun has.

func eval(t *testing.T, src string) string {
	t.Helper()
	vm := goja.New()
	reg := modules.NewRegistry(errorsmodule.Modules(), modules.Context{VM: vm})
	e, err := reg.Require("internal/errors")
	if err != nil {
		t.Fatal(err)
	}
	_ = vm.Set("errors", e)
	v, err := vm.RunString(src)
	if err != nil {
		t.Fatal(err)
	}
	return v.String()
}

func TestModules(t *testing.T) {
	t.Parallel()
	mods := errorsmodule.Modules()
	if len(mods) != 2 || mods[0].Name != "internal/errors" || mods[1].Name != "internal/validators" ||
		!mods[0].Internal() || !mods[1].Internal() {
		t.Errorf("Modules() = %+v", mods)
	}
}

func TestCodesCoverTable(t *testing.T) {
	t.Parallel()
	got := eval(t, `String(Object.keys(errors.codes).length)`)
	if want := len(nodeerr.Codes()); got != itoa(want) {
		t.Errorf("codes has %s entries, table %d", got, want)
	}
}

func TestNotImplemented(t *testing.T) {
	t.Parallel()
	got := eval(t, `const e = new errors.codes.ERR_NOT_IMPLEMENTED('fs.watch'); [e.name, e.code, String(e)].join('|')`)
	if want := "Error|ERR_NOT_IMPLEMENTED|Error [ERR_NOT_IMPLEMENTED]: fs.watch is not implemented in gorun"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

// TestLazyClasses: a class is built once, on first access, and stays.
func TestLazyClasses(t *testing.T) {
	t.Parallel()
	got := eval(t, `const d0 = Object.getOwnPropertyDescriptor(errors.codes, 'ERR_ASSERTION');
		const c = errors.codes.ERR_ASSERTION;
		const d1 = Object.getOwnPropertyDescriptor(errors.codes, 'ERR_ASSERTION');
		[typeof d0.value, c === errors.codes.ERR_ASSERTION, 'value' in d1, errors.codes.ERR_INVALID_ARG_TYPE.HideStackFramesError === errors.codes.ERR_INVALID_ARG_TYPE].join('|')`)
	if want := "function|true|true|true"; got != want { // d0.value is built by the read itself
		t.Errorf("got %q want %q", got, want)
	}
}

func TestSystemErrorNames(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("errno numbers are Linux's")
	}
	t.Parallel()
	got := eval(t, `[errors.getSystemErrorName(-2), errors.getSystemErrorName(-4095), errors.getSystemErrorName(-99999),
		errors.getSystemErrorMap().get(-13).join(), errors.uvErrmapGet(-17).join()].join('|')`)
	if want := "ENOENT|EOF|Unknown system error -99999|EACCES,permission denied|EEXIST,file already exists"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

// TestWithoutUtil: messages that embed objects use nodeerr's inspect
// when util is not registered.
func TestWithoutUtil(t *testing.T) {
	t.Parallel()
	got := eval(t, `new errors.codes.ERR_INVALID_ARG_VALUE('x', { a: [1, 'b'] }).message`)
	if want := "The argument 'x' is invalid. Received { a: [ 1, 'b' ] }"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
