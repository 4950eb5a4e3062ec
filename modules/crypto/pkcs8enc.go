package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/asn1"
	"errors"
	"hash"
)

// PKCS#8 encryption with PBES2 (RFC 8018), which is what OpenSSL 3 writes
// for export({type: 'pkcs8', cipher, passphrase}) and reads back.

var (
	oidPBES2      = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 13}
	oidPBKDF2     = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 12}
	oidHMACSHA1   = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 7}
	oidHMACSHA256 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 9}
	oidHMACSHA384 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 10}
	oidHMACSHA512 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 11}
	oidAES128CBC  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 2}
	oidAES192CBC  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 22}
	oidAES256CBC  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 42}
	oidDESEDE3CBC = asn1.ObjectIdentifier{1, 2, 840, 113549, 3, 7}
)

type algID struct {
	Algorithm  asn1.ObjectIdentifier
	Parameters asn1.RawValue `asn1:"optional"`
}

type encryptedPKI struct {
	Algo algID
	Data []byte
}

type pbes2Params struct {
	KDF    algID
	Scheme algID
}

type pbkdf2Params struct {
	Salt      []byte
	Iter      int
	KeyLength int   `asn1:"optional"`
	PRF       algID `asn1:"optional"`
}

func prfHash(oid asn1.ObjectIdentifier) func() hash.Hash {
	switch {
	case oid == nil || oid.Equal(oidHMACSHA1):
		return sha1.New
	case oid.Equal(oidHMACSHA256):
		return sha256.New
	case oid.Equal(oidHMACSHA384):
		return sha512.New384
	case oid.Equal(oidHMACSHA512):
		return sha512.New
	}
	return nil
}

func schemeCipher(oid asn1.ObjectIdentifier) (keyLen int, mk func([]byte) (cipher.Block, error)) {
	switch {
	case oid.Equal(oidAES128CBC):
		return 16, aes.NewCipher
	case oid.Equal(oidAES192CBC):
		return 24, aes.NewCipher
	case oid.Equal(oidAES256CBC):
		return 32, aes.NewCipher
	case oid.Equal(oidDESEDE3CBC):
		return 24, des.NewTripleDESCipher
	}
	return 0, nil
}

var errPKCS8 = errors.New("unsupported PKCS#8 encryption")

// isEncryptedPKCS8 reports whether der is a PBES2 EncryptedPrivateKeyInfo.
func isEncryptedPKCS8(der []byte) bool {
	var epki encryptedPKI
	_, err := asn1.Unmarshal(der, &epki)
	return err == nil && epki.Algo.Algorithm.Equal(oidPBES2)
}

func decryptPKCS8(der, pass []byte) ([]byte, error) {
	var epki encryptedPKI
	if _, err := asn1.Unmarshal(der, &epki); err != nil || !epki.Algo.Algorithm.Equal(oidPBES2) {
		return nil, errPKCS8
	}
	var p pbes2Params
	if _, err := asn1.Unmarshal(epki.Algo.Parameters.FullBytes, &p); err != nil || !p.KDF.Algorithm.Equal(oidPBKDF2) {
		return nil, errPKCS8
	}
	var kp pbkdf2Params
	if _, err := asn1.Unmarshal(p.KDF.Parameters.FullBytes, &kp); err != nil {
		return nil, errPKCS8
	}
	h := prfHash(kp.PRF.Algorithm)
	keyLen, mk := schemeCipher(p.Scheme.Algorithm)
	if h == nil || mk == nil {
		return nil, errPKCS8
	}
	var iv []byte
	if _, err := asn1.Unmarshal(p.Scheme.Parameters.FullBytes, &iv); err != nil {
		return nil, errPKCS8
	}
	key, err := pbkdf2.Key(h, string(pass), kp.Salt, kp.Iter, keyLen)
	if err != nil {
		return nil, err
	}
	b, err := mk(key)
	if err != nil || len(iv) != b.BlockSize() || len(epki.Data)%b.BlockSize() != 0 || len(epki.Data) == 0 {
		return nil, errPKCS8
	}
	out := make([]byte, len(epki.Data))
	cipher.NewCBCDecrypter(b, iv).CryptBlocks(out, epki.Data)
	n := int(out[len(out)-1])
	if n == 0 || n > b.BlockSize() {
		return nil, errPKCS8
	}
	for _, c := range out[len(out)-n:] {
		if int(c) != n {
			return nil, errPKCS8
		}
	}
	return out[:len(out)-n], nil
}

// encryptPKCS8 wraps a PKCS#8 DER with PBES2, PBKDF2-HMAC-SHA256 (2048
// iterations, as OpenSSL 3) and the named CBC cipher.
func encryptPKCS8(der, pass []byte, cipherName string) ([]byte, error) {
	var oid asn1.ObjectIdentifier
	switch lookupCipher(cipherName) {
	case lookupCipher("aes-128-cbc"):
		oid = oidAES128CBC
	case lookupCipher("aes-192-cbc"):
		oid = oidAES192CBC
	case lookupCipher("aes-256-cbc"):
		oid = oidAES256CBC
	case lookupCipher("des-ede3-cbc"):
		oid = oidDESEDE3CBC
	default:
		return nil, errPKCS8
	}
	keyLen, mk := schemeCipher(oid)
	salt := make([]byte, 16)
	_, _ = rand.Read(salt)
	key, err := pbkdf2.Key(sha256.New, string(pass), salt, 2048, keyLen)
	if err != nil {
		return nil, err
	}
	b, err := mk(key)
	if err != nil {
		return nil, err
	}
	iv := make([]byte, b.BlockSize())
	_, _ = rand.Read(iv)
	bs := b.BlockSize()
	pad := bs - len(der)%bs
	plain := append(append([]byte{}, der...), repeatByte(pad, byte(pad))...)
	ct := make([]byte, len(plain))
	cipher.NewCBCEncrypter(b, iv).CryptBlocks(ct, plain)

	ivDER, _ := asn1.Marshal(iv)
	prfNull, _ := asn1.Marshal(asn1.RawValue{Tag: asn1.TagNull})
	kdfDER, err := asn1.Marshal(pbkdf2Params{Salt: salt, Iter: 2048,
		PRF: algID{Algorithm: oidHMACSHA256, Parameters: asn1.RawValue{FullBytes: prfNull}}})
	if err != nil {
		return nil, err
	}
	paramsDER, err := asn1.Marshal(pbes2Params{
		KDF:    algID{Algorithm: oidPBKDF2, Parameters: asn1.RawValue{FullBytes: kdfDER}},
		Scheme: algID{Algorithm: oid, Parameters: asn1.RawValue{FullBytes: ivDER}},
	})
	if err != nil {
		return nil, err
	}
	return asn1.Marshal(encryptedPKI{
		Algo: algID{Algorithm: oidPBES2, Parameters: asn1.RawValue{FullBytes: paramsDER}},
		Data: ct,
	})
}

func repeatByte(n int, b byte) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = b
	}
	return out
}
