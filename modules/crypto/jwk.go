package crypto

import (
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"math/big"
)

func b64u(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

func pemEncode(label string, der []byte) []byte {
	return pem.EncodeToMemory(&pem.Block{Type: label, Bytes: der})
}

var (
	errJWKKeyType = errors.New("ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE")
	errJWKCurve   = errors.New("ERR_CRYPTO_JWK_UNSUPPORTED_CURVE")
	errJWKInvalid = errors.New("ERR_CRYPTO_INVALID_JWK")
)

// exportJWK lists a key's JWK members in node's order.
func exportJWK(k *asymKey) ([][2]any, error) {
	switch x := k.key.(type) {
	case *rsa.PrivateKey, *rsa.PublicKey:
		if k.pss {
			return nil, errJWKKeyType
		}
		pub := rsaPublic(k)
		m := [][2]any{{"kty", "RSA"}, {"n", b64u(pub.N.Bytes())}, {"e", b64u(big.NewInt(int64(pub.E)).Bytes())}}
		if p, ok := x.(*rsa.PrivateKey); ok {
			p.Precompute()
			m = append(m, [2]any{"d", b64u(p.D.Bytes())}, [2]any{"p", b64u(p.Primes[0].Bytes())},
				[2]any{"q", b64u(p.Primes[1].Bytes())}, [2]any{"dp", b64u(p.Precomputed.Dp.Bytes())},
				[2]any{"dq", b64u(p.Precomputed.Dq.Bytes())}, [2]any{"qi", b64u(p.Precomputed.Qinv.Bytes())})
		}
		return m, nil
	case *ecdsa.PrivateKey, *ecdsa.PublicKey:
		pub := ecPublic(k)
		crv := jwkCurve(pub.Curve)
		if crv == "" {
			return nil, errJWKCurve
		}
		n := (pub.Curve.Params().BitSize + 7) / 8
		m := [][2]any{{"kty", "EC"}, {"x", b64u(bigBytes(pub.X, n))}, {"y", b64u(bigBytes(pub.Y, n))}, {"crv", crv}}
		if p, ok := x.(*ecdsa.PrivateKey); ok {
			m = append(m, [2]any{"d", b64u(bigBytes(p.D, n))})
		}
		return m, nil
	case ed25519.PrivateKey:
		return [][2]any{{"crv", "Ed25519"}, {"d", b64u(x.Seed())}, {"x", b64u(x.Public().(ed25519.PublicKey))}, {"kty", "OKP"}}, nil
	case ed25519.PublicKey:
		return [][2]any{{"crv", "Ed25519"}, {"x", b64u(x)}, {"kty", "OKP"}}, nil
	case *ecdh.PrivateKey:
		return [][2]any{{"crv", "X25519"}, {"d", b64u(x.Bytes())}, {"x", b64u(x.PublicKey().Bytes())}, {"kty", "OKP"}}, nil
	case *ecdh.PublicKey:
		return [][2]any{{"crv", "X25519"}, {"x", b64u(x.Bytes())}, {"kty", "OKP"}}, nil
	}
	return nil, errJWKKeyType
}

// keyFromJWK builds a key from a JWK's members (get decodes one).
func keyFromJWK(kty, crv string, get func(string) []byte, private bool) (*asymKey, error) {
	switch kty {
	case "RSA":
		n, e := get("n"), get("e")
		if n == nil || e == nil {
			return nil, errJWKInvalid
		}
		pub := rsa.PublicKey{N: new(big.Int).SetBytes(n), E: int(new(big.Int).SetBytes(e).Int64())}
		if !private {
			return &asymKey{key: &pub}, nil
		}
		d, p, q := get("d"), get("p"), get("q")
		if d == nil || p == nil || q == nil {
			return nil, errJWKInvalid
		}
		k := &rsa.PrivateKey{PublicKey: pub, D: new(big.Int).SetBytes(d),
			Primes: []*big.Int{new(big.Int).SetBytes(p), new(big.Int).SetBytes(q)}}
		if k.Validate() != nil {
			return nil, errJWKInvalid
		}
		k.Precompute()
		return &asymKey{key: k}, nil
	case "EC":
		var c elliptic.Curve
		switch crv {
		case "P-256":
			c = elliptic.P256()
		case "P-384":
			c = elliptic.P384()
		case "P-521":
			c = elliptic.P521()
		default:
			return nil, errJWKCurve
		}
		x, y := get("x"), get("y")
		if x == nil || y == nil {
			return nil, errJWKInvalid
		}
		pub := ecdsa.PublicKey{Curve: c, X: new(big.Int).SetBytes(x), Y: new(big.Int).SetBytes(y)}
		if !c.IsOnCurve(pub.X, pub.Y) { //nolint:staticcheck // validating imported coordinates
			return nil, errJWKInvalid
		}
		if !private {
			return &asymKey{key: &pub}, nil
		}
		d := get("d")
		if d == nil {
			return nil, errJWKInvalid
		}
		return &asymKey{key: &ecdsa.PrivateKey{PublicKey: pub, D: new(big.Int).SetBytes(d)}}, nil
	case "OKP":
		x := get("x")
		switch crv {
		case "Ed25519":
			if private {
				d := get("d")
				if len(d) != ed25519.SeedSize {
					return nil, errJWKInvalid
				}
				return &asymKey{key: ed25519.NewKeyFromSeed(d)}, nil
			}
			if len(x) != ed25519.PublicKeySize {
				return nil, errJWKInvalid
			}
			return &asymKey{key: ed25519.PublicKey(x)}, nil
		case "X25519":
			if private {
				k, err := ecdh.X25519().NewPrivateKey(get("d"))
				if err != nil {
					return nil, errJWKInvalid
				}
				return &asymKey{key: k}, nil
			}
			k, err := ecdh.X25519().NewPublicKey(x)
			if err != nil {
				return nil, errJWKInvalid
			}
			return &asymKey{key: k}, nil
		}
		return nil, errJWKCurve
	}
	return nil, errJWKKeyType
}
