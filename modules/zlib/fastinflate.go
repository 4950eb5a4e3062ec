package zlib

import (
	"encoding/binary"
	"errors"
	"hash/adler32"
	"hash/crc32"
	"math/bits"
	"sync"
)

// fastInflate decodes a raw deflate stream held whole in memory into one
// contiguous output, which is what the convenience functions (zlib.gunzip,
// inflateSync, …) do with their input. Knowing both ends lets it skip the
// history window and the copy out of it that a streaming decoder needs,
// and read the input 64 bits at a time; it runs ~1.5-2× the speed of the
// streaming decoders. It answers only well-formed streams: anything else
// (a corrupt or truncated stream, a code it does not expect) returns
// errFallback, and the caller decodes again with the streaming decoder,
// which reports it with zlib's messages.

// errFallback sends the caller back to the streaming decoder.
var errFallback = errors.New("zlib: fast path declined")

const (
	litBits  = 10 // first-level lookup bits of the literal/length table
	distBits = 8  // and of the distance table
	// An entry is sym<<16 | len, or, pointing to a second-level table,
	// linkFlag | start<<16 | bits of the second level.
	linkFlag = 0x8000
)

var (
	lengthBase  = [29]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lengthExtra = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase    = [30]uint32{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtra   = [30]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
	clOrder     = [19]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}
)

// huffTable is a two-level lookup table for one canonical Huffman code.
type huffTable struct {
	t    []uint32
	bits uint
}

// build makes the table for code lengths lens (0: symbol unused). Entries
// no code reaches stay 0, which the decoder treats as invalid.
func (h *huffTable) build(lens []uint8, primary uint) bool {
	var count [16]int
	maxLen := 0
	for _, l := range lens {
		count[l]++
		if int(l) > maxLen {
			maxLen = int(l)
		}
	}
	count[0] = 0
	// Over-subscribed codes are invalid; incomplete ones are left to the
	// unfilled entries.
	left := 1
	for l := 1; l <= 15; l++ {
		left = left<<1 - count[l]
		if left < 0 {
			return false
		}
	}
	var next [16]int
	code := 0
	for l := 1; l <= 15; l++ {
		code = (code + count[l-1]) << 1
		next[l] = code
	}
	h.bits = primary
	size := 1 << primary
	h.t = extend(h.t[:0], size)
	sub := uint(0)
	if maxLen > int(primary) {
		sub = uint(maxLen) - primary
	}
	for sym, l := range lens {
		if l == 0 {
			continue
		}
		c := next[l]
		next[l]++
		rev := int(bits.Reverse16(uint16(c)) >> (16 - l))
		entry := uint32(sym)<<16 | uint32(l)
		if uint(l) <= primary {
			for i := rev; i < size; i += 1 << l {
				h.t[i] = entry
			}
			continue
		}
		p := rev & (size - 1)
		link := h.t[p]
		if link&linkFlag == 0 {
			link = linkFlag | uint32(len(h.t))<<16 | uint32(sub)
			h.t[p] = link
			h.t = extend(h.t, 1<<sub)
		}
		start := int(link >> 16)
		for i := rev >> primary; i < 1<<sub; i += 1 << (uint(l) - primary) {
			h.t[start+i] = entry
		}
	}
	return true
}

// extend appends k zero entries to t, reusing its capacity.
func extend(t []uint32, k int) []uint32 {
	n := len(t)
	if n+k > cap(t) {
		nt := make([]uint32, n+k, 2*(n+k))
		copy(nt, t)
		return nt
	}
	t = t[:n+k]
	clear(t[n:])
	return t
}

// inflateState reads bits LSB first, as deflate packs them.
type inflateState struct {
	src  []byte
	pos  int // next byte of src to load (may run past the end: zeros)
	bits uint64
	n    uint
	lit  huffTable
	dist huffTable
	cl   huffTable
}

// refill tops the bit buffer up to at least 56 bits.
func (s *inflateState) refill() {
	if s.pos+8 <= len(s.src) {
		s.bits |= binary.LittleEndian.Uint64(s.src[s.pos:]) << s.n
		s.pos += int(63-s.n) >> 3
		s.n |= 56
		return
	}
	for s.n <= 56 {
		if s.pos < len(s.src) {
			s.bits |= uint64(s.src[s.pos]) << s.n
		}
		s.pos++
		s.n += 8
	}
}

// consumed is how many bytes of src the stream has used so far.
func (s *inflateState) consumed() int { return s.pos - int(s.n>>3) }

func (s *inflateState) take(k uint) uint32 {
	v := uint32(s.bits & (1<<k - 1))
	s.bits >>= k
	s.n -= k
	return v
}

func (s *inflateState) decode(h *huffTable) (int, bool) {
	e := h.t[s.bits&(1<<h.bits-1)]
	if e&linkFlag != 0 {
		e = h.t[int(e>>16)+int(s.bits>>h.bits&(1<<(e&0xff)-1))]
	}
	l := uint(e & 0xff)
	if l == 0 {
		return 0, false
	}
	s.bits >>= l
	s.n -= l
	return int(e >> 16), true
}

// fastInflate appends the decoded stream to out and returns it with the
// number of bytes of src the stream took.
func fastInflate(src, out []byte) (res []byte, used int, err error) {
	defer func() {
		// The decoder indexes only what it checked, but a bound missed on
		// a corrupt stream must decline, never crash.
		if recover() != nil {
			res, used, err = nil, 0, errFallback
		}
	}()
	s := &inflateState{src: src}
	o := len(out)
	start := o
	buf := out[:cap(out)]
	for {
		s.refill()
		if s.consumed() > len(src) {
			return nil, 0, errFallback
		}
		final := s.take(1)
		switch s.take(2) {
		case 0:
			// Stored: drop to a byte boundary, give back whole bytes held.
			s.take(s.n & 7)
			s.pos -= int(s.n >> 3)
			s.bits, s.n = 0, 0
			if s.pos+4 > len(src) {
				return nil, 0, errFallback
			}
			ln := int(binary.LittleEndian.Uint16(src[s.pos:]))
			if uint16(ln) != ^binary.LittleEndian.Uint16(src[s.pos+2:]) || s.pos+4+ln > len(src) {
				return nil, 0, errFallback
			}
			s.pos += 4
			buf = grow(buf, o, ln)
			o += copy(buf[o:], src[s.pos:s.pos+ln])
			s.pos += ln
		case 1:
			fixedTables(s)
			var ok bool
			if buf, o, ok = s.huffmanBlock(buf, o, start); !ok {
				return nil, 0, errFallback
			}
		case 2:
			if !s.dynamicTables() {
				return nil, 0, errFallback
			}
			var ok bool
			if buf, o, ok = s.huffmanBlock(buf, o, start); !ok {
				return nil, 0, errFallback
			}
		default:
			return nil, 0, errFallback
		}
		if s.consumed() > len(src) {
			return nil, 0, errFallback
		}
		if final == 1 {
			return buf[:o], s.consumed(), nil
		}
	}
}

// grow makes room for k more bytes after o.
func grow(buf []byte, o, k int) []byte {
	if o+k <= len(buf) {
		return buf
	}
	nb := make([]byte, max(2*len(buf), o+k+64<<10))
	copy(nb, buf[:o])
	return nb
}

// fixedLengths are the code lengths of deflate's fixed Huffman codes
// (RFC 1951 §3.2.6), made once; decoders on several pool goroutines share
// them.
var fixedLengths = sync.OnceValues(func() (lit, dist []uint8) {
	lit = make([]uint8, 288)
	for i := range lit {
		switch {
		case i < 144:
			lit[i] = 8
		case i < 256:
			lit[i] = 9
		case i < 280:
			lit[i] = 7
		default:
			lit[i] = 8
		}
	}
	dist = make([]uint8, 30)
	for i := range dist {
		dist[i] = 5
	}
	return lit, dist
})

func fixedTables(s *inflateState) {
	lit, dist := fixedLengths()
	s.lit.build(lit, litBits)
	s.dist.build(dist, distBits)
}

func (s *inflateState) dynamicTables() bool {
	s.refill()
	nlit := int(s.take(5)) + 257
	ndist := int(s.take(5)) + 1
	ncl := int(s.take(4)) + 4
	if nlit > 286 || ndist > 30 {
		return false
	}
	var cl [19]uint8
	for i := 0; i < ncl; i++ {
		if s.n < 3 {
			s.refill()
		}
		cl[clOrder[i]] = uint8(s.take(3))
	}
	if !s.cl.build(cl[:], 7) {
		return false
	}
	var lens [286 + 30]uint8
	for i := 0; i < nlit+ndist; {
		if s.n < 16 {
			s.refill()
		}
		sym, ok := s.decode(&s.cl)
		if !ok {
			return false
		}
		switch {
		case sym < 16:
			lens[i] = uint8(sym)
			i++
			continue
		case sym == 16:
			if i == 0 {
				return false
			}
			rep := 3 + int(s.take(2))
			if i+rep > nlit+ndist {
				return false
			}
			for ; rep > 0; rep-- {
				lens[i] = lens[i-1]
				i++
			}
		default:
			var rep int
			if sym == 17 {
				rep = 3 + int(s.take(3))
			} else {
				rep = 11 + int(s.take(7))
			}
			if i+rep > nlit+ndist {
				return false
			}
			i += rep // lens is zeroed
		}
	}
	if lens[256] == 0 {
		return false
	}
	return s.lit.build(lens[:nlit], litBits) && s.dist.build(lens[nlit:nlit+ndist], distBits)
}

// huffmanBlock decodes one compressed block into buf from o; matches may
// reach back to start, where this stream's output began. The bit buffer
// lives in locals here (the hot loop), written back on return.
func (s *inflateState) huffmanBlock(buf []byte, o, start int) ([]byte, int, bool) {
	src, pos, bitbuf, n := s.src, s.pos, s.bits, s.n
	lit, litMask := s.lit.t, uint64(1)<<s.lit.bits-1
	dist, distMask := s.dist.t, uint64(1)<<s.dist.bits-1
	litShift, distShift := s.lit.bits, s.dist.bits
	ok := false
	for {
		if n < 48 {
			if pos+8 <= len(src) {
				bitbuf |= binary.LittleEndian.Uint64(src[pos:]) << n
				pos += int(63-n) >> 3
				n |= 56
			} else {
				for n <= 56 {
					if pos < len(src) {
						bitbuf |= uint64(src[pos]) << n
					}
					pos++
					n += 8
				}
				if pos > len(src)+16 {
					break // far past the end: truncated
				}
			}
		}
		// Room for the longest match and an 8-byte over-copy.
		if o+258+8 > len(buf) {
			buf = grow(buf, o, 258+8)
		}
		e := lit[bitbuf&litMask]
		if e&linkFlag != 0 {
			e = lit[int(e>>16)+int(bitbuf>>litShift&(1<<(e&0xff)-1))]
		}
		l := uint(e & 0xff)
		if l == 0 {
			break
		}
		bitbuf >>= l
		n -= l
		sym := int(e >> 16)
		if sym < 256 {
			buf[o] = byte(sym)
			o++
			continue
		}
		if sym == 256 {
			ok = true
			break
		}
		sym -= 257
		if sym >= 29 {
			break
		}
		k := uint(lengthExtra[sym])
		length := int(lengthBase[sym]) + int(bitbuf&(1<<k-1))
		bitbuf >>= k
		n -= k
		e = dist[bitbuf&distMask]
		if e&linkFlag != 0 {
			e = dist[int(e>>16)+int(bitbuf>>distShift&(1<<(e&0xff)-1))]
		}
		l = uint(e & 0xff)
		dsym := int(e >> 16)
		if l == 0 || dsym >= 30 {
			break
		}
		bitbuf >>= l
		n -= l
		if n < 13 {
			// Only at the end of the input can 48 bits run this low.
			for n <= 56 {
				if pos < len(src) {
					bitbuf |= uint64(src[pos]) << n
				}
				pos++
				n += 8
			}
		}
		k = uint(distExtra[dsym])
		d := int(distBase[dsym]) + int(bitbuf&(1<<k-1))
		bitbuf >>= k
		n -= k
		if d > o-start {
			break
		}
		switch {
		case d >= 8:
			// 8 bytes at a time; each load reads bytes already written.
			for i := 0; i < length; i += 8 {
				binary.LittleEndian.PutUint64(buf[o+i:], binary.LittleEndian.Uint64(buf[o-d+i:]))
			}
		case d == 1:
			c := buf[o-1]
			for i := 0; i < length; i++ {
				buf[o+i] = c
			}
		default:
			for i := 0; i < length; i++ {
				buf[o+i] = buf[o-d+i]
			}
		}
		o += length
	}
	s.pos, s.bits, s.n = pos, bitbuf, n
	return buf, o, ok
}

// whole decodes a complete input of the inflater's format with
// fastInflate, framing included; ok is false when it declines (the input
// is not one it handles: a dictionary, trailing data, anything invalid).
func (d *inflater) whole(in []byte) ([]byte, bool) {
	if d.dict != nil {
		return nil, false
	}
	gzip := d.mode == modeGunzip || (d.mode == modeUnzip && len(in) >= 2 && in[0] == 0x1f && in[1] == 0x8b)
	if gzip {
		return wholeGzip(in)
	}
	if d.mode == modeInflateRaw {
		out, used, err := fastInflate(in, make([]byte, 0, min(4*len(in), 64<<20)))
		return out, err == nil && used == len(in)
	}
	// zlib: header, data, Adler-32, and nothing after.
	if len(in) < 6 {
		return nil, false
	}
	cmf, flg := int(in[0]), int(in[1])
	wbits := d.windowBits
	if wbits == 0 {
		wbits = 15
	}
	if (cmf<<8+flg)%31 != 0 || cmf&0x0f != 8 || cmf>>4+8 > wbits || flg&0x20 != 0 {
		return nil, false
	}
	out, used, err := fastInflate(in[2:], make([]byte, 0, min(4*len(in), 64<<20)))
	if err != nil || 2+used+4 != len(in) || binary.BigEndian.Uint32(in[2+used:]) != adler32.Checksum(out) {
		return nil, false
	}
	return out, true
}

// wholeGzip decodes one or more whole gzip members that fill in exactly.
func wholeGzip(in []byte) ([]byte, bool) {
	out := make([]byte, 0, gzipSize(in))
	for len(in) > 0 {
		if len(in) < 18 || in[0] != 0x1f || in[1] != 0x8b || in[2] != 8 || in[3]&0xe0 != 0 {
			return nil, false
		}
		flg := in[3]
		p := 10
		if flg&0x04 != 0 { // FEXTRA
			if p+2 > len(in) {
				return nil, false
			}
			p += 2 + int(binary.LittleEndian.Uint16(in[p:]))
		}
		for _, bit := range []byte{0x08, 0x10} { // FNAME, FCOMMENT
			if flg&bit == 0 {
				continue
			}
			for p < len(in) && in[p] != 0 {
				p++
			}
			p++
		}
		if flg&0x02 != 0 { // FHCRC
			p += 2
		}
		if p > len(in) {
			return nil, false
		}
		start := len(out)
		var used int
		var err error
		out, used, err = fastInflate(in[p:], out)
		if err != nil || p+used+8 > len(in) {
			return nil, false
		}
		t := in[p+used:]
		if binary.LittleEndian.Uint32(t) != crc32.ChecksumIEEE(out[start:]) ||
			binary.LittleEndian.Uint32(t[4:]) != uint32(len(out)-start) {
			return nil, false
		}
		in = t[8:]
	}
	return out, true
}
