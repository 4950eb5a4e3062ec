package zlib

import (
	"compress/flate"
	"encoding/binary"
	"errors"
	"hash/adler32"
	"hash/crc32"
	"io"
)

// inflater decodes zlib, gzip (several members in a row, as zlib.cc
// does), raw deflate, or either of the first two by their header (Unzip).
// The framing is read here, in the shape of zlib's inflate.c state
// machine, so that errors carry zlib's messages; the compressed data
// itself is compress/flate's.
type inflater struct {
	mode       int
	windowBits int
	dict       []byte
	*pump
}

func newInflater(mode, windowBits int, dict []byte) *inflater {
	d := &inflater{mode: mode, windowBits: windowBits, dict: dict}
	d.pump = newPump(d.run)
	return d
}

func (d *inflater) write(in []byte, flush int) ([]byte, int, error) {
	return d.pump.write(in, flush == zFinish)
}

func (d *inflater) params(int, int) error { return nil }

func (d *inflater) reset() error {
	d.pump.close()
	d.pump = newPump(d.run)
	return nil
}

func (d *inflater) close() { d.pump.close() }

// run is the decoder goroutine's body.
func (d *inflater) run(p *pump) error {
	f := &p.f
	switch d.mode {
	case modeInflateRaw:
		return d.data(p, d.dict)
	case modeInflate:
		return translate(d.zlibMember(p))
	}
	gzip := d.mode == modeGunzip
	if !gzip { // Unzip: gzip's magic or else zlib's header
		c, err := f.ReadByte()
		if err != nil {
			return translate(noEOF(err))
		}
		peek := []byte{c}
		if c == 0x1f {
			c2, err := f.ReadByte()
			if err != nil {
				return translate(noEOF(err))
			}
			peek = append(peek, c2)
			gzip = c2 == 0x8b
		}
		f.buf = append(peek, f.buf...)
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
		c, err := f.ReadByte()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return translate(err)
		}
		f.buf = append([]byte{c}, f.buf...)
		if c == 0 {
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
	return translate(p.copyFromChecked(flate.NewReaderDict(&p.f, dict), nil))
}

func (d *inflater) zlibMember(p *pump) error {
	f := &p.f
	var h [2]byte
	if err := f.readFull(h[:]); err != nil {
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
		if err := f.readFull(id[:]); err != nil {
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
	if err := p.copyFromChecked(flate.NewReaderDict(f, dict), sum); err != nil {
		return err
	}
	var t [4]byte
	if err := f.readFull(t[:]); err != nil {
		return err
	}
	if binary.BigEndian.Uint32(t[:]) != sum.Sum32() {
		return dataError("incorrect data check")
	}
	return nil
}

func (d *inflater) gzipMember(p *pump) error {
	f := &p.f
	// The header is checked byte by byte, as zlib does, so that a bad
	// field is reported even when the header is cut short.
	var h [10]byte
	for i := 0; i < 4; i++ {
		c, err := f.ReadByte()
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
	if err := f.readFull(h[4:]); err != nil {
		return err
	}
	flg := h[3]
	if flg&0x04 != 0 { // FEXTRA
		var n [2]byte
		if err := f.readFull(n[:]); err != nil {
			return err
		}
		if err := f.readFull(make([]byte, binary.LittleEndian.Uint16(n[:]))); err != nil {
			return err
		}
	}
	for _, bit := range []byte{0x08, 0x10} { // FNAME, FCOMMENT
		if flg&bit == 0 {
			continue
		}
		for {
			c, err := f.ReadByte()
			if err != nil {
				return noEOF(err)
			}
			if c == 0 {
				break
			}
		}
	}
	if flg&0x02 != 0 { // FHCRC
		if err := f.readFull(make([]byte, 2)); err != nil {
			return err
		}
	}
	sum := crc32.NewIEEE()
	size := p.total
	if err := p.copyFromChecked(flate.NewReader(f), sum); err != nil {
		return err
	}
	var t [8]byte
	if err := f.readFull(t[:]); err != nil {
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
