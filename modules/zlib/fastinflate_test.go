package zlib

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"testing"
)

// slow decodes in two writes, which keeps the fast path out.
func slow(t *testing.T, mode int, in []byte) ([]byte, error) {
	t.Helper()
	d := newInflater(mode, 0, nil)
	defer d.close()
	return run(t, d, in, len(in)/2+1, zNoFlush, zFinish)
}

// The fast path decodes what the encoders here, compress/flate and
// compress/gzip make, at every level and strategy, framing included.
func TestFastInflate(t *testing.T) {
	t.Parallel()
	inputs := [][]byte{nil, []byte("a"), sample, noise(100 << 10), benchInput()[:256<<10], make([]byte, 300<<10),
		bytes.Repeat([]byte("abc"), 50000), bytes.Repeat([]byte("abcdefg"), 20000), append(noise(70<<10), noise(70<<10)...)}
	for _, in := range inputs {
		for _, level := range []int{-1, 0, 1, 2, 4, 6, 7, 9} {
			for _, strategy := range []int{0, zHuffmanOnly, zRLE} {
				for _, m := range []struct{ enc, dec int }{{modeDeflateRaw, modeInflateRaw}, {modeDeflate, modeInflate}, {modeGzip, modeGunzip}, {modeGzip, modeUnzip}} {
					enc, _ := newDeflater(m.enc, level, 15, strategy, nil)
					comp, _, _ := write1(enc, in, zFinish)
					d := newInflater(m.dec, 0, nil)
					out, ok := d.whole(comp)
					if !ok || !bytes.Equal(out, in) {
						t.Fatalf("mode %d level %d strategy %d, %d bytes: ok %v, got %d bytes", m.dec, level, strategy, len(in), ok, len(out))
					}
				}
			}
		}
		// compress/flate's fixed-Huffman and stored choices, and gzip
		// headers with every field.
		var b bytes.Buffer
		gw, _ := gzip.NewWriterLevel(&b, gzip.BestSpeed)
		gw.Name, gw.Comment, gw.Extra = "n", "c", []byte{1, 2}
		_, _ = gw.Write(in)
		_ = gw.Close()
		d := newInflater(modeGunzip, 0, nil)
		if out, ok := d.whole(append(b.Bytes(), b.Bytes()...)); !ok || !bytes.Equal(out, append(append([]byte{}, in...), in...)) {
			t.Fatalf("two gzip members of %d bytes: ok %v", len(in), ok)
		}
		b.Reset()
		fw, _ := flate.NewWriter(&b, flate.HuffmanOnly)
		_, _ = fw.Write(in)
		_ = fw.Close()
		if out, ok := newInflater(modeInflateRaw, 0, nil).whole(b.Bytes()); !ok || !bytes.Equal(out, in) {
			t.Fatalf("compress/flate huffman-only of %d bytes", len(in))
		}
	}
}

// On damaged input the fast path declines or agrees with the streaming
// decoder; it never returns something else.
func TestFastInflateDamaged(t *testing.T) {
	t.Parallel()
	in := benchInput()[:64<<10]
	for _, mode := range []struct{ enc, dec int }{{modeDeflateRaw, modeInflateRaw}, {modeDeflate, modeInflate}, {modeGzip, modeGunzip}} {
		enc, _ := newDeflater(mode.enc, 6, 15, 0, nil)
		comp, _, _ := write1(enc, in, zFinish)
		seed := uint32(1)
		for i := 0; i < 400; i++ {
			bad := append([]byte{}, comp...)
			seed = seed*1664525 + 1013904223
			switch i % 3 {
			case 0:
				bad[int(seed>>8)%len(bad)] ^= byte(1 << (seed % 8))
			case 1:
				bad = bad[:int(seed>>8)%len(bad)]
			default:
				bad = append(bad, byte(seed), 0x1f, 0x8b)
			}
			out, ok := newInflater(mode.dec, 0, nil).whole(bad)
			if !ok {
				continue
			}
			want, err := slow(t, mode.dec, bad)
			if err != nil || !bytes.Equal(out, want) {
				t.Fatalf("mode %d case %d: fast path gave %d bytes, streaming %d (%v)", mode.dec, i, len(out), len(want), err)
			}
		}
	}
}
