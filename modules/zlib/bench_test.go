package zlib

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"testing"
)

// benchInput is 8 MiB of the log-like text bench/js/io.js compresses, made
// by the same generator, so that figures here predict `make bench`.
func benchInput() []byte {
	const mib = 1 << 20
	var b bytes.Buffer
	seed := uint32(12345)
	rand := func() uint32 { seed = seed*1103515245 + 12345; return seed >> 8 }
	words := []string{"GET", "POST", "/api/users", "/index.html", "200", "404", "ms", "user", "agent", "Mozilla/5.0"}
	for b.Len() < 8*mib {
		var line bytes.Buffer
		for line.Len() < mib {
			fmt.Fprintf(&line, "%d %s %s %d\n", rand()%100000, words[rand()%10], words[rand()%10], rand()%1000)
		}
		b.Write(line.Bytes()[:mib])
	}
	return b.Bytes()
}

func BenchmarkGunzip(b *testing.B) {
	in := benchInput()
	enc, _ := newDeflater(modeGzip, 6, 15, 0, nil)
	comp, _, _ := write1(enc, in, zFinish)
	// whole: a whole input at once, as zlib.gunzip gives it (fastInflate).
	b.Run("whole", func(b *testing.B) {
		b.SetBytes(int64(len(in)))
		for i := 0; i < b.N; i++ {
			d := newInflater(modeGunzip, 15, nil)
			if _, _, err := write1(d, comp, zFinish); err != nil {
				b.Fatal(err)
			}
		}
	})
	// streaming: 64 KiB chunks through the pump, as a stream gives them.
	b.Run("streaming", func(b *testing.B) {
		b.SetBytes(int64(len(in)))
		for i := 0; i < b.N; i++ {
			d := newInflater(modeGunzip, 15, nil)
			for off := 0; off < len(comp); off += 64 << 10 {
				flush := zNoFlush
				if off+64<<10 >= len(comp) {
					flush = zFinish
				}
				if _, _, err := write1(d, comp[off:min(off+64<<10, len(comp))], flush); err != nil {
					b.Fatal(err)
				}
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
		_, _, _ = write1(enc, in, zFinish)
	}
}
