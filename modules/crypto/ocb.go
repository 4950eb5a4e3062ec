package crypto

import (
	"crypto/cipher"
	"crypto/subtle"
	"math/bits"
)

// OCB3 (RFC 7253), which Go lacks. Like OpenSSL it emits whole blocks
// from update() and keeps a partial one for final().
type ocbState struct {
	b        cipher.Block
	encrypt  bool
	tagLen   int
	lStar    [16]byte
	lDollar  [16]byte
	l        [][16]byte // L_0, L_1, …
	offset   [16]byte
	checksum [16]byte
	n        uint64 // blocks processed
	pending  []byte
	aadDone  bool
	aadSum   [16]byte
}

func ocbDouble(s [16]byte) [16]byte {
	var out [16]byte
	carry := s[0] >> 7
	for i := 0; i < 15; i++ {
		out[i] = s[i]<<1 | s[i+1]>>7
	}
	out[15] = s[15] << 1
	if carry != 0 {
		out[15] ^= 0x87
	}
	return out
}

func newOCB(b cipher.Block, nonce []byte, tagLen int, encrypt bool) *ocbState {
	s := &ocbState{b: b, encrypt: encrypt, tagLen: tagLen}
	var zero [16]byte
	b.Encrypt(s.lStar[:], zero[:])
	s.lDollar = ocbDouble(s.lStar)
	s.l = [][16]byte{ocbDouble(s.lDollar)}
	// Nonce block: taglen mod 128 in the top 7 bits, then zeros, a 1
	// bit and the nonce.
	var nb [16]byte
	nb[0] = byte(((tagLen * 8) % 128) << 1)
	copy(nb[16-len(nonce):], nonce)
	nb[15-len(nonce)] |= 1
	bottom := int(nb[15] & 63)
	nb[15] &^= 63
	var ktop [16]byte
	b.Encrypt(ktop[:], nb[:])
	var stretch [24]byte
	copy(stretch[:], ktop[:])
	for i := 0; i < 8; i++ {
		stretch[16+i] = ktop[i] ^ ktop[i+1]
	}
	// Offset_0 is bits bottom .. bottom+127 of Stretch.
	byteOff, bitOff := bottom/8, uint(bottom%8)
	for i := 0; i < 16; i++ {
		v := stretch[byteOff+i] << bitOff
		if bitOff > 0 {
			v |= stretch[byteOff+i+1] >> (8 - bitOff)
		}
		s.offset[i] = v
	}
	return s
}

func (s *ocbState) li(i int) [16]byte {
	for len(s.l) <= i {
		s.l = append(s.l, ocbDouble(s.l[len(s.l)-1]))
	}
	return s.l[i]
}

// hashAAD is HASH(K, A).
func (s *ocbState) hashAAD(a []byte) {
	s.aadDone = true
	var off, sum, tmp [16]byte
	i := uint64(0)
	for ; len(a) >= 16; a = a[16:] {
		i++
		l := s.li(bits.TrailingZeros64(i))
		subtle.XORBytes(off[:], off[:], l[:])
		subtle.XORBytes(tmp[:], a[:16], off[:])
		s.b.Encrypt(tmp[:], tmp[:])
		subtle.XORBytes(sum[:], sum[:], tmp[:])
	}
	if len(a) > 0 {
		subtle.XORBytes(off[:], off[:], s.lStar[:])
		tmp = [16]byte{}
		copy(tmp[:], a)
		tmp[len(a)] = 0x80
		subtle.XORBytes(tmp[:], tmp[:], off[:])
		s.b.Encrypt(tmp[:], tmp[:])
		subtle.XORBytes(sum[:], sum[:], tmp[:])
	}
	s.aadSum = sum
}

func (s *ocbState) update(in, aad []byte) []byte {
	if !s.aadDone {
		s.hashAAD(aad)
	}
	s.pending = append(s.pending, in...)
	n := len(s.pending) / 16 * 16
	out := make([]byte, n)
	var tmp [16]byte
	for j := 0; j < n; j += 16 {
		s.n++
		l := s.li(bits.TrailingZeros64(s.n))
		subtle.XORBytes(s.offset[:], s.offset[:], l[:])
		subtle.XORBytes(tmp[:], s.pending[j:j+16], s.offset[:])
		if s.encrypt {
			subtle.XORBytes(s.checksum[:], s.checksum[:], s.pending[j:j+16])
			s.b.Encrypt(tmp[:], tmp[:])
		} else {
			s.b.Decrypt(tmp[:], tmp[:])
		}
		subtle.XORBytes(out[j:j+16], tmp[:], s.offset[:])
		if !s.encrypt {
			subtle.XORBytes(s.checksum[:], s.checksum[:], out[j:j+16])
		}
	}
	s.pending = append(s.pending[:0], s.pending[n:]...)
	return out
}

// final processes the partial block and returns it with the full tag.
func (s *ocbState) final(aad []byte) (out, tag []byte) {
	if !s.aadDone {
		s.hashAAD(aad)
	}
	if p := s.pending; len(p) > 0 {
		subtle.XORBytes(s.offset[:], s.offset[:], s.lStar[:])
		var pad [16]byte
		s.b.Encrypt(pad[:], s.offset[:])
		out = make([]byte, len(p))
		subtle.XORBytes(out, p, pad[:len(p)])
		plain := p
		if !s.encrypt {
			plain = out
		}
		var blk [16]byte
		copy(blk[:], plain)
		blk[len(plain)] = 0x80
		subtle.XORBytes(s.checksum[:], s.checksum[:], blk[:])
	}
	var t [16]byte
	subtle.XORBytes(t[:], s.checksum[:], s.offset[:])
	subtle.XORBytes(t[:], t[:], s.lDollar[:])
	s.b.Encrypt(t[:], t[:])
	subtle.XORBytes(t[:], t[:], s.aadSum[:])
	return out, t[:s.tagLen]
}
