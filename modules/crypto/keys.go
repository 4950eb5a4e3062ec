package crypto

import (
	"bytes"
	"crypto"
	"crypto/dsa" //nolint:staticcheck // node still offers DSA keys
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"math/big"
	"strings"
	"sync"
)

// asymKey is the material behind a public or private KeyObject.
type asymKey struct {
	// key is *rsa.PrivateKey, *rsa.PublicKey, *ecdsa.PrivateKey,
	// *ecdsa.PublicKey, ed25519.PrivateKey, ed25519.PublicKey,
	// *ecdh.PrivateKey or *ecdh.PublicKey (X25519).
	key any
	// pss marks an RSA key of type rsa-pss; pssAlg is its original
	// AlgorithmIdentifier (with any PSS parameters), restored on export.
	pss    bool
	pssAlg []byte
}

func (k *asymKey) private() bool {
	switch k.key.(type) {
	case *rsa.PrivateKey, *ecdsa.PrivateKey, ed25519.PrivateKey, *ecdh.PrivateKey, *dsa.PrivateKey:
		return true
	}
	return false
}

// kind is node's asymmetricKeyType.
func (k *asymKey) kind() string {
	switch k.key.(type) {
	case *rsa.PrivateKey, *rsa.PublicKey:
		if k.pss {
			return "rsa-pss"
		}
		return "rsa"
	case *ecdsa.PrivateKey, *ecdsa.PublicKey:
		return "ec"
	case ed25519.PrivateKey, ed25519.PublicKey:
		return "ed25519"
	case *ecdh.PrivateKey, *ecdh.PublicKey:
		return "x25519"
	case *dsa.PrivateKey, *dsa.PublicKey:
		return "dsa"
	}
	return ""
}

// public is the key's public half (itself when already public).
func (k *asymKey) public() *asymKey {
	switch x := k.key.(type) {
	case *rsa.PrivateKey:
		return &asymKey{key: &x.PublicKey, pss: k.pss, pssAlg: k.pssAlg}
	case *ecdsa.PrivateKey:
		return &asymKey{key: &x.PublicKey}
	case ed25519.PrivateKey:
		return &asymKey{key: x.Public().(ed25519.PublicKey)}
	case *ecdh.PrivateKey:
		return &asymKey{key: x.PublicKey()}
	case *dsa.PrivateKey:
		return &asymKey{key: &x.PublicKey}
	}
	return k
}

// curveNames maps node's curve names to Go's curves and back.
var curveNames = sync.OnceValue(func() map[string]elliptic.Curve {
	return map[string]elliptic.Curve{
		"prime256v1": elliptic.P256(), "P-256": elliptic.P256(), "secp256r1": elliptic.P256(),
		"secp384r1": elliptic.P384(), "P-384": elliptic.P384(),
		"secp521r1": elliptic.P521(), "P-521": elliptic.P521(),
		"secp224r1": elliptic.P224(), "P-224": elliptic.P224(),
	}
})

func curveName(c elliptic.Curve) string {
	switch c {
	case elliptic.P256():
		return "prime256v1"
	case elliptic.P384():
		return "secp384r1"
	case elliptic.P521():
		return "secp521r1"
	case elliptic.P224():
		return "secp224r1"
	}
	return ""
}

func jwkCurve(c elliptic.Curve) string {
	switch c {
	case elliptic.P256():
		return "P-256"
	case elliptic.P384():
		return "P-384"
	case elliptic.P521():
		return "P-521"
	}
	return ""
}

var errUnsupportedKey = errors.New("Unsupported key format")

// osslDecoderError is what node reports for key material OpenSSL could
// not read.
var errDecode = osslError("1E08010C", "unsupported")

func init() {
	errDecode.msg = "error:1E08010C:DECODER routines::unsupported"
	errDecode.library = "DECODER routines"
	errDecode.code = "ERR_OSSL_UNSUPPORTED"
}

// parseKey reads a key from PEM or DER. private asks for a private key;
// a public request accepts a private key or certificate and keeps its
// public half (the shim decides what is allowed).
func parseKey(data []byte, format, typ string, passphrase []byte, private bool) (*asymKey, error) {
	if format == "pem" || format == "" {
		rest := data
		for {
			var block *pem.Block
			block, rest = pem.Decode(rest)
			if block == nil {
				break
			}
			k, err := parsePEMBlock(block, passphrase, private)
			if err == errSkip {
				continue
			}
			return k, err
		}
		if format == "pem" || !private {
			return nil, errDecode
		}
	}
	der := data
	if private {
		switch typ {
		case "pkcs1":
			if k, err := x509.ParsePKCS1PrivateKey(der); err == nil {
				return &asymKey{key: k}, nil
			}
		case "sec1":
			if k, err := x509.ParseECPrivateKey(der); err == nil {
				return &asymKey{key: k}, nil
			}
		default:
			if k, err := parsePKCS8(der); err == nil {
				return k, nil
			}
			// Encrypted PKCS#8 in DER; node reports a missing passphrase
			// here with its own code, not OpenSSL's.
			if isEncryptedPKCS8(der) {
				if passphrase == nil {
					return nil, &cryptError{msg: "Passphrase required for encrypted key", code: "ERR_MISSING_PASSPHRASE"}
				}
				plain, err := decryptPKCS8(der, passphrase)
				if err != nil {
					return nil, errBadDecrypt
				}
				if k, err := parsePKCS8(plain); err == nil {
					return k, nil
				}
				return nil, errBadDecrypt
			}
		}
		return nil, errDecode
	}
	switch typ {
	case "pkcs1":
		// A public context takes either kind of PKCS#1 key, told apart
		// by its DER alone.
		if k, err := x509.ParsePKCS1PublicKey(der); err == nil {
			return &asymKey{key: k}, nil
		}
		if k, err := x509.ParsePKCS1PrivateKey(der); err == nil {
			return &asymKey{key: k}, nil
		}
	default:
		if k, err := parsePKIX(der); err == nil {
			return k, nil
		}
	}
	return nil, errDecode
}

var errSkip = errors.New("skip")

func parsePEMBlock(b *pem.Block, passphrase []byte, private bool) (*asymKey, error) {
	der := b.Bytes
	decrypted := false
	if x509.IsEncryptedPEMBlock(b) { //nolint:staticcheck // legacy PEM encryption is what OpenSSL writes for pkcs1/sec1
		if passphrase == nil {
			return nil, errPassphraseRequired
		}
		d, err := x509.DecryptPEMBlock(b, passphrase) //nolint:staticcheck // as above
		if err != nil {
			return nil, errBadDecrypt
		}
		der, decrypted = d, true
	}
	var k *asymKey
	var err error
	switch b.Type {
	case "PUBLIC KEY":
		if private {
			return nil, errDecode
		}
		return parsePKIX(der)
	case "RSA PUBLIC KEY":
		if private {
			return nil, errDecode
		}
		var pk *rsa.PublicKey
		pk, err = x509.ParsePKCS1PublicKey(der)
		k = &asymKey{key: pk}
	case "CERTIFICATE":
		if private {
			return nil, errDecode
		}
		var c *x509.Certificate
		c, err = x509.ParseCertificate(der)
		if err == nil {
			k = &asymKey{key: c.PublicKey}
			if ek, ok := c.PublicKey.(*ecdh.PublicKey); ok {
				k.key = ek
			}
		}
	case "PRIVATE KEY":
		k, err = parsePKCS8(der)
	case "ENCRYPTED PRIVATE KEY":
		if passphrase == nil {
			return nil, errPassphraseRequired
		}
		var plain []byte
		plain, err = decryptPKCS8(der, passphrase)
		if err != nil {
			return nil, errBadDecrypt
		}
		// A wrong passphrase can still yield valid padding.
		if k, err = parsePKCS8(plain); err != nil {
			return nil, errBadDecrypt
		}
	case "RSA PRIVATE KEY":
		var pk *rsa.PrivateKey
		pk, err = x509.ParsePKCS1PrivateKey(der)
		k = &asymKey{key: pk}
	case "EC PRIVATE KEY":
		var pk *ecdsa.PrivateKey
		pk, err = x509.ParseECPrivateKey(der)
		k = &asymKey{key: pk}
	case "DSA PRIVATE KEY":
		var pk *dsa.PrivateKey
		pk, err = parseDSATraditional(der)
		k = &asymKey{key: pk}
	case "EC PARAMETERS":
		return nil, errSkip
	default:
		return nil, errDecode
	}
	if err != nil {
		// A wrong passphrase can still yield valid padding.
		if decrypted {
			return nil, errBadDecrypt
		}
		return nil, errDecode
	}
	return k, nil
}

// errPassphraseRequired is what node 20 on OpenSSL 3 reports for an
// encrypted key given without a passphrase (the decoder's prompt is
// cancelled).
var errPassphraseRequired = &cryptError{msg: "error:07880109:common libcrypto routines::interrupted or cancelled",
	code: "ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED", library: "common libcrypto routines", reason: "interrupted or cancelled"}

// oidRSAPSS is id-RSASSA-PSS, which Go's x509 parsers refuse; such keys
// are read as RSA and marked.
var oidRSAPSS = []byte{0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a}
var oidRSA = []byte{0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01}

// swapPSS rewrites an RSASSA-PSS AlgorithmIdentifier to rsaEncryption so
// Go can read the key (parameters are dropped: node reports them only
// in asymmetricKeyDetails, which then lacks them).
func swapPSS(der []byte) ([]byte, []byte) {
	i := bytes.Index(der, oidRSAPSS)
	if i < 0 || i > 32 {
		return der, nil
	}
	// The AlgorithmIdentifier SEQUENCE starts two bytes before the OID;
	// rebuild it as SEQUENCE { rsaEncryption, NULL }.
	seqStart := i - 2
	if seqStart < 0 || der[seqStart] != 0x30 || der[seqStart+1] >= 0x80 {
		return der, nil
	}
	seqEnd := seqStart + 2 + int(der[seqStart+1])
	return replaceAlg(der, seqStart, seqEnd, rsaEncryptionAlg), append([]byte{}, der[seqStart:seqEnd]...)
}

// rsaEncryptionAlg and pssAlg are AlgorithmIdentifiers: rsaEncryption
// with NULL parameters, and RSASSA-PSS without parameters.
var (
	rsaEncryptionAlg = append(append([]byte{0x30, 0x0d}, oidRSA...), 0x05, 0x00)
	pssDefaultAlg    = append([]byte{0x30, 0x0b}, oidRSAPSS...)
)

// replaceAlg swaps der[start:end] (an AlgorithmIdentifier directly inside
// the outer SEQUENCE, as in SPKI and PKCS#8) for alg.
func replaceAlg(der []byte, start, end int, alg []byte) []byte {
	body := append(append(append([]byte{}, der[:start]...), alg...), der[end:]...)
	return fixOuterLen(body)
}

// restorePSS puts a PSS key's own AlgorithmIdentifier back into DER that
// Go wrote with rsaEncryption.
func restorePSS(k *asymKey, der []byte) []byte {
	if !k.pss {
		return der
	}
	i := bytes.Index(der, rsaEncryptionAlg)
	if i < 0 || i > 32 {
		return der
	}
	alg := k.pssAlg
	if alg == nil {
		alg = pssDefaultAlg
	}
	return replaceAlg(der, i, i+len(rsaEncryptionAlg), alg)
}

// fixOuterLen rewrites the length of the outermost DER SEQUENCE after its
// content changed size.
func fixOuterLen(der []byte) []byte {
	if len(der) < 2 || der[0] != 0x30 {
		return der
	}
	hdr := 2
	if der[1]&0x80 != 0 {
		hdr = 2 + int(der[1]&0x7f)
	}
	content := der[hdr:]
	out := []byte{0x30}
	out = append(out, derLen(len(content))...)
	return append(out, content...)
}

func derLen(n int) []byte {
	if n < 0x80 {
		return []byte{byte(n)}
	}
	var b []byte
	for x := n; x > 0; x >>= 8 {
		b = append([]byte{byte(x)}, b...)
	}
	return append([]byte{0x80 | byte(len(b))}, b...)
}

func parsePKIX(der []byte) (*asymKey, error) {
	d, alg := swapPSS(der)
	pk, err := x509.ParsePKIXPublicKey(d)
	if err != nil {
		return nil, err
	}
	return &asymKey{key: pk, pss: alg != nil, pssAlg: alg}, nil
}

func parsePKCS8(der []byte) (*asymKey, error) {
	d, alg := swapPSS(der)
	pk, err := x509.ParsePKCS8PrivateKey(d)
	if err != nil {
		if dk, derr := parsePKCS8DSA(der); derr == nil {
			return &asymKey{key: dk}, nil
		}
		return nil, err
	}
	return &asymKey{key: pk, pss: alg != nil, pssAlg: alg}, nil
}

// exportKey encodes a key as node's export({format, type}) does; PEM
// comes back as text.
func exportKey(k *asymKey, format, typ string) ([]byte, error) {
	var der []byte
	var label string
	var err error
	if k.private() {
		switch typ {
		case "pkcs1":
			rk, ok := k.key.(*rsa.PrivateKey)
			if !ok {
				return nil, errIncompatible
			}
			der, label = x509.MarshalPKCS1PrivateKey(rk), "RSA PRIVATE KEY"
		case "sec1":
			ek, ok := k.key.(*ecdsa.PrivateKey)
			if !ok {
				return nil, errIncompatible
			}
			der, err = x509.MarshalECPrivateKey(ek)
			label = "EC PRIVATE KEY"
		default:
			if dk, ok := k.key.(*dsa.PrivateKey); ok {
				der, err = marshalPKCS8DSA(dk)
			} else {
				der, err = x509.MarshalPKCS8PrivateKey(k.key)
				der = restorePSS(k, der)
			}
			label = "PRIVATE KEY"
		}
	} else {
		switch typ {
		case "pkcs1":
			rk, ok := k.key.(*rsa.PublicKey)
			if !ok {
				return nil, errIncompatible
			}
			der, label = x509.MarshalPKCS1PublicKey(rk), "RSA PUBLIC KEY"
		default:
			if dk, ok := k.key.(*dsa.PublicKey); ok {
				der, err = marshalSPKIDSA(dk)
			} else {
				der, err = x509.MarshalPKIXPublicKey(k.key)
				der = restorePSS(k, der)
			}
			label = "PUBLIC KEY"
		}
	}
	if err != nil {
		return nil, err
	}
	if format == "der" {
		return der, nil
	}
	return pem.EncodeToMemory(&pem.Block{Type: label, Bytes: der}), nil
}

var errIncompatible = errors.New("incompatible")

// hashFor is the crypto.Hash of a digest name, 0 when Go cannot sign
// with it.
func hashFor(name string) crypto.Hash {
	alg := lookupDigest(name)
	if alg == nil {
		return 0
	}
	switch alg.name {
	case "md5":
		return crypto.MD5
	case "sha1":
		return crypto.SHA1
	case "sha224":
		return crypto.SHA224
	case "sha256":
		return crypto.SHA256
	case "sha384":
		return crypto.SHA384
	case "sha512":
		return crypto.SHA512
	case "sha512-224":
		return crypto.SHA512_224
	case "sha512-256":
		return crypto.SHA512_256
	case "sha3-224":
		return crypto.SHA3_224
	case "sha3-256":
		return crypto.SHA3_256
	case "sha3-384":
		return crypto.SHA3_384
	case "sha3-512":
		return crypto.SHA3_512
	case "ripemd160":
		return crypto.RIPEMD160
	}
	return 0
}

// rsaDetails are modulusLength and publicExponent.
func rsaPublic(k *asymKey) *rsa.PublicKey {
	switch x := k.key.(type) {
	case *rsa.PrivateKey:
		return &x.PublicKey
	case *rsa.PublicKey:
		return x
	}
	return nil
}

func ecPublic(k *asymKey) *ecdsa.PublicKey {
	switch x := k.key.(type) {
	case *ecdsa.PrivateKey:
		return &x.PublicKey
	case *ecdsa.PublicKey:
		return x
	}
	return nil
}

// keysEqual compares two keys' material.
func keysEqual(a, b *asymKey) bool {
	if a.private() != b.private() || a.kind() != b.kind() {
		return false
	}
	// crypto.PublicKey and crypto.PrivateKey are distinct named types,
	// so public and private keys have different Equal methods.
	type privEqualer interface{ Equal(crypto.PrivateKey) bool }
	type pubEqualer interface{ Equal(crypto.PublicKey) bool }
	switch e := a.key.(type) {
	case *dsa.PrivateKey:
		b, ok := b.key.(*dsa.PrivateKey)
		return ok && e.X.Cmp(b.X) == 0 && dsaPublicEqual(&e.PublicKey, &b.PublicKey)
	case *dsa.PublicKey:
		b, ok := b.key.(*dsa.PublicKey)
		return ok && dsaPublicEqual(e, b)
	case privEqualer:
		return e.Equal(b.key)
	case pubEqualer:
		return e.Equal(b.key)
	}
	return false
}

// bigBytes is x big-endian, at least size bytes long.
func bigBytes(x *big.Int, size int) []byte {
	b := x.Bytes()
	if len(b) >= size {
		return b
	}
	return append(make([]byte, size-len(b)), b...)
}

func normCurve(name string) elliptic.Curve {
	if c, ok := curveNames()[name]; ok {
		return c
	}
	return curveNames()[strings.ToLower(name)]
}

func dsaPublicEqual(a, b *dsa.PublicKey) bool {
	return a.Y.Cmp(b.Y) == 0 && a.P.Cmp(b.P) == 0 && a.Q.Cmp(b.Q) == 0 && a.G.Cmp(b.G) == 0
}
