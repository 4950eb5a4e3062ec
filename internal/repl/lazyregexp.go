package repl

import (
	"regexp"
	"sync"
)

// lazyRegexp compiles expr on first use: the REPL's patterns are linked
// into every gorun, and compiling them at start-up would tax every run.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
