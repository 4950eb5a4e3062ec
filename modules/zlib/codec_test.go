package zlib

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"
)

var sample = []byte(strings.Repeat("gorun compresses this line, over and over. ", 2000))

// run feeds in to cd in pieces of size n, with flush on every piece and
// last on the final one.
func run(t *testing.T, cd codec, in []byte, n, flush, last int) ([]byte, error) {
	t.Helper()
	var out []byte
	for len(in) > 0 {
		k := min(n, len(in))
		f := flush
		if k == len(in) {
			f = last
		}
		o, _, err := write1(cd, in[:k], f)
		out = append(out, o...)
		if err != nil {
			return out, err
		}
		in = in[k:]
	}
	if len(in) == 0 && last != flush {
		o, _, err := write1(cd, nil, last)
		out = append(out, o...)
		if err != nil {
			return out, err
		}
	}
	return out, nil
}

func TestRoundTrip(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name     string
		enc, dec int
	}{
		{"zlib", modeDeflate, modeInflate},
		{"gzip", modeGzip, modeGunzip},
		{"raw", modeDeflateRaw, modeInflateRaw},
		{"unzip-gzip", modeGzip, modeUnzip},
		{"unzip-zlib", modeDeflate, modeUnzip},
	} {
		for _, chunk := range []int{1, 7, 4096, len(sample)} {
			enc, err := newDeflater(tc.enc, 6, 15, 0, nil)
			if err != nil {
				t.Fatal(err)
			}
			comp, err := run(t, enc, sample, chunk, zNoFlush, zFinish)
			if err != nil {
				t.Fatalf("%s: compress: %v", tc.name, err)
			}
			dec := newInflater(tc.dec, 15, nil)
			out, err := run(t, dec, comp, chunk, zNoFlush, zFinish)
			dec.close()
			if err != nil || !bytes.Equal(out, sample) {
				t.Fatalf("%s/%d: got %d bytes, err %v", tc.name, chunk, len(out), err)
			}
		}
	}
}

// The framing written here must be what Go's own zlib and gzip readers
// (and so zlib itself) accept.
func TestFramingInterop(t *testing.T) {
	t.Parallel()
	enc, _ := newDeflater(modeDeflate, 9, 15, 0, nil)
	comp, _ := run(t, enc, sample, 1000, zNoFlush, zFinish)
	r, err := zlib.NewReader(bytes.NewReader(comp))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := io.ReadAll(r); err != nil || !bytes.Equal(got, sample) {
		t.Fatalf("zlib reader: %v", err)
	}
	enc, _ = newDeflater(modeGzip, 1, 15, 0, nil)
	comp, _ = run(t, enc, sample, 1000, zNoFlush, zFinish)
	gr, err := gzip.NewReader(bytes.NewReader(comp))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := io.ReadAll(gr); err != nil || !bytes.Equal(got, sample) {
		t.Fatalf("gzip reader: %v", err)
	}
	// And what Go's writers make, this decoder reads.
	var b bytes.Buffer
	gw := gzip.NewWriter(&b)
	gw.Name = "file.txt"
	gw.Comment = "a comment"
	gw.Extra = []byte{1, 2, 3}
	_, _ = gw.Write(sample)
	_ = gw.Close()
	dec := newInflater(modeGunzip, 15, nil)
	out, err := run(t, dec, b.Bytes(), 3, zNoFlush, zFinish)
	if err != nil || !bytes.Equal(out, sample) {
		t.Fatalf("gunzip of a header with name, comment, extra: %v", err)
	}
}

func TestSyncFlushGivesOutput(t *testing.T) {
	t.Parallel()
	enc, _ := newDeflater(modeDeflate, 6, 15, 0, nil)
	dec := newInflater(modeInflate, 15, nil)
	defer dec.close()
	for _, part := range []string{"first ", "second ", "third"} {
		comp, _, err := write1(enc, []byte(part), zSyncFlush)
		if err != nil {
			t.Fatal(err)
		}
		out, _, err := write1(dec, comp, zSyncFlush)
		if err != nil || string(out) != part {
			t.Fatalf("after a sync flush got %q, %v; want %q", out, err, part)
		}
	}
}

func TestParamsMidStream(t *testing.T) {
	t.Parallel()
	enc, _ := newDeflater(modeGzip, 1, 15, 0, nil)
	a, _, _ := write1(enc, sample[:40000], zSyncFlush)
	if err := enc.params(9, zFiltered); err != nil {
		t.Fatal(err)
	}
	b, _, _ := write1(enc, sample[40000:], zFinish)
	dec := newInflater(modeGunzip, 15, nil)
	out, _, err := write1(dec, append(a, b...), zFinish)
	if err != nil || !bytes.Equal(out, sample) {
		t.Fatalf("params: %v", err)
	}
}

func TestErrors(t *testing.T) {
	t.Parallel()
	enc, _ := newDeflater(modeDeflate, 6, 15, 0, []byte("dict"))
	withDict, _, _ := write1(enc, []byte("dictionary text"), zFinish)
	for _, tc := range []struct {
		name string
		mode int
		dict []byte
		in   []byte
		want string
	}{
		{"header", modeInflate, nil, []byte("garbage"), "incorrect header check"},
		{"empty", modeInflate, nil, nil, "unexpected end of file"},
		{"gzip magic", modeGunzip, nil, []byte{0x1f, 0x8c, 8}, "incorrect header check"},
		{"gzip method", modeGunzip, nil, []byte{0x1f, 0x8b, 7}, "unknown compression method"},
		{"missing dict", modeInflate, nil, withDict, "Missing dictionary"},
		{"bad dict", modeInflate, []byte("nope"), withDict, "Bad dictionary"},
		{"brotli", modeBrotliDecode, nil, []byte("garbagexxxxx"), "Decompression failed"},
	} {
		var cd codec = newInflater(tc.mode, 15, tc.dict)
		last := zFinish
		if tc.mode == modeBrotliDecode {
			cd, last = newBrotliDecoder(), brotliFinish
		}
		_, _, err := write1(cd, tc.in, last)
		cd.close()
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s: got %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestBrotli(t *testing.T) {
	t.Parallel()
	enc := newBrotliEncoder(map[int]int{brotliParamQuality: 5})
	comp, err := run(t, enc, sample, 5000, brotliProcess, brotliFinish)
	if err != nil {
		t.Fatal(err)
	}
	dec := newBrotliDecoder()
	out, err := run(t, dec, append(comp, "extra"...), 333, brotliProcess, brotliFinish)
	if err != nil || !bytes.Equal(out, sample) {
		t.Fatalf("brotli round trip with trailing data: %v", err)
	}
}

// A decoder dropped midway must release its goroutine on close.
func TestCloseReleasesGoroutine(t *testing.T) {
	enc, _ := newDeflater(modeGzip, 6, 15, 0, nil)
	comp, _, _ := write1(enc, sample, zFinish)
	before := runtime.NumGoroutine()
	var decs []codec
	for i := 0; i < 20; i++ {
		d := newInflater(modeGunzip, 15, nil)
		if _, _, err := write1(d, comp[:len(comp)/2], zNoFlush); err != nil {
			t.Fatal(err)
		}
		b := newBrotliDecoder()
		_, _, _ = write1(b, []byte{0x1b}, brotliProcess)
		decs = append(decs, d, b)
	}
	if runtime.NumGoroutine() < before+40 {
		t.Fatalf("expected parked decoders, have %d goroutines (before %d)", runtime.NumGoroutine(), before)
	}
	for _, d := range decs {
		d.close()
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Fatalf("%d goroutines left after close, %d before", n, before)
	}
}

// write1 runs one chunk through cd whole (no limit), not as the last.
func write1(cd codec, in []byte, flush int) ([]byte, int, error) {
	out, _, availIn, err := cd.write(in, flush, false, 0)
	return out, availIn, err
}
