package crypto

import (
	"crypto"
	"crypto/dsa" //nolint:staticcheck // node still offers DSA keys
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"math/big"
	"strings"

	"github.com/dop251/goja"
)

// Node's RSA padding and PSS salt-length constants.
const (
	rsaPKCS1Padding     = 1
	rsaNoPadding        = 3
	rsaPKCS1OAEPPadding = 4
	rsaPKCS1PSSPadding  = 6
	pssSaltLenDigest    = -1
	pssSaltLenMaxSign   = -2
)

func (a *api) key(v goja.Value) *asymKey {
	if k, ok := v.Export().(*asymKey); ok {
		return k
	}
	panic(a.vm.NewTypeError("not a key handle"))
}

func (a *api) optBytes(v goja.Value) []byte {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	return a.copyBytes(v)
}

// keyBinding adds the asymmetric-key primitives to the binding.
func (a *api) keyBinding() {
	vm := a.vm
	// keyParse(data, format, type, passphrase|null, private) -> handle.
	a.set("keyParse", func(call goja.FunctionCall) goja.Value {
		k, err := parseKey(a.bytes(call.Argument(0)), call.Argument(1).String(), call.Argument(2).String(),
			a.optBytes(call.Argument(3)), call.Argument(4).ToBoolean())
		if err != nil {
			a.throw(err)
		}
		return vm.ToValue(k)
	})
	// keyFromJWK(kty, fields, private) -> handle; fields hold the base64url
	// members.
	a.set("keyFromJWK", func(call goja.FunctionCall) goja.Value {
		o := call.Argument(0).ToObject(vm)
		get := func(n string) []byte {
			v := o.Get(n)
			if v == nil || goja.IsUndefined(v) {
				return nil
			}
			b, err := base64.RawURLEncoding.DecodeString(trimPad(v.String()))
			if err != nil {
				return nil
			}
			return b
		}
		str := func(n string) string {
			if v := o.Get(n); v != nil && !goja.IsUndefined(v) {
				return v.String()
			}
			return ""
		}
		k, err := keyFromJWK(str("kty"), str("crv"), get, call.Argument(1).ToBoolean())
		if err != nil {
			a.throw(err)
		}
		return vm.ToValue(k)
	})
	// keyInfo(h) -> {private, type, details}
	a.set("keyInfo", func(call goja.FunctionCall) goja.Value {
		k := a.key(call.Argument(0))
		o := vm.NewObject()
		_ = o.Set("private", k.private())
		_ = o.Set("type", k.kind())
		d := vm.NewObject()
		if rk := rsaPublic(k); rk != nil {
			_ = d.Set("modulusLength", rk.N.BitLen())
			_ = d.Set("publicExponent", vm.ToValue(big.NewInt(int64(rk.E))))
			if p := pssParams(k.pssAlg); k.pss && p != nil {
				_ = d.Set("hashAlgorithm", p.hash)
				_ = d.Set("mgf1HashAlgorithm", p.mgf1)
				_ = d.Set("saltLength", p.salt)
			}
		}
		if ek := ecPublic(k); ek != nil {
			_ = d.Set("namedCurve", curveName(ek.Curve))
		}
		if dk, ok := k.public().key.(*dsa.PublicKey); ok {
			_ = d.Set("modulusLength", dk.P.BitLen())
			_ = d.Set("divisorLength", dk.Q.BitLen())
		}
		_ = o.Set("details", d)
		return o
	})
	a.set("keyPublic", func(call goja.FunctionCall) goja.Value { return vm.ToValue(a.key(call.Argument(0)).public()) })
	a.set("keyEquals", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(keysEqual(a.key(call.Argument(0)), a.key(call.Argument(1))))
	})
	// keyExport(h, format, type, cipher|null, passphrase|null) -> bytes;
	// "incompatible" when the type does not fit the key.
	a.set("keyExport", func(call goja.FunctionCall) goja.Value {
		k := a.key(call.Argument(0))
		format, typ := call.Argument(1).String(), call.Argument(2).String()
		cipherName := call.Argument(3)
		if k.private() && !goja.IsNull(cipherName) && !goja.IsUndefined(cipherName) {
			if typ != "pkcs8" {
				// PKCS#1 and SEC1 PEM take OpenSSL's legacy encryption.
				out, err := legacyEncryptedPEM(k, typ, a.bytes(call.Argument(4)), cipherName.String())
				if err != nil {
					return vm.ToValue(err.Error())
				}
				return a.ab(out)
			}
			der, err := exportKey(k, "der", "pkcs8")
			if err == nil {
				der, err = encryptPKCS8(der, a.bytes(call.Argument(4)), cipherName.String())
			}
			if err != nil {
				return vm.ToValue(err.Error())
			}
			if format == "pem" {
				return a.ab(pemEncode("ENCRYPTED PRIVATE KEY", der))
			}
			return a.ab(der)
		}
		out, err := exportKey(k, format, typ)
		if err != nil {
			return vm.ToValue(err.Error())
		}
		return a.ab(out)
	})
	a.set("keyExportJWK", func(call goja.FunctionCall) goja.Value {
		m, err := exportJWK(a.key(call.Argument(0)))
		if err != nil {
			return vm.ToValue(err.Error())
		}
		o := vm.NewObject()
		for _, kv := range m {
			_ = o.Set(kv[0].(string), kv[1])
		}
		return o
	})
	// sign(h, digest|null, data, padding, saltLength, p1363) -> bytes.
	a.set("sign", func(call goja.FunctionCall) goja.Value {
		k := a.key(call.Argument(0))
		out, err := signData(k, digestArg(call.Argument(1)), a.bytes(call.Argument(2)),
			int(call.Argument(3).ToInteger()), int(call.Argument(4).ToInteger()), call.Argument(5).ToBoolean())
		if err != nil {
			a.throw(err)
		}
		return a.ab(out)
	})
	// verify(h, digest|null, data, sig, padding, saltLength, p1363) -> bool.
	a.set("verify", func(call goja.FunctionCall) goja.Value {
		k := a.key(call.Argument(0))
		ok, err := verifyData(k, digestArg(call.Argument(1)), a.bytes(call.Argument(2)), a.bytes(call.Argument(3)),
			int(call.Argument(4).ToInteger()), int(call.Argument(5).ToInteger()), call.Argument(6).ToBoolean())
		if err != nil {
			a.throw(err)
		}
		return vm.ToValue(ok)
	})
	// rsaCrypt(op, h, data, padding, oaepHash, oaepLabel) -> bytes.
	a.set("rsaCrypt", func(call goja.FunctionCall) goja.Value {
		out, err := rsaCrypt(call.Argument(0).String(), a.key(call.Argument(1)), a.bytes(call.Argument(2)),
			int(call.Argument(3).ToInteger()), call.Argument(4).String(), a.optBytes(call.Argument(5)))
		if err != nil {
			a.throw(err)
		}
		return a.ab(out)
	})
	// generateKeyPair(type, modulusLength, publicExponent, namedCurve, cb,
	// pss) -> [null, public, private] handles, through cb when it is a
	// function; pss ({hash, mgf1, salt}) restricts a rsa-pss key.
	a.set("generateKeyPair", func(call goja.FunctionCall) goja.Value {
		typ := call.Argument(0).String()
		bits, exp := int(call.Argument(1).ToInteger()), int(call.Argument(2).ToInteger())
		curve := call.Argument(3).String()
		cb := call.Argument(4)
		var pssAlg []byte
		if p := call.Argument(5); typ == "rsa-pss" && !goja.IsUndefined(p) && !goja.IsNull(p) {
			o := p.ToObject(vm)
			var err error
			pssAlg, err = encodePSSAlg(o.Get("hash").String(), o.Get("mgf1").String(), int(o.Get("salt").ToInteger()))
			if err != nil {
				a.throw(err)
			}
		}
		var k *asymKey
		var err error
		work := func() {
			k, err = generateKeyPair(typ, bits, exp, curve)
			if err == nil && pssAlg != nil {
				k.pssAlg = pssAlg
			}
		}
		result := func() []goja.Value {
			if err != nil {
				return []goja.Value{a.jsError(err)}
			}
			return []goja.Value{goja.Null(), vm.ToValue(k.public()), vm.ToValue(k)}
		}
		if _, ok := goja.AssertFunction(cb); ok {
			a.c.Loop.Go(work, func() { a.c.Loop.Call(cb, goja.Undefined(), result()) })
			return goja.Undefined()
		}
		work()
		return vm.ToValue(result())
	})
	// ecdh(priv, pub) -> shared secret (diffieHellman()).
	a.set("ecdh", func(call goja.FunctionCall) goja.Value {
		out, err := sharedSecret(a.key(call.Argument(0)), a.key(call.Argument(1)))
		if err != nil {
			a.throw(err)
		}
		return a.ab(out)
	})
	// ecdhKeyFromRaw(curve, bytes, private) -> handle (ECDH class).
	a.set("ecdhKeyFromRaw", func(call goja.FunctionCall) goja.Value {
		k, err := ecKeyFromRaw(call.Argument(0).String(), a.bytes(call.Argument(1)), call.Argument(2).ToBoolean())
		if err != nil {
			return goja.Null()
		}
		return vm.ToValue(k)
	})
	// ecdhRaw(h, private, compressed) -> the point or scalar bytes.
	a.set("ecdhRaw", func(call goja.FunctionCall) goja.Value {
		k := a.key(call.Argument(0))
		if call.Argument(1).ToBoolean() {
			if ek, ok := k.key.(*ecdsa.PrivateKey); ok {
				return a.ab(bigBytes(ek.D, (ek.Curve.Params().BitSize+7)/8))
			}
			if xk, ok := k.key.(*ecdh.PrivateKey); ok {
				return a.ab(xk.Bytes())
			}
			return goja.Null()
		}
		if ek := ecPublic(k); ek != nil {
			if call.Argument(2).ToBoolean() {
				return a.ab(elliptic.MarshalCompressed(ek.Curve, ek.X, ek.Y)) //nolint:staticcheck // point encoding, as node's
			}
			return a.ab(elliptic.Marshal(ek.Curve, ek.X, ek.Y)) //nolint:staticcheck // as above
		}
		if xk, ok := k.public().key.(*ecdh.PublicKey); ok {
			return a.ab(xk.Bytes())
		}
		if ed, ok := k.public().key.(ed25519.PublicKey); ok {
			return a.ab([]byte(ed))
		}
		return goja.Null()
	})
	a.set("curveOK", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(normCurve(call.Argument(0).String()) != nil)
	})
}

func legacyEncryptedPEM(k *asymKey, typ string, pass []byte, cipherName string) ([]byte, error) {
	der, err := exportKey(k, "der", typ)
	if err != nil {
		return nil, err
	}
	var alg x509.PEMCipher
	switch lookupCipher(cipherName) {
	case lookupCipher("aes-128-cbc"):
		alg = x509.PEMCipherAES128
	case lookupCipher("aes-192-cbc"):
		alg = x509.PEMCipherAES192
	case lookupCipher("aes-256-cbc"):
		alg = x509.PEMCipherAES256
	case lookupCipher("des-ede3-cbc"):
		alg = x509.PEMCipher3DES
	default:
		return nil, errPKCS8
	}
	label := "RSA PRIVATE KEY"
	if typ == "sec1" {
		label = "EC PRIVATE KEY"
	}
	b, err := x509.EncryptPEMBlock(rand.Reader, label, der, pass, alg) //nolint:staticcheck // what OpenSSL writes for these types
	if err != nil {
		return nil, err
	}
	// OpenSSL writes the IV in upper-case hex.
	if dek, ok := b.Headers["DEK-Info"]; ok {
		b.Headers["DEK-Info"] = strings.ToUpper(dek)
	}
	return pem.EncodeToMemory(b), nil
}

func digestArg(v goja.Value) string {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	return v.String()
}

func trimPad(s string) string {
	for len(s) > 0 && s[len(s)-1] == '=' {
		s = s[:len(s)-1]
	}
	return s
}

var errInvalidDigest = errors.New("Invalid digest")

func signData(k *asymKey, digest string, data []byte, padding, saltLen int, p1363 bool) ([]byte, error) {
	switch x := k.key.(type) {
	case ed25519.PrivateKey:
		return ed25519.Sign(x, data), nil
	case *rsa.PrivateKey:
		if k.pss {
			var err error
			if saltLen, err = pssCheck(k, digest, saltLen); err != nil {
				return nil, err
			}
			if p := pssParams(k.pssAlg); p != nil && digest == "" {
				digest = p.hash
			}
		}
		h, sum, err := digestOf(digest, data)
		if err != nil {
			return nil, err
		}
		if padding == rsaPKCS1PSSPadding || (k.pss && padding != rsaPKCS1Padding) {
			sl := saltLen
			switch saltLen {
			case pssSaltLenDigest:
				sl = rsa.PSSSaltLengthEqualsHash
			case pssSaltLenMaxSign, -1000:
				sl = rsa.PSSSaltLengthAuto
			}
			return rsa.SignPSS(rand.Reader, x, h, sum, &rsa.PSSOptions{SaltLength: sl})
		}
		return rsa.SignPKCS1v15(nil, x, h, sum)
	case *dsa.PrivateKey:
		_, sum, err := digestOf(digest, data)
		if err != nil {
			return nil, err
		}
		return dsaSign(x, sum, p1363)
	case *ecdsa.PrivateKey:
		_, sum, err := digestOf(digest, data)
		if err != nil {
			return nil, err
		}
		if p1363 {
			r, s, err := ecdsa.Sign(rand.Reader, x, sum)
			if err != nil {
				return nil, err
			}
			n := (x.Curve.Params().BitSize + 7) / 8
			return append(bigBytes(r, n), bigBytes(s, n)...), nil
		}
		return ecdsa.SignASN1(rand.Reader, x, sum)
	}
	return nil, &cryptError{msg: "error:03000096:digital envelope routines::operation not supported for this keytype",
		code: "ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE", library: "digital envelope routines",
		reason: "operation not supported for this keytype"}
}

func verifyData(k *asymKey, digest string, data, sig []byte, padding, saltLen int, p1363 bool) (bool, error) {
	pub := k.public()
	switch x := pub.key.(type) {
	case ed25519.PublicKey:
		return ed25519.Verify(x, data, sig), nil
	case *rsa.PublicKey:
		if k.pss {
			var err error
			if saltLen, err = pssCheck(k, digest, saltLen); err != nil {
				return false, err
			}
			if p := pssParams(k.pssAlg); p != nil && digest == "" {
				digest = p.hash
			}
		}
		h, sum, err := digestOf(digest, data)
		if err != nil {
			return false, err
		}
		if padding == rsaPKCS1PSSPadding || (k.pss && padding != rsaPKCS1Padding) {
			sl := saltLen
			if saltLen == pssSaltLenDigest {
				sl = rsa.PSSSaltLengthEqualsHash
			} else if saltLen < 0 {
				sl = rsa.PSSSaltLengthAuto
			}
			return rsa.VerifyPSS(x, h, sum, sig, &rsa.PSSOptions{SaltLength: sl}) == nil, nil
		}
		return rsa.VerifyPKCS1v15(x, h, sum, sig) == nil, nil
	case *dsa.PublicKey:
		_, sum, err := digestOf(digest, data)
		if err != nil {
			return false, err
		}
		return dsaVerify(x, sum, sig, p1363), nil
	case *ecdsa.PublicKey:
		_, sum, err := digestOf(digest, data)
		if err != nil {
			return false, err
		}
		if p1363 {
			n := (x.Curve.Params().BitSize + 7) / 8
			if len(sig) != 2*n {
				return false, nil
			}
			r, s := new(big.Int).SetBytes(sig[:n]), new(big.Int).SetBytes(sig[n:])
			return ecdsa.Verify(x, sum, r, s), nil
		}
		return ecdsa.VerifyASN1(x, sum, sig), nil
	}
	return false, &cryptError{msg: "error:03000096:digital envelope routines::operation not supported for this keytype",
		code: "ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE", library: "digital envelope routines",
		reason: "operation not supported for this keytype"}
}

// digestOf hashes data for signing; OpenSSL's default digest is SHA-256.
func digestOf(name string, data []byte) (crypto.Hash, []byte, error) {
	if name == "" {
		name = "sha256"
	}
	alg := lookupDigest(name)
	h := hashFor(name)
	if alg == nil || alg.new == nil || h == 0 {
		return 0, nil, errInvalidDigest
	}
	d := alg.new()
	d.Write(data)
	return h, d.Sum(nil), nil
}

func rsaCrypt(op string, k *asymKey, data []byte, padding int, oaepHash string, label []byte) ([]byte, error) {
	fail := func() ([]byte, error) {
		return nil, &cryptError{msg: "error:02000079:rsa routines::oaep decoding error", code: "ERR_OSSL_RSA_OAEP_DECODING_ERROR",
			library: "rsa routines", reason: "oaep decoding error"}
	}
	switch op {
	case "publicEncrypt":
		pub := rsaPublic(k)
		if pub == nil {
			return nil, errUnsupportedKey
		}
		if padding == rsaPKCS1OAEPPadding {
			h := lookupDigest(oaepHash)
			if h == nil || h.new == nil {
				return nil, errInvalidDigest
			}
			return rsa.EncryptOAEP(h.new(), rand.Reader, pub, data, label)
		}
		if padding == rsaPKCS1Padding {
			return rsa.EncryptPKCS1v15(rand.Reader, pub, data)
		}
		if padding == rsaNoPadding {
			return rawRSA(pub, data)
		}
	case "privateDecrypt":
		priv, ok := k.key.(*rsa.PrivateKey)
		if !ok {
			return nil, errUnsupportedKey
		}
		if padding == rsaPKCS1OAEPPadding {
			h := lookupDigest(oaepHash)
			if h == nil || h.new == nil {
				return nil, errInvalidDigest
			}
			out, err := rsa.DecryptOAEP(h.new(), nil, priv, data, label)
			if err != nil {
				return fail()
			}
			return out, nil
		}
		if padding == rsaPKCS1Padding {
			out, err := rsa.DecryptPKCS1v15(nil, priv, data)
			if err != nil {
				return nil, &cryptError{msg: "error:02000079:rsa routines::padding check failed", code: "ERR_OSSL_RSA_PADDING_CHECK_FAILED",
					library: "rsa routines", reason: "padding check failed"}
			}
			return out, nil
		}
	case "privateEncrypt":
		priv, ok := k.key.(*rsa.PrivateKey)
		if !ok {
			return nil, errUnsupportedKey
		}
		if padding == rsaPKCS1Padding {
			// A PKCS#1 v1.5 signature over raw data is RSA_private_encrypt.
			return rsa.SignPKCS1v15(nil, priv, 0, data)
		}
	case "publicDecrypt":
		pub := rsaPublic(k)
		if pub == nil {
			return nil, errUnsupportedKey
		}
		if padding == rsaPKCS1Padding {
			m, err := rawRSA(pub, data)
			if err != nil {
				return nil, err
			}
			// EMSA-PKCS1-v1_5 type 1: 00 01 FF.. 00 data.
			if len(m) < 11 || m[0] != 0 || m[1] != 1 {
				return fail()
			}
			i := 2
			for i < len(m) && m[i] == 0xff {
				i++
			}
			if i == len(m) || m[i] != 0 || i < 10 {
				return fail()
			}
			return m[i+1:], nil
		}
	}
	return nil, errors.New("unknown padding type")
}

// rawRSA is m^e mod n with the result as long as the modulus.
func rawRSA(pub *rsa.PublicKey, data []byte) ([]byte, error) {
	c := new(big.Int).SetBytes(data)
	if c.Cmp(pub.N) >= 0 {
		return nil, errors.New("data too large for modulus")
	}
	m := new(big.Int).Exp(c, big.NewInt(int64(pub.E)), pub.N)
	return bigBytes(m, (pub.N.BitLen()+7)/8), nil
}

func generateKeyPair(typ string, bits, exp int, curve string) (*asymKey, error) {
	switch typ {
	case "rsa", "rsa-pss":
		if exp != 65537 && exp != 0 {
			return nil, errors.New("publicExponent other than 65537 is not supported by gorun")
		}
		k, err := rsa.GenerateKey(rand.Reader, bits)
		if err != nil {
			return nil, err
		}
		return &asymKey{key: k, pss: typ == "rsa-pss"}, nil
	case "ec":
		c := normCurve(curve)
		if c == nil {
			return nil, errors.New("Invalid EC curve name")
		}
		k, err := ecdsa.GenerateKey(c, rand.Reader)
		if err != nil {
			return nil, err
		}
		return &asymKey{key: k}, nil
	case "dsa":
		k, err := generateDSA(bits, exp)
		if err != nil {
			return nil, err
		}
		return &asymKey{key: k}, nil
	case "ed25519":
		_, k, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		return &asymKey{key: k}, nil
	case "x25519":
		k, err := ecdh.X25519().GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		return &asymKey{key: k}, nil
	}
	return nil, errors.New("unsupported key type " + typ)
}

func sharedSecret(priv, pub *asymKey) ([]byte, error) {
	switch x := priv.key.(type) {
	case *ecdh.PrivateKey:
		p, ok := pub.public().key.(*ecdh.PublicKey)
		if !ok {
			return nil, errIncompatible
		}
		return x.ECDH(p)
	case *ecdsa.PrivateKey:
		p := ecPublic(pub)
		if p == nil || p.Curve != x.Curve {
			return nil, errIncompatible
		}
		xp, err := x.ECDH()
		if err != nil {
			return nil, err
		}
		pp, err := p.ECDH()
		if err != nil {
			return nil, err
		}
		return xp.ECDH(pp)
	}
	return nil, errIncompatible
}

func ecKeyFromRaw(curve string, b []byte, private bool) (*asymKey, error) {
	c := normCurve(curve)
	if c == nil {
		return nil, errors.New("bad curve")
	}
	if private {
		d := new(big.Int).SetBytes(b)
		if d.Sign() == 0 || d.Cmp(c.Params().N) >= 0 {
			return nil, errors.New("bad private key")
		}
		k := &ecdsa.PrivateKey{D: d}
		k.Curve = c
		k.X, k.Y = c.ScalarBaseMult(bigBytes(d, (c.Params().BitSize+7)/8)) //nolint:staticcheck // deriving the public point
		return &asymKey{key: k}, nil
	}
	x, y := elliptic.Unmarshal(c, b) //nolint:staticcheck // node's point formats
	if x == nil {
		x, y = elliptic.UnmarshalCompressed(c, b)
	}
	if x == nil {
		return nil, errors.New("bad point")
	}
	return &asymKey{key: &ecdsa.PublicKey{Curve: c, X: x, Y: y}}, nil
}
