package crypto

import (
	"encoding/asn1"
	"encoding/base64"
	"encoding/pem"
	"strings"

	"github.com/dop251/goja"
)

// SPKAC (Netscape's SignedPublicKeyAndChallenge), for the legacy
// Certificate class: what HTML's <keygen> sent.

type spkacDER struct {
	PKAC      asn1.RawValue
	Algorithm algID
	Signature asn1.BitString
}

type pkacDER struct {
	SPKI      asn1.RawValue
	Challenge string `asn1:"ia5"`
}

// sigDigests maps signature algorithm OIDs to the digest they use.
var sigDigests = map[string]string{
	"1.2.840.113549.1.1.4": "md5", "1.2.840.113549.1.1.5": "sha1", "1.2.840.113549.1.1.14": "sha224",
	"1.2.840.113549.1.1.11": "sha256", "1.2.840.113549.1.1.12": "sha384", "1.2.840.113549.1.1.13": "sha512",
	"1.2.840.10045.4.1": "sha1", "1.2.840.10045.4.3.1": "sha224", "1.2.840.10045.4.3.2": "sha256",
	"1.2.840.10045.4.3.3": "sha384", "1.2.840.10045.4.3.4": "sha512", "1.3.101.112": "",
}

// parseSPKAC reads base64 SPKAC text (node trims it and decodes).
func parseSPKAC(text []byte) (*spkacDER, *pkacDER, bool) {
	der, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(text)))
	if err != nil {
		return nil, nil, false
	}
	var s spkacDER
	if _, err := asn1.Unmarshal(der, &s); err != nil {
		return nil, nil, false
	}
	var p pkacDER
	if _, err := asn1.Unmarshal(s.PKAC.FullBytes, &p); err != nil {
		return nil, nil, false
	}
	return &s, &p, true
}

func (a *api) spkacBinding() {
	vm := a.vm
	// spkac(op, text): op "challenge" -> bytes, "publicKey" -> PEM bytes
	// (empty when unreadable), "verify" -> bool.
	a.set("spkac", func(call goja.FunctionCall) goja.Value {
		op := call.Argument(0).String()
		s, p, ok := parseSPKAC(a.bytes(call.Argument(1)))
		switch op {
		case "challenge":
			if !ok {
				return a.ab(nil)
			}
			return a.ab([]byte(p.Challenge))
		case "publicKey":
			if !ok {
				return a.ab(nil)
			}
			return a.ab(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: p.SPKI.FullBytes}))
		}
		if !ok {
			return vm.ToValue(false)
		}
		k, err := parsePKIX(p.SPKI.FullBytes)
		digest, known := sigDigests[s.Algorithm.Algorithm.String()]
		if err != nil || !known {
			return vm.ToValue(false)
		}
		valid, err := verifyData(k, digest, s.PKAC.FullBytes, s.Signature.Bytes, rsaPKCS1Padding, -1000, false)
		return vm.ToValue(err == nil && valid)
	})
}
