package zlib

import (
	"bytes"
	"os/exec"
	"strconv"
	"testing"
)

// noise is n bytes deflate can barely compress, made deterministically.
func noise(n int) []byte {
	b := make([]byte, n)
	seed := uint32(7)
	for i := range b {
		seed = seed*1664525 + 1013904223
		b[i] = byte(seed >> 24)
	}
	return b
}

// drain runs one chunk through a chunker under limit and checks that no
// call hands out more than limit bytes.
func drain(t *testing.T, c *chunker, in []byte, flush int, last bool, limit int) ([]byte, int) {
	t.Helper()
	var all []byte
	calls := 0
	more := true
	for first := true; more; first = false {
		arg := in
		if !first {
			arg = nil
		}
		out, m, _, err := c.write(arg, flush, last, limit)
		if err != nil {
			t.Fatal(err)
		}
		if len(out) > limit {
			t.Fatalf("call %d handed out %d bytes, limit %d", calls, len(out), limit)
		}
		all = append(all, out...)
		more = m
		calls++
	}
	return all, calls
}

// A big chunk comes out in limited pieces from both sides, so a stream
// never holds a chunk's whole output (Node's fixed output buffer).
func TestBoundedOutput(t *testing.T) {
	t.Parallel()
	const limit = 16 << 10
	in := noise(1 << 20)
	enc, _ := newDeflater(modeGzip, 6, 15, 0, nil)
	comp, calls := drain(t, &chunker{cd: enc}, in, zFinish, true, limit)
	if calls < len(comp)/limit {
		t.Fatalf("compression: %d calls for %d bytes", calls, len(comp))
	}
	zeros := make([]byte, 8<<20)
	enc, _ = newDeflater(modeGzip, 6, 15, 0, nil)
	compZeros, _, _ := write1(enc, zeros, zFinish)
	for _, tc := range []struct {
		comp, want []byte
	}{{comp, in}, {compZeros, zeros}} {
		dec := newInflater(modeGunzip, 15, nil)
		out, calls := drain(t, &chunker{cd: dec}, tc.comp, zFinish, true, limit)
		dec.close()
		if !bytes.Equal(out, tc.want) || calls < len(tc.want)/limit {
			t.Fatalf("decompression: %d bytes in %d calls, want %d", len(out), calls, len(tc.want))
		}
	}
}

// Z_FULL_FLUSH leaves a point from which the rest decodes on its own.
func TestFullFlush(t *testing.T) {
	t.Parallel()
	enc, _ := newDeflater(modeDeflateRaw, 6, 15, 0, nil)
	a, _, _ := write1(enc, sample[:5000], zFullFlush)
	b, _, _ := write1(enc, sample[:5000], zFinish)
	dec := newInflater(modeInflateRaw, 15, nil)
	defer dec.close()
	out, _, err := write1(dec, b, zFinish)
	if err != nil || !bytes.Equal(out, sample[:5000]) {
		t.Fatalf("after a full flush: %d bytes, %v", len(out), err)
	}
	if len(a) == 0 {
		t.Fatal("full flush put nothing out")
	}
}

// A decoder hands out what each chunk decodes to, not only whole deflate
// blocks or windows: zlib does, and streams show it.
func TestPartialOutput(t *testing.T) {
	t.Parallel()
	in := benchInput()[:300<<10]
	enc, _ := newDeflater(modeGzip, 6, 15, 0, nil)
	comp, _, _ := write1(enc, in, zFinish)
	dec := newInflater(modeGunzip, 15, nil)
	defer dec.close()
	var got []byte
	for off := 0; off < len(comp)-1000; off += 1000 {
		out, _, err := write1(dec, comp[off:off+1000], zNoFlush)
		if err != nil {
			t.Fatal(err)
		}
		if len(out) == 0 {
			t.Fatalf("no output for the chunk at %d (had %d bytes)", off, len(got))
		}
		got = append(got, out...)
	}
	if !bytes.HasPrefix(in, got) {
		t.Fatal("partial output is not a prefix of the input")
	}
}

// The last chunk under Z_SYNC_FLUSH (finishFlush) returns all it decodes
// of a truncated stream, without an error; under Z_FINISH it is an error.
func TestTruncatedLastChunk(t *testing.T) {
	t.Parallel()
	in := benchInput()[:200<<10]
	enc, _ := newDeflater(modeDeflate, 6, 15, 0, nil)
	comp, _, _ := write1(enc, in, zFinish)
	cut := comp[:len(comp)-20]
	dec := newInflater(modeInflate, 15, nil)
	out, _, _, err := dec.write(cut, zSyncFlush, true, 0)
	dec.close()
	if err != nil || !bytes.HasPrefix(in, out) || len(out) < len(in)-200 {
		t.Fatalf("got %d of %d bytes, %v", len(out), len(in), err)
	}
	dec = newInflater(modeInflate, 15, nil)
	_, _, _, err = dec.write(cut, zFinish, true, 0)
	dec.close()
	if err != errTruncated {
		t.Fatalf("Z_FINISH on a truncated stream: %v", err)
	}
}

// A small windowBits is a promise to the inflater: zlib's, given the same
// windowBits, rejects references further back ("invalid distance too far
// back"). Checked with node's zlib where node is on PATH.
func TestSmallWindowIsKept(t *testing.T) {
	t.Parallel()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not on PATH")
	}
	in := benchInput()[:100<<10]
	for _, wbits := range []int{9, 12} {
		enc, _ := newDeflater(modeDeflate, 6, wbits, 0, nil)
		comp, _, _ := write1(enc, in, zFinish)
		cmd := exec.Command(node, "-e", `
			const zlib = require('zlib');
			const comp = require('fs').readFileSync(0);
			process.stdout.write(String(zlib.inflateSync(comp, { windowBits: +process.argv[1] }).length));
		`, strconv.Itoa(wbits))
		cmd.Stdin = bytes.NewReader(comp)
		out, err := cmd.CombinedOutput()
		if err != nil || string(out) != strconv.Itoa(len(in)) {
			t.Fatalf("windowBits %d: node inflated %s (%v)", wbits, out, err)
		}
	}
}
