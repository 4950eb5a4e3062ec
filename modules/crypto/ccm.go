package crypto

import (
	"crypto/cipher"
	"crypto/subtle"
	"encoding/binary"
)

// CCM (NIST SP 800-38C, RFC 3610), which Go lacks. As in OpenSSL it is
// one-shot: one update() call carries the whole message.

// ccmCounter is counter block A_i for nonce n.
func ccmCounter(n []byte, i uint64) []byte {
	l := 15 - len(n)
	a := make([]byte, 16)
	a[0] = byte(l - 1)
	copy(a[1:], n)
	for j := 0; j < l && j < 8; j++ {
		a[15-j] = byte(i >> (8 * j))
	}
	return a
}

// ccmMAC is the raw CBC-MAC over B0, the encoded AAD and the message.
func ccmMAC(b cipher.Block, n, aad, msg []byte, tagLen int) []byte {
	l := 15 - len(n)
	b0 := make([]byte, 16)
	flags := byte(8 * ((tagLen - 2) / 2))
	flags |= byte(l - 1)
	if len(aad) > 0 {
		flags |= 64
	}
	b0[0] = flags
	copy(b0[1:], n)
	m := uint64(len(msg))
	for j := 0; j < l && j < 8; j++ {
		b0[15-j] = byte(m >> (8 * j))
	}
	data := append([]byte{}, b0...)
	if len(aad) > 0 {
		if len(aad) < 0xff00 {
			data = binary.BigEndian.AppendUint16(data, uint16(len(aad)))
		} else {
			data = append(data, 0xff, 0xfe)
			data = binary.BigEndian.AppendUint32(data, uint32(len(aad)))
		}
		data = append(data, aad...)
		data = append(data, make([]byte, (16-len(data)%16)%16)...)
	}
	data = append(data, msg...)
	data = append(data, make([]byte, (16-len(data)%16)%16)...)
	mac := make([]byte, 16)
	for i := 0; i < len(data); i += 16 {
		subtle.XORBytes(mac, mac, data[i:i+16])
		b.Encrypt(mac, mac)
	}
	return mac
}

// ccmCrypt XORs in with the key stream from A_1 and returns the tag
// (MAC XOR S_0) over plain.
func ccmCrypt(b cipher.Block, n, in []byte) []byte {
	out := make([]byte, len(in))
	cipher.NewCTR(b, ccmCounter(n, 1)).XORKeyStream(out, in)
	return out
}

func ccmTag(b cipher.Block, n, aad, plain []byte, tagLen int) []byte {
	mac := ccmMAC(b, n, aad, plain, tagLen)
	s0 := make([]byte, 16)
	b.Encrypt(s0, ccmCounter(n, 0))
	subtle.XORBytes(mac, mac, s0)
	return mac[:tagLen]
}

// ccmUpdate is the one update a CCM cipher takes.
func (s *cipherState) ccmUpdate(in []byte) ([]byte, error) {
	if s.ccmUsed || (s.ccmLen >= 0 && s.ccmLen != len(in)) {
		return nil, errWrapInvalidLen
	}
	s.ccmUsed = true
	tagLen := s.tagLen
	if s.encrypt {
		s.tag = ccmTag(s.block, s.iv, s.aad, in, tagLen)
		return ccmCrypt(s.block, s.iv, in), nil
	}
	plain := ccmCrypt(s.block, s.iv, in)
	want := ccmTag(s.block, s.iv, s.aad, plain, tagLen)
	if len(s.tag) != tagLen || subtle.ConstantTimeCompare(want, s.tag) != 1 {
		s.ccmFailed = true
		return []byte{}, nil
	}
	return plain, nil
}

func (s *cipherState) ccmFinal() ([]byte, error) {
	if !s.ccmUsed {
		if _, err := s.ccmUpdate(nil); err != nil {
			return nil, err
		}
	}
	if !s.encrypt && s.ccmFailed {
		return nil, errAuthFailed
	}
	return nil, nil
}
