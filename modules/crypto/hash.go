package crypto

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding"
	"hash"
	"strings"
	"sync"

	"golang.org/x/crypto/blake2b"
	"golang.org/x/crypto/blake2s"
	"golang.org/x/crypto/ripemd160" //nolint:staticcheck // node offers ripemd160; Go keeps it only here
)

// digestAlg is one message digest as OpenSSL names it.
type digestAlg struct {
	name string // canonical name
	new  func() hash.Hash
	// xof marks SHAKE: output of any length, default defLen bytes.
	xof    func() *sha3.SHAKE
	defLen int
	// size is the digest's output length.
	size int
}

var digests = map[string]*digestAlg{}

// The aliases follow `node -p "crypto.getHashes()"`: OpenSSL accepts
// these names, case-insensitively, for the same digest.
// digestTables fills digests on first use, not at start-up.
var digestTables sync.Once

func initDigests() {
	add := func(a *digestAlg, names ...string) {
		if a.new != nil {
			a.size = a.new().Size()
		} else {
			a.size = a.defLen
		}
		for _, n := range append([]string{a.name}, names...) {
			digests[strings.ToLower(n)] = a
		}
	}
	add(&digestAlg{name: "md5", new: md5.New}, "RSA-MD5", "md5WithRSAEncryption", "ssl3-md5")
	add(&digestAlg{name: "sha1", new: sha1.New}, "RSA-SHA1", "RSA-SHA1-2", "sha1WithRSAEncryption", "ssl3-sha1")
	add(&digestAlg{name: "sha224", new: sha256.New224}, "RSA-SHA224", "sha224WithRSAEncryption", "sha-224")
	add(&digestAlg{name: "sha256", new: sha256.New}, "RSA-SHA256", "sha256WithRSAEncryption", "sha-256")
	add(&digestAlg{name: "sha384", new: sha512.New384}, "RSA-SHA384", "sha384WithRSAEncryption", "sha-384")
	add(&digestAlg{name: "sha512", new: sha512.New}, "RSA-SHA512", "sha512WithRSAEncryption", "sha-512")
	add(&digestAlg{name: "sha512-224", new: sha512.New512_224}, "RSA-SHA512/224", "sha512-224WithRSAEncryption", "sha512/224")
	add(&digestAlg{name: "sha512-256", new: sha512.New512_256}, "RSA-SHA512/256", "sha512-256WithRSAEncryption", "sha512/256")
	add(&digestAlg{name: "sha3-224", new: func() hash.Hash { return sha3.New224() }}, "RSA-SHA3-224", "id-rsassa-pkcs1-v1_5-with-sha3-224")
	add(&digestAlg{name: "sha3-256", new: func() hash.Hash { return sha3.New256() }}, "RSA-SHA3-256", "id-rsassa-pkcs1-v1_5-with-sha3-256")
	add(&digestAlg{name: "sha3-384", new: func() hash.Hash { return sha3.New384() }}, "RSA-SHA3-384", "id-rsassa-pkcs1-v1_5-with-sha3-384")
	add(&digestAlg{name: "sha3-512", new: func() hash.Hash { return sha3.New512() }}, "RSA-SHA3-512", "id-rsassa-pkcs1-v1_5-with-sha3-512")
	add(&digestAlg{name: "ripemd160", new: ripemd160.New}, "RSA-RIPEMD160", "ripemd", "rmd160", "ripemd160WithRSA")
	add(&digestAlg{name: "blake2b512", new: func() hash.Hash { h, _ := blake2b.New512(nil); return h }})
	add(&digestAlg{name: "blake2s256", new: func() hash.Hash { h, _ := blake2s.New256(nil); return h }})
	add(&digestAlg{name: "shake128", xof: sha3.NewSHAKE128, defLen: 16})
	add(&digestAlg{name: "shake256", xof: sha3.NewSHAKE256, defLen: 32})
}

// hashNames is crypto.getHashes(): the aliases node lists that Go can
// compute, sorted as node sorts them.
var hashNames = []string{"RSA-MD5", "RSA-RIPEMD160", "RSA-SHA1", "RSA-SHA1-2", "RSA-SHA224",
	"RSA-SHA256", "RSA-SHA3-224", "RSA-SHA3-256", "RSA-SHA3-384", "RSA-SHA3-512", "RSA-SHA384",
	"RSA-SHA512", "RSA-SHA512/224", "RSA-SHA512/256", "blake2b512", "blake2s256",
	"id-rsassa-pkcs1-v1_5-with-sha3-224", "id-rsassa-pkcs1-v1_5-with-sha3-256",
	"id-rsassa-pkcs1-v1_5-with-sha3-384", "id-rsassa-pkcs1-v1_5-with-sha3-512", "md5",
	"md5WithRSAEncryption", "ripemd", "ripemd160", "ripemd160WithRSA", "rmd160", "sha1",
	"sha1WithRSAEncryption", "sha224", "sha224WithRSAEncryption", "sha256",
	"sha256WithRSAEncryption", "sha3-224", "sha3-256", "sha3-384", "sha3-512", "sha384",
	"sha384WithRSAEncryption", "sha512", "sha512-224", "sha512-224WithRSAEncryption",
	"sha512-256", "sha512-256WithRSAEncryption", "sha512WithRSAEncryption", "shake128",
	"shake256", "ssl3-md5", "ssl3-sha1"}

// lookupDigest finds a digest by any of its names, nil if unknown.
func lookupDigest(name string) *digestAlg {
	digestTables.Do(initDigests)
	return digests[strings.ToLower(name)]
}

// hasher is a running digest: a fixed-size hash or a SHAKE.
type hasher struct {
	alg    *digestAlg
	h      hash.Hash
	xof    *sha3.SHAKE
	outLen int
}

func newHasher(alg *digestAlg, outLen int) *hasher {
	s := &hasher{alg: alg, outLen: outLen}
	if alg.xof != nil {
		s.xof = alg.xof()
	} else {
		s.h = alg.new()
	}
	return s
}

func (s *hasher) write(p []byte) {
	if s.xof != nil {
		_, _ = s.xof.Write(p)
		return
	}
	_, _ = s.h.Write(p)
}

func (s *hasher) sum() []byte {
	if s.xof != nil {
		out := make([]byte, s.outLen)
		_, _ = s.xof.Read(out)
		return out
	}
	out := s.h.Sum(nil)
	if s.outLen >= 0 && s.outLen < len(out) {
		out = out[:s.outLen]
	}
	return out
}

// clone copies the running state, for Hash.copy().
func (s *hasher) clone() *hasher {
	c := &hasher{alg: s.alg, outLen: s.outLen}
	if s.xof != nil {
		st, _ := s.xof.MarshalBinary()
		c.xof = s.alg.xof()
		_ = c.xof.UnmarshalBinary(st)
		return c
	}
	if cl, ok := s.h.(hash.Cloner); ok {
		if h, err := cl.Clone(); err == nil {
			c.h = h
			return c
		}
	}
	if m, ok := s.h.(encoding.BinaryMarshaler); ok {
		st, err := m.MarshalBinary()
		if err == nil {
			c.h = s.alg.new()
			if u, ok := c.h.(encoding.BinaryUnmarshaler); ok && u.UnmarshalBinary(st) == nil {
				return c
			}
		}
	}
	return nil
}

// newHMAC is HMAC over a fixed-size digest; SHAKE has none (nil).
func newHMAC(alg *digestAlg, key []byte) hash.Hash {
	if alg.new == nil {
		return nil
	}
	return hmac.New(alg.new, key)
}
