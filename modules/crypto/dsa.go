package crypto

import (
	"crypto/dsa" //nolint:staticcheck // node still offers DSA keys
	"crypto/rand"
	"encoding/asn1"
	"errors"
	"math/big"
)

// DSA keys (deprecated, but node reads, writes and signs with them): Go's
// crypto/dsa does the arithmetic; the encodings Go's x509 lacks are here.

var oidDSA = asn1.ObjectIdentifier{1, 2, 840, 10040, 4, 1}

type dsaParams struct{ P, Q, G *big.Int }

type dsaTraditional struct {
	Version       int
	P, Q, G, Y, X *big.Int
}

type pkcs8DER struct {
	Version    int
	Algo       algID
	PrivateKey []byte
}

type spkiDER struct {
	Algo      algID
	PublicKey asn1.BitString
}

// parseDSATraditional reads OpenSSL's "DSA PRIVATE KEY".
func parseDSATraditional(der []byte) (*dsa.PrivateKey, error) {
	var t dsaTraditional
	if _, err := asn1.Unmarshal(der, &t); err != nil {
		return nil, err
	}
	k := &dsa.PrivateKey{X: t.X}
	k.P, k.Q, k.G, k.Y = t.P, t.Q, t.G, t.Y
	return k, nil
}

func parseDSAParams(alg algID) (dsaParams, error) {
	var p dsaParams
	if !alg.Algorithm.Equal(oidDSA) {
		return p, errors.New("not DSA")
	}
	_, err := asn1.Unmarshal(alg.Parameters.FullBytes, &p)
	return p, err
}

// parsePKCS8DSA reads a PKCS#8 DSA private key.
func parsePKCS8DSA(der []byte) (*dsa.PrivateKey, error) {
	var p8 pkcs8DER
	if _, err := asn1.Unmarshal(der, &p8); err != nil {
		return nil, err
	}
	params, err := parseDSAParams(p8.Algo)
	if err != nil {
		return nil, err
	}
	x := new(big.Int)
	if _, err := asn1.Unmarshal(p8.PrivateKey, &x); err != nil {
		return nil, err
	}
	k := &dsa.PrivateKey{X: x}
	k.P, k.Q, k.G = params.P, params.Q, params.G
	k.Y = new(big.Int).Exp(k.G, x, k.P)
	return k, nil
}

func dsaAlg(p dsa.Parameters) (algID, error) {
	params, err := asn1.Marshal(dsaParams{p.P, p.Q, p.G})
	return algID{Algorithm: oidDSA, Parameters: asn1.RawValue{FullBytes: params}}, err
}

func marshalPKCS8DSA(k *dsa.PrivateKey) ([]byte, error) {
	alg, err := dsaAlg(k.Parameters)
	if err != nil {
		return nil, err
	}
	x, err := asn1.Marshal(k.X)
	if err != nil {
		return nil, err
	}
	return asn1.Marshal(pkcs8DER{Algo: alg, PrivateKey: x})
}

func marshalSPKIDSA(k *dsa.PublicKey) ([]byte, error) {
	alg, err := dsaAlg(k.Parameters)
	if err != nil {
		return nil, err
	}
	y, err := asn1.Marshal(k.Y)
	if err != nil {
		return nil, err
	}
	return asn1.Marshal(spkiDER{Algo: alg, PublicKey: asn1.BitString{Bytes: y, BitLength: 8 * len(y)}})
}

// dsaHash truncates a digest to the subgroup's size (FIPS 186-3 4.6),
// which crypto/dsa leaves to its caller.
func dsaHash(q *big.Int, sum []byte) []byte {
	if n := (q.BitLen() + 7) / 8; len(sum) > n {
		return sum[:n]
	}
	return sum
}

type dsaSig struct{ R, S *big.Int }

func dsaSign(k *dsa.PrivateKey, sum []byte, p1363 bool) ([]byte, error) {
	r, s, err := dsa.Sign(rand.Reader, k, dsaHash(k.Q, sum))
	if err != nil {
		return nil, err
	}
	if p1363 {
		n := (k.Q.BitLen() + 7) / 8
		return append(bigBytes(r, n), bigBytes(s, n)...), nil
	}
	return asn1.Marshal(dsaSig{r, s})
}

func dsaVerify(k *dsa.PublicKey, sum, sig []byte, p1363 bool) bool {
	var ds dsaSig
	if p1363 {
		n := (k.Q.BitLen() + 7) / 8
		if len(sig) != 2*n {
			return false
		}
		ds.R, ds.S = new(big.Int).SetBytes(sig[:n]), new(big.Int).SetBytes(sig[n:])
	} else if rest, err := asn1.Unmarshal(sig, &ds); err != nil || len(rest) > 0 {
		return false
	}
	return dsa.Verify(k, dsaHash(k.Q, sum), ds.R, ds.S)
}

func generateDSA(bits, divisor int) (*dsa.PrivateKey, error) {
	if divisor <= 0 {
		switch {
		case bits < 2048:
			divisor = 160
		case bits == 2048:
			divisor = 224
		default:
			divisor = 256
		}
	}
	var sizes dsa.ParameterSizes
	switch {
	case bits == 1024 && divisor == 160:
		sizes = dsa.L1024N160
	case bits == 2048 && divisor == 224:
		sizes = dsa.L2048N224
	case bits == 2048 && divisor == 256:
		sizes = dsa.L2048N256
	case bits == 3072 && divisor == 256:
		sizes = dsa.L3072N256
	default:
		return nil, errors.New("DSA sizes other than 1024/160, 2048/224, 2048/256 and 3072/256 are not supported by gorun")
	}
	k := new(dsa.PrivateKey)
	if err := dsa.GenerateParameters(&k.Parameters, rand.Reader, sizes); err != nil {
		return nil, err
	}
	if err := dsa.GenerateKey(k, rand.Reader); err != nil {
		return nil, err
	}
	return k, nil
}
