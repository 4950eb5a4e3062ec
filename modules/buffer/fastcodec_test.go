package buffer

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// TestASCIIValue checks the hand-built value behaves as goja's own
// ASCII strings do, on the paths the shim uses.
func TestASCIIValue(t *testing.T) {
	vm := goja.New()
	s := strings.Repeat("QUJD", 40) + "=="
	v := asciiValue(s)
	if !isASCIIString(v) {
		t.Fatalf("type %T is not goja's ASCII string", v)
	}
	_ = vm.Set("v", v)
	got, err := vm.RunString(`[v.length, v.slice(0, 4), v + '!', v === 'QUJD'.repeat(40) + '==', typeof v]`)
	if err != nil {
		t.Fatal(err)
	}
	want := "162,QUJD," + s + "!,true,string"
	if got.String() != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestFastCodecsRoundTrip(t *testing.T) {
	t.Parallel()
	for n := 0; n < 40; n++ {
		src := make([]byte, n)
		for i := range src {
			src[i] = byte(i*37 + n)
		}
		for _, url := range []bool{false, true} {
			enc := encodeBase64(src, url)
			dst := make([]byte, base64MaxDecodedLen(enc))
			if got := dst[:decodeBase64(dst, enc)]; string(got) != string(src) {
				t.Errorf("base64(url=%v) round trip of %x gave %x via %q", url, src, got, enc)
			}
		}
		h := encodeHex(src)
		dst := make([]byte, len(h)/2)
		if got := dst[:decodeHex(dst, h)]; string(got) != string(src) {
			t.Errorf("hex round trip of %x gave %x", src, got)
		}
	}
}
