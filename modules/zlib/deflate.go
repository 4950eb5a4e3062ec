package zlib

import (
	"compress/flate"
	"encoding/binary"
	"hash"
	"hash/adler32"
	"hash/crc32"
)

// Strategies, with zlib's values.
const (
	zFiltered    = 1
	zHuffmanOnly = 2
	zRLE         = 3
	zFixed       = 4
)

// historySize is deflate's window: what a compressor restarted by params()
// must be primed with so that it may refer back across the switch.
const historySize = 32 << 10

// deflater encodes zlib, gzip or raw deflate. compress/flate makes the
// compressed data; the framing (header with level bits and dictionary id,
// Adler-32 or CRC-32 trailer) is written here so that params() can swap
// the compressor mid-stream without ending the stream.
type deflater struct {
	mode       int
	level      int
	strategy   int
	windowBits int
	dict       []byte

	out      sink
	fw       *flate.Writer
	sum      hash.Hash32
	size     uint32
	started  bool
	finished bool
	flushed  bool   // a flush has put compressed data out
	history  []byte // the last historySize bytes of input
}

func newDeflater(mode, level, windowBits, strategy int, dict []byte) (*deflater, error) {
	d := &deflater{mode: mode, level: level, strategy: strategy, windowBits: windowBits, dict: dict}
	if err := d.reset(); err != nil {
		return nil, err
	}
	return d, nil
}

// flateLevel is compress/flate's level for zlib's level and strategy.
func flateLevel(level, strategy int) int {
	if strategy == zHuffmanOnly {
		return flate.HuffmanOnly
	}
	if level < 0 {
		return flate.DefaultCompression
	}
	return level
}

func (d *deflater) reset() error {
	d.out = sink{}
	d.started, d.finished, d.flushed, d.size = false, false, false, 0
	d.history = nil
	switch d.mode {
	case modeDeflate:
		d.sum = adler32.New()
	case modeGzip:
		d.sum = crc32.NewIEEE()
	default:
		d.sum = nil
	}
	fw, err := flate.NewWriterDict(&d.out, flateLevel(d.level, d.strategy), d.dict)
	if err != nil {
		return &zError{"Init error", -2, "Z_STREAM_ERROR"}
	}
	d.fw = fw
	if d.dict != nil {
		d.remember(d.dict)
	}
	return nil
}

// header writes the stream's header, as zlib's deflate.c lays it out.
func (d *deflater) header() {
	d.started = true
	switch d.mode {
	case modeDeflate:
		wbits := d.windowBits
		if wbits < 9 {
			wbits = 9 // zlib turns 8 into 9 for deflate
		}
		cmf := (wbits-8)<<4 | 8
		var lvl int
		switch {
		case d.strategy >= zHuffmanOnly || d.level == 0 || d.level == 1:
			lvl = 0
		case d.level >= 2 && d.level <= 5:
			lvl = 1
		case d.level == 6 || d.level < 0:
			lvl = 2
		default:
			lvl = 3
		}
		flg := lvl << 6
		if d.dict != nil {
			flg |= 0x20
		}
		flg += 31 - (cmf<<8+flg)%31
		d.out.buf = append(d.out.buf, byte(cmf), byte(flg))
		if d.dict != nil {
			d.out.buf = binary.BigEndian.AppendUint32(d.out.buf, adler32.Checksum(d.dict))
		}
	case modeGzip:
		xfl := byte(0)
		if d.level == 9 {
			xfl = 2
		} else if d.level == 1 || d.strategy >= zHuffmanOnly || (d.level >= 0 && d.level < 2) {
			xfl = 4
		}
		d.out.buf = append(d.out.buf, 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3)
	}
}

func (d *deflater) remember(p []byte) {
	if len(p) >= historySize {
		d.history = append(d.history[:0], p[len(p)-historySize:]...)
		return
	}
	if len(d.history)+len(p) > historySize {
		d.history = append(d.history[:0], d.history[len(d.history)+len(p)-historySize:]...)
	}
	d.history = append(d.history, p...)
}

func (d *deflater) write(in []byte, flush int) ([]byte, int, error) {
	if d.finished {
		return nil, 0, nil
	}
	if !d.started {
		d.header()
	}
	if len(in) > 0 {
		if _, err := d.fw.Write(in); err != nil {
			return nil, 0, err
		}
		if d.sum != nil {
			d.sum.Write(in)
		}
		d.size += uint32(len(in))
		d.remember(in)
	}
	switch flush {
	case zNoFlush:
	case zFinish:
		if d.size == 0 && !d.flushed {
			// compress/flate ends every stream with an empty stored block;
			// zlib encodes an empty stream as one empty fixed block, and
			// Node's tests count those bytes.
			d.out.buf = append(d.out.buf, 0x03, 0x00)
		} else if err := d.fw.Close(); err != nil {
			return nil, 0, err
		}
		d.finished = true
		switch d.mode {
		case modeDeflate:
			d.out.buf = binary.BigEndian.AppendUint32(d.out.buf, d.sum.Sum32())
		case modeGzip:
			d.out.buf = binary.LittleEndian.AppendUint32(d.out.buf, d.sum.Sum32())
			d.out.buf = binary.LittleEndian.AppendUint32(d.out.buf, d.size)
		}
	default: // partial, sync, full flush and Z_BLOCK all end on a byte boundary
		if err := d.fw.Flush(); err != nil {
			return nil, 0, err
		}
		d.flushed = true
	}
	return d.out.take(), 0, nil
}

// params switches level and strategy. The shim has flushed (Z_SYNC_FLUSH)
// before, so the new compressor starts on a byte boundary; it is primed
// with the recent input so that its matches may reach back across.
func (d *deflater) params(level, strategy int) error {
	d.level, d.strategy = level, strategy
	if !d.started || d.finished {
		return d.resetKeep()
	}
	fw, err := flate.NewWriterDict(&d.out, flateLevel(level, strategy), d.history)
	if err != nil {
		return &zError{"Init error", -2, "Z_STREAM_ERROR"}
	}
	d.fw = fw
	return nil
}

// resetKeep remakes the compressor before any output, keeping settings.
func (d *deflater) resetKeep() error {
	if d.finished {
		return nil
	}
	fw, err := flate.NewWriterDict(&d.out, flateLevel(d.level, d.strategy), d.dict)
	if err != nil {
		return &zError{"Init error", -2, "Z_STREAM_ERROR"}
	}
	d.fw = fw
	return nil
}

func (d *deflater) close() { d.fw = nil }
