package crypto

import (
	"encoding/asn1"
	"errors"
)

// RSASSA-PSS key parameters (RFC 4055): the digest, MGF1 digest and
// minimum salt length a rsa-pss key is restricted to.

type pssInfo struct {
	hash, mgf1 string
	salt       int
}

var (
	oidMGF1    = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 8}
	pssHashOID = map[string]asn1.ObjectIdentifier{
		"sha1":       {1, 3, 14, 3, 2, 26},
		"sha224":     {2, 16, 840, 1, 101, 3, 4, 2, 4},
		"sha256":     {2, 16, 840, 1, 101, 3, 4, 2, 1},
		"sha384":     {2, 16, 840, 1, 101, 3, 4, 2, 2},
		"sha512":     {2, 16, 840, 1, 101, 3, 4, 2, 3},
		"sha512-224": {2, 16, 840, 1, 101, 3, 4, 2, 5},
		"sha512-256": {2, 16, 840, 1, 101, 3, 4, 2, 6},
	}
)

type pssParamsDER struct {
	Hash algID `asn1:"optional,explicit,tag:0"`
	MGF  algID `asn1:"optional,explicit,tag:1"`
	Salt int   `asn1:"optional,explicit,tag:2,default:20"`
}

func hashNameOf(oid asn1.ObjectIdentifier) string {
	for n, o := range pssHashOID {
		if o.Equal(oid) {
			return n
		}
	}
	return ""
}

// pssParams reads the parameters of a PSS AlgorithmIdentifier; nil when
// it has none (an unrestricted key).
func pssParams(alg []byte) *pssInfo {
	var a algID
	if _, err := asn1.Unmarshal(alg, &a); err != nil || len(a.Parameters.FullBytes) == 0 {
		return nil
	}
	var p pssParamsDER
	if _, err := asn1.Unmarshal(a.Parameters.FullBytes, &p); err != nil {
		return nil
	}
	info := &pssInfo{hash: "sha1", mgf1: "sha1", salt: p.Salt}
	if p.Hash.Algorithm != nil {
		info.hash = hashNameOf(p.Hash.Algorithm)
	}
	if p.MGF.Algorithm != nil {
		var h algID
		if _, err := asn1.Unmarshal(p.MGF.Parameters.FullBytes, &h); err == nil {
			info.mgf1 = hashNameOf(h.Algorithm)
		}
	}
	return info
}

var asn1Null = asn1.RawValue{FullBytes: []byte{0x05, 0x00}}

// encodePSSAlg is the AlgorithmIdentifier OpenSSL writes for a rsa-pss
// key generated with these restrictions: defaults (sha1, sha1, 20) are
// left out.
func encodePSSAlg(hash, mgf1 string, salt int) ([]byte, error) {
	var p pssParamsDER
	if hash != "sha1" {
		oid, ok := pssHashOID[hash]
		if !ok {
			return nil, errors.New("unsupported PSS digest " + hash)
		}
		p.Hash = algID{Algorithm: oid, Parameters: asn1Null}
	}
	if mgf1 != "sha1" {
		oid, ok := pssHashOID[mgf1]
		if !ok {
			return nil, errors.New("unsupported MGF1 digest " + mgf1)
		}
		inner, err := asn1.Marshal(algID{Algorithm: oid, Parameters: asn1Null})
		if err != nil {
			return nil, err
		}
		p.MGF = algID{Algorithm: oidMGF1, Parameters: asn1.RawValue{FullBytes: inner}}
	}
	p.Salt = salt
	params, err := asn1.Marshal(p)
	if err != nil {
		return nil, err
	}
	return asn1.Marshal(algID{Algorithm: asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 10},
		Parameters: asn1.RawValue{FullBytes: params}})
}

var (
	errDigestNotAllowed = osslError("1C8000AE", "digest not allowed")
	errSaltTooSmall     = osslError("1C8000AC", "pss saltlen too small")
)

// pssCheck applies a restricted key's rules to a signature's digest and
// salt length (-1000: not given), returning the salt length to use.
func pssCheck(k *asymKey, digest string, salt int) (int, error) {
	p := pssParams(k.pssAlg)
	if p == nil {
		return salt, nil
	}
	// OpenSSL checks a given salt length first, then the digest.
	if salt >= 0 && salt < p.salt {
		return 0, errSaltTooSmall
	}
	if digest == "" {
		digest = p.hash
	}
	if alg := lookupDigest(digest); alg == nil || alg.name != p.hash {
		return 0, errDigestNotAllowed
	}
	if salt == -1000 {
		return p.salt, nil
	}
	return salt, nil
}
