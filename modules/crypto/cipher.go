package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/subtle"
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
	"sync"

	"golang.org/x/crypto/chacha20"
	"golang.org/x/crypto/chacha20poly1305"
)

// cipherSpec describes one cipher as OpenSSL does (getCipherInfo).
type cipherSpec struct {
	name      string // OpenSSL's canonical name
	mode      string // cbc, ecb, ctr, cfb, cfb8, ofb, gcm, wrap, wrap-pad, stream
	nid       int
	keyLen    int
	ivLen     int // 0: no IV
	blockSize int // as getCipherInfo reports it
	family    string
}

var ciphers = map[string]*cipherSpec{}

// cipherNames is getCiphers(): only what this package implements.
var cipherNames []string

// cipherTables fills ciphers and cipherNames on first use (not at
// start-up: most programs never touch a cipher).
var cipherTables sync.Once

func initCiphers() {
	add := func(s *cipherSpec, names ...string) {
		for _, n := range append([]string{s.name}, names...) {
			ciphers[strings.ToLower(n)] = s
		}
		cipherNames = append(cipherNames, names...)
		if !strings.HasPrefix(s.name, "id-") || len(names) == 0 {
			cipherNames = append(cipherNames, s.name)
		}
	}
	// nids of aes-128-*, aes-192-*, aes-256-* in OpenSSL's obj_mac.h.
	type nids struct{ ecb, cbc, ofb, cfb, ctr, gcm, wrap, wrapPad, cfb8, ccm, ocb int }
	aesNids := map[int]nids{
		128: {418, 419, 420, 421, 904, 895, 788, 897, 653, 896, 958},
		192: {422, 423, 424, 425, 905, 898, 789, 900, 654, 899, 959},
		256: {426, 427, 428, 429, 906, 901, 790, 903, 655, 902, 960},
	}
	for _, bits := range []int{128, 192, 256} {
		n, k, p := aesNids[bits], bits/8, fmt.Sprintf("aes-%d-", bits)
		add(&cipherSpec{name: p + "cbc", mode: "cbc", nid: n.cbc, keyLen: k, ivLen: 16, blockSize: 16, family: "aes"}, fmt.Sprintf("aes%d", bits))
		add(&cipherSpec{name: p + "ecb", mode: "ecb", nid: n.ecb, keyLen: k, blockSize: 16, family: "aes"})
		add(&cipherSpec{name: p + "ofb", mode: "ofb", nid: n.ofb, keyLen: k, ivLen: 16, blockSize: 1, family: "aes"})
		add(&cipherSpec{name: p + "cfb", mode: "cfb", nid: n.cfb, keyLen: k, ivLen: 16, blockSize: 1, family: "aes"})
		add(&cipherSpec{name: p + "cfb8", mode: "cfb8", nid: n.cfb8, keyLen: k, ivLen: 16, blockSize: 1, family: "aes"})
		add(&cipherSpec{name: p + "ctr", mode: "ctr", nid: n.ctr, keyLen: k, ivLen: 16, blockSize: 1, family: "aes"})
		add(&cipherSpec{name: fmt.Sprintf("id-aes%d-gcm", bits), mode: "gcm", nid: n.gcm, keyLen: k, ivLen: 12, blockSize: 1, family: "aes"},
			p+"gcm", fmt.Sprintf("id-aes%d-GCM", bits))
		add(&cipherSpec{name: p + "ocb", mode: "ocb", nid: n.ocb, keyLen: k, ivLen: 12, blockSize: 16, family: "aes"})
		add(&cipherSpec{name: fmt.Sprintf("id-aes%d-ccm", bits), mode: "ccm", nid: n.ccm, keyLen: k, ivLen: 12, blockSize: 1, family: "aes"},
			p+"ccm", fmt.Sprintf("id-aes%d-CCM", bits))
		add(&cipherSpec{name: fmt.Sprintf("id-aes%d-wrap", bits), mode: "wrap", nid: n.wrap, keyLen: k, ivLen: 8, blockSize: 8, family: "aes"},
			fmt.Sprintf("aes%d-wrap", bits), fmt.Sprintf("id-aes%d-wrap", bits))
		add(&cipherSpec{name: fmt.Sprintf("id-aes%d-wrap-pad", bits), mode: "wrap-pad", nid: n.wrapPad, keyLen: k, ivLen: 4, blockSize: 8, family: "aes"},
			fmt.Sprintf("id-aes%d-wrap-pad", bits))
	}
	add(&cipherSpec{name: "chacha20", mode: "stream", nid: 1019, keyLen: 32, ivLen: 16, family: "chacha20"})
	add(&cipherSpec{name: "chacha20-poly1305", mode: "stream", nid: 1018, keyLen: 32, ivLen: 12, family: "chacha20-poly1305"})
	add(&cipherSpec{name: "des-ede3-cbc", mode: "cbc", nid: 44, keyLen: 24, ivLen: 8, blockSize: 8, family: "des3"}, "des3")
	add(&cipherSpec{name: "des-ede3", mode: "ecb", nid: 33, keyLen: 24, blockSize: 8, family: "des3"}, "des-ede3-ecb")
	add(&cipherSpec{name: "des-ede-cbc", mode: "cbc", nid: 43, keyLen: 16, ivLen: 8, blockSize: 8, family: "des3"})
	add(&cipherSpec{name: "des-ede", mode: "ecb", nid: 32, keyLen: 16, blockSize: 8, family: "des3"}, "des-ede-ecb")
	cipherNames = dedupSorted(cipherNames)
}

// dedupSorted sorts byte-wise, as OpenSSL lists names, without repeats.
func dedupSorted(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, n := range s {
		if i == 0 || n != s[i-1] {
			out = append(out, n)
		}
	}
	return out
}

func lookupCipher(name string) *cipherSpec {
	cipherTables.Do(initCiphers)
	return ciphers[strings.ToLower(name)]
}

// getCipherNames returns getCiphers()'s list.
func getCipherNames() []string {
	cipherTables.Do(initCiphers)
	return append([]string{}, cipherNames...)
}

// isAEAD reports whether the cipher takes AAD and an auth tag.
func (s *cipherSpec) isAEAD() bool {
	return s.mode == "gcm" || s.mode == "ccm" || s.mode == "ocb" || s.family == "chacha20-poly1305"
}

// ivOK is OpenSSL's IV length rule for the cipher.
func (s *cipherSpec) ivOK(n int) bool {
	switch {
	case s.mode == "gcm":
		return n > 0
	case s.mode == "ccm":
		return n >= 7 && n <= 13
	case s.mode == "ocb":
		return n >= 1 && n <= 15
	case s.ivLen == 0:
		return n == 0
	case s.family == "chacha20-poly1305":
		return n >= 1 && n <= 12
	}
	return n == s.ivLen
}

// cryptError is a failure node reports with OpenSSL's words. code is
// node's ERR_OSSL_* code, empty for errors node raises bare.
type cryptError struct {
	msg, code, library, reason string
}

func (e *cryptError) Error() string { return e.msg }

func osslError(hexCode, reason string) *cryptError {
	return &cryptError{
		msg:     "error:" + hexCode + ":Provider routines::" + reason,
		code:    "ERR_OSSL_" + strings.ToUpper(strings.ReplaceAll(reason, " ", "_")),
		library: "Provider routines",
		reason:  reason,
	}
}

var (
	errBadDecrypt = osslError("1C800064", "bad decrypt")
	errWrongFinal = osslError("1C80006B", "wrong final block length")
	errAuthFailed = &cryptError{msg: "Unsupported state or unable to authenticate data"}
	// OpenSSL's wrap ciphers fail the update call, which node reports so.
	errWrapInvalidLen = &cryptError{msg: "Trying to add data in unsupported state"}
	errUnwrap         = errWrapInvalidLen
)

// cipherState is one Cipheriv or Decipheriv.
type cipherState struct {
	spec    *cipherSpec
	encrypt bool
	block   cipher.Block
	mode    cipher.BlockMode // cbc, ecb
	stream  cipher.Stream    // ctr, ofb, cfb, gcm, chacha20*
	pending []byte           // block modes: bytes not yet a whole block
	padding bool
	key, iv []byte

	// AEAD: the whole plaintext is kept to compute the tag at final, as
	// Go's AEADs are one-shot.
	aead    cipher.AEAD
	aad     []byte
	plain   []byte
	tag     []byte
	tagLen  int
	started bool

	// CCM: the declared plaintext length (-1 when not given), and
	// whether its single update has run and failed to authenticate.
	ccmLen    int
	ccmUsed   bool
	ccmFailed bool

	ocb *ocbState
}

func newCipherState(spec *cipherSpec, key, iv []byte, encrypt bool, tagLen int) (*cipherState, error) {
	s := &cipherState{spec: spec, encrypt: encrypt, padding: true,
		key: append([]byte{}, key...), iv: append([]byte{}, iv...), tagLen: tagLen, ccmLen: -1}
	var err error
	switch spec.family {
	case "aes":
		s.block, err = aes.NewCipher(s.key)
	case "des3":
		k := s.key
		if len(k) == 16 {
			k = append(append([]byte{}, k...), k[:8]...)
		}
		s.block, err = des.NewTripleDESCipher(k)
	case "chacha20":
		// OpenSSL's 16-byte IV is a little-endian block counter and the
		// 12-byte nonce.
		var c *chacha20.Cipher
		c, err = chacha20.NewUnauthenticatedCipher(s.key, s.iv[4:])
		if err == nil {
			c.SetCounter(binary.LittleEndian.Uint32(s.iv[:4]))
			s.stream = c
		}
		return s, err
	case "chacha20-poly1305":
		nonce := make([]byte, 12)
		copy(nonce[12-len(s.iv):], s.iv) // OpenSSL left-pads a short nonce
		s.iv = nonce
		var c *chacha20.Cipher
		c, err = chacha20.NewUnauthenticatedCipher(s.key, nonce)
		if err != nil {
			return nil, err
		}
		// Block 0 keys Poly1305; the payload starts at block 1 (RFC 8439).
		c.SetCounter(1)
		s.stream = c
		s.aead, err = chacha20poly1305.New(s.key)
		return s, err
	}
	if err != nil {
		return nil, err
	}
	switch spec.mode {
	case "cbc":
		if encrypt {
			s.mode = cipher.NewCBCEncrypter(s.block, s.iv)
		} else {
			s.mode = cipher.NewCBCDecrypter(s.block, s.iv)
		}
	case "ecb":
		s.mode = ecbMode{s.block, encrypt}
	case "ctr":
		s.stream = cipher.NewCTR(s.block, s.iv)
	case "ofb":
		s.stream = cipher.NewOFB(s.block, s.iv) //nolint:staticcheck // node offers OFB
	case "cfb":
		if encrypt {
			s.stream = cipher.NewCFBEncrypter(s.block, s.iv) //nolint:staticcheck // node offers CFB
		} else {
			s.stream = cipher.NewCFBDecrypter(s.block, s.iv) //nolint:staticcheck // node offers CFB
		}
	case "cfb8":
		s.stream = &cfb8{block: s.block, reg: append([]byte{}, s.iv...), encrypt: encrypt}
	case "ocb":
		n := s.tagLen
		if n <= 0 {
			n = 16
		}
		s.ocb = newOCB(s.block, s.iv, n, encrypt)
	case "gcm":
		s.aead, err = cipher.NewGCMWithNonceSize(s.block, len(s.iv))
		if err != nil {
			return nil, err
		}
		// GCM is CTR from inc32(J0); sealing one zero block yields that
		// block's key stream, and decrypting it gives the counter, for
		// any IV length, so update() can stream as OpenSSL does.
		ks := s.aead.Seal(nil, s.iv, make([]byte, 16), nil)[:16]
		ctr := make([]byte, 16)
		s.block.Decrypt(ctr, ks)
		s.stream = cipher.NewCTR(s.block, ctr)
	}
	return s, nil
}

func (s *cipherState) update(in []byte) ([]byte, error) {
	s.started = true
	switch {
	case s.spec.mode == "ccm":
		return s.ccmUpdate(in)
	case s.ocb != nil:
		return s.ocb.update(in, s.aad), nil
	case s.spec.mode == "wrap" || s.spec.mode == "wrap-pad":
		return s.wrap(in)
	case s.stream != nil:
		out := make([]byte, len(in))
		s.stream.XORKeyStream(out, in)
		if s.aead != nil {
			if s.encrypt {
				s.plain = append(s.plain, in...)
			} else {
				s.plain = append(s.plain, out...)
			}
		}
		return out, nil
	}
	bs := s.block.BlockSize()
	s.pending = append(s.pending, in...)
	n := len(s.pending) - len(s.pending)%bs
	// A decrypter keeps the last whole block back: it may be padding.
	if !s.encrypt && s.padding && n == len(s.pending) && n > 0 {
		n -= bs
	}
	out := make([]byte, n)
	s.mode.CryptBlocks(out, s.pending[:n])
	s.pending = append(s.pending[:0], s.pending[n:]...)
	return out, nil
}

func (s *cipherState) final() ([]byte, error) {
	switch {
	case s.spec.mode == "ccm":
		return s.ccmFinal()
	case s.ocb != nil:
		out, tag := s.ocb.final(s.aad)
		if s.encrypt {
			s.tag = tag
			return out, nil
		}
		if len(s.tag) != len(tag) || subtle.ConstantTimeCompare(s.tag, tag) != 1 {
			return nil, errAuthFailed
		}
		return out, nil
	case s.spec.mode == "wrap" || s.spec.mode == "wrap-pad":
		return nil, nil
	case s.aead != nil:
		full := s.aead.Seal(nil, s.iv, s.plain, s.aad)
		tag := full[len(s.plain):]
		if s.encrypt {
			n := s.tagLen
			if n <= 0 {
				n = 16
			}
			s.tag = append([]byte{}, tag[:n]...)
			return nil, nil
		}
		if len(s.tag) == 0 || len(s.tag) > len(tag) || subtle.ConstantTimeCompare(s.tag, tag[:len(s.tag)]) != 1 {
			return nil, errAuthFailed
		}
		return nil, nil
	case s.stream != nil:
		return nil, nil
	}
	bs := s.block.BlockSize()
	if s.encrypt {
		if s.padding {
			p := bs - len(s.pending)%bs
			for i := 0; i < p; i++ {
				s.pending = append(s.pending, byte(p))
			}
		} else if len(s.pending)%bs != 0 {
			return nil, errWrongFinal
		}
		out := make([]byte, len(s.pending))
		s.mode.CryptBlocks(out, s.pending)
		s.pending = nil
		return out, nil
	}
	if !s.padding {
		if len(s.pending) != 0 {
			return nil, errWrongFinal
		}
		return nil, nil
	}
	if len(s.pending) != bs {
		return nil, errWrongFinal
	}
	out := make([]byte, bs)
	s.mode.CryptBlocks(out, s.pending)
	p := int(out[bs-1])
	if p == 0 || p > bs {
		return nil, errBadDecrypt
	}
	for _, c := range out[bs-p:] {
		if int(c) != p {
			return nil, errBadDecrypt
		}
	}
	return out[:bs-p], nil
}

// ecbMode is ECB: each block on its own.
type ecbMode struct {
	b       cipher.Block
	encrypt bool
}

func (m ecbMode) BlockSize() int { return m.b.BlockSize() }

func (m ecbMode) CryptBlocks(dst, src []byte) {
	bs := m.b.BlockSize()
	for i := 0; i+bs <= len(src); i += bs {
		if m.encrypt {
			m.b.Encrypt(dst[i:i+bs], src[i:i+bs])
		} else {
			m.b.Decrypt(dst[i:i+bs], src[i:i+bs])
		}
	}
}

// cfb8 is CFB with 8-bit feedback (NIST SP 800-38A), which Go lacks.
type cfb8 struct {
	block   cipher.Block
	reg     []byte
	encrypt bool
}

func (c *cfb8) XORKeyStream(dst, src []byte) {
	ks := make([]byte, c.block.BlockSize())
	for i := range src {
		c.block.Encrypt(ks, c.reg)
		in := src[i]
		out := in ^ ks[0]
		dst[i] = out
		fb := out
		if !c.encrypt {
			fb = in
		}
		copy(c.reg, c.reg[1:])
		c.reg[len(c.reg)-1] = fb
	}
}

// wrap runs AES key wrap (RFC 3394) or key wrap with padding (RFC 5649)
// over one update's input, as OpenSSL's wrap ciphers do.
func (s *cipherState) wrap(in []byte) ([]byte, error) {
	pad := s.spec.mode == "wrap-pad"
	var aiv [8]byte
	if pad {
		copy(aiv[:4], []byte{0xA6, 0x59, 0x59, 0xA6})
		copy(aiv[:4], s.iv)
	} else {
		copy(aiv[:], []byte{0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6, 0xA6})
		copy(aiv[:], s.iv)
	}
	if s.encrypt {
		if pad {
			if len(in) == 0 {
				return nil, errWrapInvalidLen
			}
			binary.BigEndian.PutUint32(aiv[4:], uint32(len(in)))
			p := append(append([]byte{}, in...), make([]byte, (8-len(in)%8)%8)...)
			if len(p) == 8 {
				out := make([]byte, 16)
				copy(out, aiv[:])
				copy(out[8:], p)
				s.block.Encrypt(out, out)
				return out, nil
			}
			return kwWrap(s.block, aiv, p), nil
		}
		if len(in) < 16 || len(in)%8 != 0 {
			return nil, errWrapInvalidLen
		}
		return kwWrap(s.block, aiv, in), nil
	}
	if len(in) < 16 || len(in)%8 != 0 {
		return nil, errWrapInvalidLen
	}
	var a [8]byte
	var p []byte
	if pad && len(in) == 16 {
		out := make([]byte, 16)
		s.block.Decrypt(out, in)
		copy(a[:], out[:8])
		p = out[8:]
	} else {
		a, p = kwUnwrap(s.block, in)
	}
	if !pad {
		if subtle.ConstantTimeCompare(a[:], aiv[:]) != 1 {
			return nil, errUnwrap
		}
		return p, nil
	}
	mli := int(binary.BigEndian.Uint32(a[4:]))
	if subtle.ConstantTimeCompare(a[:4], aiv[:4]) != 1 || mli > len(p) || mli <= len(p)-8 {
		return nil, errUnwrap
	}
	for _, c := range p[mli:] {
		if c != 0 {
			return nil, errUnwrap
		}
	}
	return p[:mli], nil
}

func kwWrap(b cipher.Block, a [8]byte, p []byte) []byte {
	n := len(p) / 8
	r := append([]byte{}, p...)
	var buf [16]byte
	for j := 0; j < 6; j++ {
		for i := 0; i < n; i++ {
			copy(buf[:8], a[:])
			copy(buf[8:], r[i*8:i*8+8])
			b.Encrypt(buf[:], buf[:])
			t := uint64(n*j + i + 1)
			binary.BigEndian.PutUint64(a[:], binary.BigEndian.Uint64(buf[:8])^t)
			copy(r[i*8:], buf[8:])
		}
	}
	return append(a[:], r...)
}

func kwUnwrap(b cipher.Block, c []byte) ([8]byte, []byte) {
	var a [8]byte
	copy(a[:], c[:8])
	n := len(c)/8 - 1
	r := append([]byte{}, c[8:]...)
	var buf [16]byte
	for j := 5; j >= 0; j-- {
		for i := n - 1; i >= 0; i-- {
			t := uint64(n*j + i + 1)
			binary.BigEndian.PutUint64(buf[:8], binary.BigEndian.Uint64(a[:])^t)
			copy(buf[8:], r[i*8:i*8+8])
			b.Decrypt(buf[:], buf[:])
			copy(a[:], buf[:8])
			copy(r[i*8:], buf[8:])
		}
	}
	return a, r
}
