package http2_test

import (
	"context"
	"testing"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/runtime"
)

// TestAgainstNode runs every testdata/cases script as a gorun program and
// compares its output and exit code with node's (testdata/expected.json,
// written by testdata/gen.js).
func TestAgainstNode(t *testing.T) {
	jstest.MatchNode(t, runtime.Options{}, false)
}

// TestSessionsNotImplemented: what gorun lacks fails at once with
// ERR_NOT_IMPLEMENTED naming the API (node would open a session).
func TestSessionsNotImplemented(t *testing.T) {
	rt, err := runtime.New(runtime.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	ctx := context.Background()
	err = rt.Do(ctx, func(vm *goja.Runtime) error {
		req, err := rt.EvalRequire()
		if err != nil {
			return err
		}
		return vm.Set("require", req)
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := rt.Eval(ctx, `
		const h = require('http2');
		const out = [];
		for (const f of ['connect', 'createServer', 'createSecureServer', 'performServerHandshake']) {
			try { h[f]('http://localhost'); out.push(f + ': returned'); } catch (e) { out.push(e.code + ': ' + e.message); }
		}
		try { new h.Http2ServerResponse(); } catch (e) { out.push(e.code + ': ' + e.message); }
		out.join('\n')`)
	if err != nil {
		t.Fatal(err)
	}
	want := "ERR_NOT_IMPLEMENTED: http2.connect is not implemented in gorun\n" +
		"ERR_NOT_IMPLEMENTED: http2.createServer is not implemented in gorun\n" +
		"ERR_NOT_IMPLEMENTED: http2.createSecureServer is not implemented in gorun\n" +
		"ERR_NOT_IMPLEMENTED: http2.performServerHandshake is not implemented in gorun\n" +
		"ERR_NOT_IMPLEMENTED: http2.Http2ServerResponse is not implemented in gorun"
	if got != want {
		t.Errorf("got\n%v\nwant\n%s", got, want)
	}
}
