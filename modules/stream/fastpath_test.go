package stream_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gorun-js/gorun/internal/jstest"
	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/runtime"
)

// internal/streams/fastpath must recognise the runtime's own
// process.nextTick, or every stream tick silently takes the slow path
// (the behaviour is the same either way, so no node comparison would
// notice), and byteLength must agree with .length.
func TestFastpath(t *testing.T) {
	t.Parallel()
	probe := modules.Module{
		Name: "fastpath-probe",
		Shim: modules.NewShim("node:fastpath-probe", "module.exports = require('internal/streams/fastpath');"),
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "probe.js")
	src := `'use strict';
const fp = require('fastpath-probe');
console.log('own', fp.isOwnNextTick(process.nextTick));
console.log('replaced', fp.isOwnNextTick(function nextTick(cb, ...a) { return cb(...a); }));
const { Buffer } = require('buffer');
for (const v of [Buffer.alloc(0), Buffer.alloc(65536), Buffer.from('abc').subarray(1), new Uint8Array(7), new Uint16Array(3), 'str', [1, 2], {}]) {
  console.log(fp.byteLength(v) === v.length, fp.byteLength(v));
}
try { fp.byteLength(undefined); } catch (e) { console.log(e.name, e.message); }
`
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	got := jstest.RunFile(t, dir, file, runtime.Options{Modules: []modules.Module{probe}})
	want := "own true\nreplaced false\ntrue 0\ntrue 65536\ntrue 2\ntrue 7\ntrue 3\ntrue 3\ntrue 2\ntrue undefined\n" +
		"TypeError Cannot read properties of undefined (reading 'length')\n"
	if got.Stdout != want || got.Code != 0 {
		t.Fatalf("stdout %q (code %d, stderr %s), want %q", got.Stdout, got.Code, got.Stderr, want)
	}
}
