package zlib

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"hash/adler32"
	"hash/crc32"
	"io"

	"github.com/klauspost/compress/flate"
)

// inflater decodes zlib, gzip (several members in a row, as zlib.cc
// does), raw deflate, or either of the first two by their header (Unzip).
// The framing is read here, in the shape of zlib's inflate.c state
// machine, so that errors carry zlib's messages; the compressed data
// itself is klauspost/compress/flate's, which decodes faster than
// compress/flate when it reads a *bufio.Reader or *bytes.Reader (its
// specialised loops).
// Input goes through that reader (pump.src) for headers and trailers too:
// what the decoder read ahead stays there for the framing after it.
type inflater struct {
	mode       int
	windowBits int
	dict       []byte
	done       bool // the fast path decoded the whole input
	*pump
}

func newInflater(mode, windowBits int, dict []byte) *inflater {
	d := &inflater{mode: mode, windowBits: windowBits, dict: dict}
	d.pump = d.newPump()
	return d
}

func (d *inflater) newPump() *pump {
	p := newPump(d.run)
	if d.mode == modeGunzip || d.mode == modeUnzip {
		p.presize = gzipSize
	}
	return p
}

// gzipSize guesses the decoded size of a whole gzip input from its
// trailer's ISIZE (exact for one member), within deflate's maximum ratio.
func gzipSize(in []byte) int {
	n := min(4*len(in), 64<<20)
	if len(in) >= 18 && in[0] == 0x1f && in[1] == 0x8b {
		isize := int(binary.LittleEndian.Uint32(in[len(in)-4:]))
		n = min(isize, 1032*len(in), 1<<30)
	}
	return n
}

// write decodes in. With last and a flush short of Z_FINISH, the decoder
// is told the input ends, hands out all it decoded, and truncation is no
// error: zlib returns what it has on Z_SYNC_FLUSH (finishFlush).
func (d *inflater) write(in []byte, flush int, last bool, limit int) ([]byte, bool, int, error) {
	if d.done {
		return nil, false, len(in), nil
	}
	if !d.pump.started && limit == 0 && (last || flush == zFinish) && len(in) > 0 {
		// The whole input at once: the fast path, unless it declines.
		if out, ok := d.whole(in); ok {
			d.done = true
			return out, false, 0, nil
		}
	}
	out, more, availIn, err := d.pump.write(in, last || flush == zFinish, limit)
	if err == errTruncated && flush != zFinish {
		err = nil
	}
	return out, more, availIn, err
}

func (d *inflater) params(int, int) error { return nil }

func (d *inflater) reset() error {
	d.done = false
	d.pump.close()
	d.pump = d.newPump()
	return nil
}

func (d *inflater) close() { d.pump.close() }

// readFull is io.ReadFull with end of input inside p reported as
// truncation.
func readFull(r io.Reader, p []byte) error {
	_, err := io.ReadFull(r, p)
	return noEOF(err)
}

// run is the decoder goroutine's body.
func (d *inflater) run(p *pump) error {
	// The first input tells whether it is the whole input.
	if err := p.f.fill(); err != nil && err != io.EOF {
		return err
	}
	if p.f.eof {
		p.src = bytes.NewReader(p.f.buf)
		p.f.buf = nil
	} else {
		p.src = bufio.NewReaderSize(&p.f, 16<<10)
	}
	br := p.src
	switch d.mode {
	case modeInflateRaw:
		return d.data(p, d.dict)
	case modeInflate:
		return translate(d.zlibMember(p))
	}
	gzip := d.mode == modeGunzip
	if !gzip { // Unzip: gzip's magic or else zlib's header
		c, err := peek(br, 1)
		if err != nil {
			return translate(noEOF(err))
		}
		if c[0] == 0x1f {
			c, err = peek(br, 2)
			if err != nil {
				return translate(noEOF(err))
			}
			gzip = c[1] == 0x8b
		}
		if !gzip {
			return translate(d.zlibMember(p))
		}
	}
	for {
		if err := d.gzipMember(p); err != nil {
			return translate(err)
		}
		// Another member may follow, or trailing zeros (padding), which
		// end this chunk's processing as in zlib.cc.
		c, err := peek(br, 1)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return translate(err)
		}
		if c[0] == 0 {
			// zlib stops at a zero byte after a member (padding), leaving
			// the rest unused.
			return nil
		}
	}
}

// noEOF turns end of input inside a structure into truncation.
func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// translate maps decoder failures to zlib's errors.
func translate(err error) error {
	var ce flate.CorruptInputError
	switch {
	case err == nil, err == errAborted:
		return err
	case err == io.ErrUnexpectedEOF || err == io.EOF:
		return errTruncated
	case errors.As(err, &ce):
		return dataError("invalid block type")
	}
	if _, ok := err.(*zError); ok {
		return err
	}
	return dataError(err.Error())
}

// data decodes one raw deflate stream into the output.
func (d *inflater) data(p *pump, dict []byte) error {
	return translate(p.copyFromChecked(flate.NewReaderDict(p.src, dict), nil))
}

func (d *inflater) zlibMember(p *pump) error {
	br := p.src
	var h [2]byte
	if err := readFull(br, h[:]); err != nil {
		return err
	}
	cmf, flg := int(h[0]), int(h[1])
	if (cmf<<8+flg)%31 != 0 {
		return dataError("incorrect header check")
	}
	if cmf&0x0f != 8 {
		return dataError("unknown compression method")
	}
	wbits := d.windowBits
	if wbits == 0 {
		wbits = 15
	}
	if cmf>>4+8 > wbits {
		return dataError("invalid window size")
	}
	var dict []byte
	if flg&0x20 != 0 {
		var id [4]byte
		if err := readFull(br, id[:]); err != nil {
			return err
		}
		if d.dict == nil {
			return &zError{"Missing dictionary", 2, "Z_NEED_DICT"}
		}
		if adler32.Checksum(d.dict) != binary.BigEndian.Uint32(id[:]) {
			return &zError{"Bad dictionary", 2, "Z_NEED_DICT"}
		}
		dict = d.dict
	}
	sum := adler32.New()
	if err := p.copyFromChecked(flate.NewReaderDict(br, dict), sum); err != nil {
		return err
	}
	var t [4]byte
	if err := readFull(br, t[:]); err != nil {
		return err
	}
	if binary.BigEndian.Uint32(t[:]) != sum.Sum32() {
		return dataError("incorrect data check")
	}
	return nil
}

func (d *inflater) gzipMember(p *pump) error {
	br := p.src
	// The header is checked byte by byte, as zlib does, so that a bad
	// field is reported even when the header is cut short.
	var h [10]byte
	for i := 0; i < 4; i++ {
		c, err := br.ReadByte()
		if err != nil {
			return noEOF(err)
		}
		h[i] = c
		switch {
		case i == 0 && c != 0x1f, i == 1 && c != 0x8b:
			return dataError("incorrect header check")
		case i == 2 && c != 8:
			return dataError("unknown compression method")
		case i == 3 && c&0xe0 != 0:
			return dataError("unknown header flags set")
		}
	}
	if err := readFull(br, h[4:]); err != nil {
		return err
	}
	flg := h[3]
	if flg&0x04 != 0 { // FEXTRA
		var n [2]byte
		if err := readFull(br, n[:]); err != nil {
			return err
		}
		if err := readFull(br, make([]byte, binary.LittleEndian.Uint16(n[:]))); err != nil {
			return err
		}
	}
	for _, bit := range []byte{0x08, 0x10} { // FNAME, FCOMMENT
		if flg&bit == 0 {
			continue
		}
		for {
			c, err := br.ReadByte()
			if err != nil {
				return noEOF(err)
			}
			if c == 0 {
				break
			}
		}
	}
	if flg&0x02 != 0 { // FHCRC
		if err := readFull(br, make([]byte, 2)); err != nil {
			return err
		}
	}
	sum := crc32.NewIEEE()
	size := p.total
	if err := p.copyFromChecked(flate.NewReader(br), sum); err != nil {
		return err
	}
	var t [8]byte
	if err := readFull(br, t[:]); err != nil {
		return err
	}
	if binary.LittleEndian.Uint32(t[:4]) != sum.Sum32() {
		return dataError("incorrect data check")
	}
	if binary.LittleEndian.Uint32(t[4:]) != uint32(p.total-size) {
		return dataError("incorrect length check")
	}
	return nil
}
