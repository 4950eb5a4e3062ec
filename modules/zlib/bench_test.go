package zlib

import (
	"bytes"
	"compress/gzip"
	"io"
	"testing"
)

func benchInput() []byte {
	var b bytes.Buffer
	seed := uint32(1)
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
	for b.Len() < 8<<20 {
		seed = seed*1103515245 + 12345
		b.WriteString(words[seed>>8%8])
		b.WriteByte(byte('0' + seed>>16%10))
		b.WriteByte(' ')
	}
	return b.Bytes()
}

func BenchmarkGunzip(b *testing.B) {
	in := benchInput()
	enc, _ := newDeflater(modeGzip, 6, 15, 0, nil)
	comp, _, _ := enc.write(in, zFinish)
	b.SetBytes(int64(len(in)))
	b.Run("pump", func(b *testing.B) {
		b.SetBytes(int64(len(in)))
		for i := 0; i < b.N; i++ {
			d := newInflater(modeGunzip, 15, nil)
			if _, _, err := d.write(comp, zFinish); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("stdlib", func(b *testing.B) {
		b.SetBytes(int64(len(in)))
		for i := 0; i < b.N; i++ {
			r, _ := gzip.NewReader(bytes.NewReader(comp))
			_, _ = io.Copy(io.Discard, r)
		}
	})
}

func BenchmarkGzip(b *testing.B) {
	in := benchInput()
	b.SetBytes(int64(len(in)))
	for i := 0; i < b.N; i++ {
		enc, _ := newDeflater(modeGzip, 6, 15, 0, nil)
		_, _, _ = enc.write(in, zFinish)
	}
}
