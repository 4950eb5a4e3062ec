package polyfill

import (
	"strings"
	"testing"
)

// TestAllocationLimits: sizes V8 refuses throw V8's RangeErrors instead of
// reaching Go's allocator (which ends the process on a request the system
// can't meet), and the wrapped constructors keep the originals' identity.
// Expected lines are node 20's output for the same expressions.
func TestAllocationLimits(t *testing.T) {
	got := runCase(t, `
const tries = [
  () => new Uint8Array(-1),
  () => new ArrayBuffer(-1),
  () => new Uint8Array(2 ** 53),
  () => new ArrayBuffer(2 ** 53),
  () => new Uint8Array(2 ** 32 + 1),
  () => new Uint8Array(-1.5),
  () => new Uint8Array(Infinity),
  () => new ArrayBuffer(2 ** 60),
  () => new ArrayBuffer(2 ** 50), // a petabyte: more than any machine has
  () => new Float64Array(2 ** 32 * 0.999 * 2 ** 20),
  () => new Uint16Array({ length: 2 ** 40 }),
  () => new Uint8Array({ length: -1 }).length,
  () => new Uint8Array('7').length,
  () => new Uint8Array([1, 2, 3]).length,
  () => new Uint8Array(new ArrayBuffer(8), 2, 4).length,
  () => new Uint8Array(10n),
];
for (const f of tries) {
  try { print('ok', f()); } catch (e) { print(e.name + ': ' + e.message); }
}
class Sub extends Uint8Array {}
const s = new Sub(4);
print(s instanceof Sub, s instanceof Uint8Array, s.subarray(1) instanceof Sub, s.constructor === Sub);
print(Uint8Array.prototype.constructor === Uint8Array, Object.getPrototypeOf(Uint8Array) === Object.getPrototypeOf(Int8Array),
  Uint8Array.name, Uint8Array.length, Uint8Array.BYTES_PER_ELEMENT, Float64Array.BYTES_PER_ELEMENT, typeof ArrayBuffer.isView,
  Object.keys(Uint8Array.prototype).length, Uint8Array.from([1, 2]).constructor === Uint8Array, new Uint8Array([1, 2]).map((x) => x * 2).join());
const d = Object.getOwnPropertyDescriptor(globalThis, 'ArrayBuffer');
print(d.writable, d.enumerable, d.configurable, Object.getOwnPropertyDescriptor(Uint8Array, 'prototype').writable);
const species = Object.getOwnPropertyDescriptor(ArrayBuffer, Symbol.species);
const bpe = Object.getOwnPropertyDescriptor(Int16Array, 'BYTES_PER_ELEMENT');
print(species.get.name, ArrayBuffer[Symbol.species] === ArrayBuffer, bpe.value, bpe.writable, bpe.configurable,
  Object.getOwnPropertyDescriptor(ArrayBuffer, 'isView').writable);
`)
	want := `RangeError: Invalid typed array length: -1
RangeError: Invalid array buffer length
RangeError: Invalid typed array length: 9007199254740992
RangeError: Invalid array buffer length
RangeError: Invalid typed array length: 4294967297
RangeError: Invalid typed array length: -1.5
RangeError: Invalid typed array length: Infinity
RangeError: Invalid array buffer length
RangeError: Array buffer allocation failed
RangeError: Invalid typed array length: 4499096027743125.5
RangeError: Invalid typed array length: 1099511627776
ok 0
ok 7
ok 3
ok 4
TypeError: Cannot convert a BigInt value to a number
true true true true
true true Uint8Array 3 1 8 function 0 true 2,4
true false true false
get [Symbol.species] true 2 false false true
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
		for i, l := range strings.Split(got, "\n") {
			if w := strings.Split(want, "\n"); i < len(w) && l != w[i] {
				t.Logf("first difference, line %d: %q vs %q", i+1, l, w[i])
				break
			}
		}
	}
}
