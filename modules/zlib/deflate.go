package zlib

import (
	"compress/flate"
	"encoding/binary"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"io"

	kflate "github.com/klauspost/compress/flate"
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

// feedSize is how much input a bounded write (a stream's) hands the
// compressor at a time, so that the output of one big chunk comes out in
// pieces rather than all at once.
const feedSize = 64 << 10

// flateWriter is what deflater needs of a compressor: both compress/flate
// and klauspost/compress/flate provide it.
type flateWriter interface {
	io.Writer
	Flush() error
	Close() error
}

// newFlateWriter makes the compressor for zlib's level, strategy and
// window. klauspost/compress is several times faster than compress/flate
// at the levels people use (1-6; level 6, zlib's default, runs ~4x faster
// for ~10% more output on log-like text) and as good at 7-9. Level 0
// stays with compress/flate, whose stored blocks Node's tests check byte
// for byte. Z_FILTERED and Z_FIXED have no counterpart in either library
// and compress as the default strategy.
func newFlateWriter(w io.Writer, level, strategy, windowBits int, dict []byte) (flateWriter, error) {
	if strategy == zHuffmanOnly {
		return kflate.NewWriterDict(w, kflate.HuffmanOnly, dict)
	}
	if level == 0 {
		return flate.NewWriterDict(w, flate.NoCompression, dict)
	}
	if windowBits > 0 && windowBits < 15 {
		// The header promises a window of 1<<windowBits (zlib makes 8 into
		// 9), and an inflater given that windowBits rejects references
		// further back; klauspost's windowed encoder keeps within it.
		fw, err := kflate.NewWriterWindow(w, 1<<max(windowBits, 9))
		if err == nil && dict != nil {
			fw.ResetDict(w, dict)
		}
		return fw, err
	}
	switch {
	case strategy == zRLE:
		// Z_RLE trades ratio for speed (matches at distance 1 only); the
		// fastest LZ77 pass is the nearest thing in klauspost.
		level = 1
	case level < 0:
		level = 6
	}
	return kflate.NewWriterDict(w, level, dict)
}

// deflater encodes zlib, gzip or raw deflate. klauspost/compress/flate
// makes the compressed data; the framing (header with level bits and dictionary id,
// Adler-32 or CRC-32 trailer) is written here so that params() can swap
// the compressor mid-stream without ending the stream.
type deflater struct {
	mode       int
	level      int
	strategy   int
	windowBits int
	dict       []byte

	out      sink
	fw       flateWriter
	sum      hash.Hash32
	size     uint32
	started  bool
	finished bool
	flushed  bool   // a flush has put compressed data out
	history  []byte // the last historySize bytes of input
	pend     []byte // input of the current chunk not yet compressed
}

func newDeflater(mode, level, windowBits, strategy int, dict []byte) (*deflater, error) {
	d := &deflater{mode: mode, level: level, strategy: strategy, windowBits: windowBits, dict: dict}
	if err := d.reset(); err != nil {
		return nil, err
	}
	return d, nil
}

func (d *deflater) reset() error {
	d.out = sink{}
	d.started, d.finished, d.flushed, d.size = false, false, false, 0
	d.history, d.pend = nil, nil
	switch d.mode {
	case modeDeflate:
		d.sum = adler32.New()
	case modeGzip:
		d.sum = crc32.NewIEEE()
	default:
		d.sum = nil
	}
	fw, err := newFlateWriter(&d.out, d.level, d.strategy, d.windowBits, d.dict)
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

func (d *deflater) write(in []byte, flush int, _ bool, limit int) ([]byte, bool, int, error) {
	if d.finished {
		return nil, false, 0, nil
	}
	if !d.started {
		if limit == 0 && flush == zFinish {
			// A whole input at once (the *Sync and callback forms): size
			// the output for text's typical ratio rather than doubling up.
			d.out.buf = make([]byte, 0, len(in)/3+64)
		}
		d.header()
	}
	if in != nil {
		d.pend = in
	}
	// A bounded write compresses feedSize at a time until it has limit
	// bytes of output, and leaves the rest of the chunk for the next call.
	for len(d.pend) > 0 {
		piece := d.pend
		if limit > 0 && len(piece) > feedSize {
			piece = piece[:feedSize]
		}
		if _, err := d.fw.Write(piece); err != nil {
			return nil, false, 0, err
		}
		if d.sum != nil {
			d.sum.Write(piece)
		}
		d.size += uint32(len(piece))
		d.remember(piece)
		d.pend = d.pend[len(piece):]
		if limit > 0 && len(d.pend) > 0 && len(d.out.buf) >= limit {
			return d.out.take(), true, len(d.pend), nil
		}
	}
	d.pend = nil
	switch flush {
	case zNoFlush:
	case zFinish:
		if d.size == 0 && !d.flushed {
			// A compressor ends an empty stream with an empty stored
			// block; zlib encodes it as one empty fixed block, and
			// Node's tests count those bytes.
			d.out.buf = append(d.out.buf, 0x03, 0x00)
		} else if err := d.fw.Close(); err != nil {
			return nil, false, 0, err
		}
		d.finished = true
		switch d.mode {
		case modeDeflate:
			d.out.buf = binary.BigEndian.AppendUint32(d.out.buf, d.sum.Sum32())
		case modeGzip:
			d.out.buf = binary.LittleEndian.AppendUint32(d.out.buf, d.sum.Sum32())
			d.out.buf = binary.LittleEndian.AppendUint32(d.out.buf, d.size)
		}
	case zFullFlush:
		// Z_FULL_FLUSH is a sync flush after which nothing refers back
		// (a reader may start there): a new compressor, with no history,
		// continues the stream from the byte boundary the flush left.
		if err := d.fw.Flush(); err != nil {
			return nil, false, 0, err
		}
		d.flushed = true
		d.history = nil
		fw, err := newFlateWriter(&d.out, d.level, d.strategy, d.windowBits, nil)
		if err != nil {
			return nil, false, 0, &zError{"Init error", -2, "Z_STREAM_ERROR"}
		}
		d.fw = fw
	default: // partial, sync flush and Z_BLOCK all end on a byte boundary
		if err := d.fw.Flush(); err != nil {
			return nil, false, 0, err
		}
		d.flushed = true
	}
	return d.out.take(), false, 0, nil
}

// params switches level and strategy. The shim has flushed (Z_SYNC_FLUSH)
// before, so the new compressor starts on a byte boundary; it is primed
// with the recent input so that its matches may reach back across.
func (d *deflater) params(level, strategy int) error {
	d.level, d.strategy = level, strategy
	if !d.started || d.finished {
		return d.resetKeep()
	}
	fw, err := newFlateWriter(&d.out, level, strategy, d.windowBits, d.history)
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
	fw, err := newFlateWriter(&d.out, d.level, d.strategy, d.windowBits, d.dict)
	if err != nil {
		return &zError{"Init error", -2, "Z_STREAM_ERROR"}
	}
	d.fw = fw
	return nil
}

func (d *deflater) close() { d.fw = nil }
