package npmcompat

import (
	"github.com/dop251/goja"
)

// RunScript runs src as a classic (sloppy) script named name, as node runs
// -e and stdin scripts; a syntax error is thrown as node reports it (a
// SyntaxError whose stack starts with name:line, the source line and a
// caret). JS errors come back as *goja.Exception.
func (l *Loader) RunScript(name, src string) (goja.Value, error) {
	var v goja.Value
	err := l.call(func() error {
		var prg *goja.Program
		// Only the compile is caught here: an exception from running the
		// script must reach the caller as thrown, with its throw site.
		if exc := l.vm.Try(func() { prg = l.compileOnly(name, src, src, 0) }); exc != nil {
			return exc
		}
		var err error
		v, err = l.vm.RunProgram(prg)
		return err
	})
	return v, err
}

// CheckSyntax resolves entry as the main module and compiles it without
// running it, as `node --check` does: it returns the MODULE_NOT_FOUND or
// SyntaxError node would report, as a *goja.Exception, or nil.
func (l *Loader) CheckSyntax(entry string) error {
	return l.call(func() error {
		exc := l.vm.Try(func() {
			resolve, _ := goja.AssertFunction(l.module.Get("_resolveFilename"))
			file, err := resolve(l.module, l.vm.ToValue(resolvePath(l.cwd(), entry)), goja.Null(), l.vm.ToValue(true))
			l.throwIf(err)
			filename := file.String()
			b, err := l.resolver.FS().ReadFile(filename)
			l.throwIf(err)
			content := string(b)
			l.compileOnly(filename, wrapModule(content), stripShebang(content), WrapperPrefixLen)
		})
		if exc != nil {
			return exc
		}
		return nil
	})
}
