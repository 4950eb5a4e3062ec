package util

import (
	"testing"

	"github.com/dop251/goja"
)

// benchInspectSetup builds the values inspected by the benchmarks; the same
// script run under node (testdata/bench_node.js) gives the ratio.
const benchInspectSetup = `
globalThis.records = Array.from({ length: 1000 }, (_, i) => ({
  id: i, name: 'record ' + i, tags: ['a', 'b', 'c'], nested: { ok: i % 2 === 0, when: new Date(0) },
}));
globalThis.numbers = Array.from({ length: 10000 }, (_, i) => i * 3);
`

func benchmarkInspect(b *testing.B, expr string) {
	vm := newRuntime(b)
	if _, err := vm.RunString(benchInspectSetup); err != nil {
		b.Fatal(err)
	}
	prg := goja.MustCompile("bench", expr, false)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := vm.RunProgram(prg); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkInspectRecords(b *testing.B) {
	benchmarkInspect(b, "util.inspect(records, { depth: Infinity, maxArrayLength: Infinity })")
}

func BenchmarkInspectNumbers(b *testing.B) {
	benchmarkInspect(b, "util.inspect(numbers, { maxArrayLength: Infinity })")
}

func BenchmarkInspectSmallObject(b *testing.B) {
	benchmarkInspect(b, "util.inspect({ a: 1, b: 'two', c: [1, 2, 3], d: { e: null } })")
}

// BenchmarkRequireUtil is the per-runtime cost of the first require('util')
// (the shim is compiled once per process, outside the loop).
func BenchmarkRequireUtil(b *testing.B) {
	newRuntime(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		newRuntime(b)
	}
}
