// Package nodetest is Node's test runner: `node:test` (test, describe/it,
// hooks, subtests, skip/todo, timeouts, mocks) and `node:test/reporters`.
// Like node, a file that uses it reports TAP on a pipe and the spec format
// on a terminal, and sets process.exitCode to 1 when a test fails.
//
// All of it is JS: the runner is control flow over promises, and the
// reporters are string formatting over util.inspect, neither of which
// gains anything from Go.
package nodetest

import (
	_ "embed"

	"github.com/gorun-js/gorun/modules"
)

var (
	//go:embed harness.js
	harnessSource string
	//go:embed test.js
	testSource string
	//go:embed api.js
	apiSource string
	//go:embed mock.js
	mockSource string
	//go:embed mock_timers.js
	mockTimersSource string
	//go:embed reporters.js
	reportersSource string
	//go:embed public_reporters.js
	publicReportersSource string
)

var (
	// One shim from three files, which share the runner's state.
	harnessShim = modules.NewShimFunc("node:internal/test_runner/harness", func() string {
		return harnessSource + "\n" + testSource + "\n" + apiSource
	})
	mockShim            = modules.NewShim("node:internal/test_runner/mock", mockSource)
	mockTimersShim      = modules.NewShim("node:internal/test_runner/mock_timers", mockTimersSource)
	reportersShim       = modules.NewShim("node:internal/test_runner/reporters", reportersSource)
	publicReportersShim = modules.NewShim("node:test/reporters", publicReportersSource)
)

// Modules declares `test` and `test/reporters` (which npmcompat lets user
// code reach only through the `node:` scheme, as node does) and the
// internal modules they share.
func Modules() []modules.Module {
	return []modules.Module{
		{Name: "test", Shim: harnessShim},
		{Name: "test/reporters", Shim: publicReportersShim},
		{Name: "internal/test_runner/mock", Shim: mockShim},
		{Name: "internal/test_runner/mock_timers", Shim: mockTimersShim},
		{Name: "internal/test_runner/reporters", Shim: reportersShim},
	}
}
