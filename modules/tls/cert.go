package tls

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/gorun-js/gorun/internal/x509text"
)

// certInfo is the Go data behind node's certificate object; the shim
// builds the object (Buffers, null-prototype names).
func certInfo(c *x509.Certificate) map[string]any {
	s1 := sha1.Sum(c.Raw)
	s256 := sha256.Sum256(c.Raw)
	s512 := sha512.Sum512(c.Raw)
	serial := fmt.Sprintf("%X", c.SerialNumber)
	if len(serial)%2 == 1 {
		serial = "0" + serial
	}
	m := map[string]any{
		"subject":        x509text.Attributes(c.Subject),
		"issuer":         x509text.Attributes(c.Issuer),
		"ca":             c.IsCA,
		"valid_from":     x509text.Time(c.NotBefore),
		"valid_to":       x509text.Time(c.NotAfter),
		"fingerprint":    x509text.ColonHex(s1[:]),
		"fingerprint256": x509text.ColonHex(s256[:]),
		"fingerprint512": x509text.ColonHex(s512[:]),
		"serialNumber":   serial,
		"raw":            c.Raw,
	}
	if san, _ := x509text.SubjectAltName(c); san != "" {
		m["subjectaltname"] = san
	}
	if len(c.OCSPServer)+len(c.IssuingCertificateURL) > 0 {
		var ia [][]string
		for _, u := range c.OCSPServer {
			ia = append(ia, []string{"OCSP - URI", u})
		}
		for _, u := range c.IssuingCertificateURL {
			ia = append(ia, []string{"CA Issuers - URI", u})
		}
		m["infoAccess"] = ia
	}
	if pub, err := x509.MarshalPKIXPublicKey(c.PublicKey); err == nil {
		m["pubkey"] = pub
	}
	switch k := c.PublicKey.(type) {
	case *rsa.PublicKey:
		m["bits"] = k.N.BitLen()
		m["modulus"] = strings.ToUpper(k.N.Text(16))
		m["exponent"] = "0x" + big.NewInt(int64(k.E)).Text(16)
	case *ecdsa.PublicKey:
		m["bits"] = k.Curve.Params().BitSize
		name := k.Curve.Params().Name
		m["nistCurve"] = name
		m["asn1Curve"] = map[string]string{"P-256": "prime256v1", "P-384": "secp384r1", "P-521": "secp521r1"}[name]
	case ed25519.PublicKey:
		m["bits"] = 256
	}
	var eku []string
	for _, u := range c.ExtKeyUsage {
		if oid, ok := ekuOIDs[u]; ok {
			eku = append(eku, oid)
		}
	}
	for _, o := range c.UnknownExtKeyUsage {
		eku = append(eku, o.String())
	}
	if len(eku) > 0 {
		m["ext_key_usage"] = eku
	}
	return m
}

var ekuOIDs = map[x509.ExtKeyUsage]string{
	x509.ExtKeyUsageServerAuth:      "1.3.6.1.5.5.7.3.1",
	x509.ExtKeyUsageClientAuth:      "1.3.6.1.5.5.7.3.2",
	x509.ExtKeyUsageCodeSigning:     "1.3.6.1.5.5.7.3.3",
	x509.ExtKeyUsageEmailProtection: "1.3.6.1.5.5.7.3.4",
	x509.ExtKeyUsageTimeStamping:    "1.3.6.1.5.5.7.3.8",
	x509.ExtKeyUsageOCSPSigning:     "1.3.6.1.5.5.7.3.9",
}

// verifyError is OpenSSL's verify result as node reports it: code
// (X509_V_ERR_* without the prefix) and message.
type verifyError struct{ code, message string }

// Node's texts for the OpenSSL verify errors gorun can tell apart.
var verifyMessages = map[string]string{
	"DEPTH_ZERO_SELF_SIGNED_CERT":       "self-signed certificate",
	"SELF_SIGNED_CERT_IN_CHAIN":         "self-signed certificate in certificate chain",
	"UNABLE_TO_VERIFY_LEAF_SIGNATURE":   "unable to verify the first certificate",
	"UNABLE_TO_GET_ISSUER_CERT_LOCALLY": "unable to get local issuer certificate",
	"UNABLE_TO_GET_ISSUER_CERT":         "unable to get issuer certificate",
	"CERT_HAS_EXPIRED":                  "certificate has expired",
	"CERT_NOT_YET_VALID":                "certificate is not yet valid",
	"CERT_SIGNATURE_FAILURE":            "certificate signature failure",
	"INVALID_CA":                        "invalid CA certificate",
	"CERT_REJECTED":                     "certificate rejected",
}

func newVerifyError(code string) *verifyError {
	return &verifyError{code: code, message: verifyMessages[code]}
}

func selfSigned(c *x509.Certificate) bool {
	return bytes.Equal(c.RawIssuer, c.RawSubject) && c.CheckSignatureFrom(c) == nil
}

// verifyChain checks the peer's chain against roots (nil: the system's)
// without the host name, which checkServerIdentity checks in JS, as node
// does; nil means authorized.
func verifyChain(chain []*x509.Certificate, roots *x509.CertPool) *verifyError {
	_, ve := verifiedChain(chain, roots)
	return ve
}

// verifiedChain is verifyChain that also returns the chain up to the
// trusted root, which getPeerCertificate(true) walks as node does.
func verifiedChain(chain []*x509.Certificate, roots *x509.CertPool) ([]*x509.Certificate, *verifyError) {
	if len(chain) == 0 {
		return nil, newVerifyError("UNABLE_TO_GET_ISSUER_CERT")
	}
	inter := x509.NewCertPool()
	for _, c := range chain[1:] {
		inter.AddCert(c)
	}
	if roots == nil {
		var err error
		if roots, err = x509.SystemCertPool(); err != nil {
			roots = x509.NewCertPool()
		}
	}
	leaf := chain[0]
	chains, err := leaf.Verify(x509.VerifyOptions{
		Roots: roots, Intermediates: inter,
		KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny},
	})
	if err == nil {
		return chains[0], nil
	}
	var inv x509.CertificateInvalidError
	if errors.As(err, &inv) {
		switch inv.Reason {
		case x509.Expired:
			if time.Now().Before(inv.Cert.NotBefore) {
				return nil, newVerifyError("CERT_NOT_YET_VALID")
			}
			return nil, newVerifyError("CERT_HAS_EXPIRED")
		case x509.NotAuthorizedToSign:
			// OpenSSL looks for a trusted root before it checks the CA
			// flags on the way: an untrusted self-signed top wins.
			if last := chain[len(chain)-1]; len(chain) > 1 && selfSigned(last) && !trusted(last, roots) {
				return nil, newVerifyError("SELF_SIGNED_CERT_IN_CHAIN")
			}
			return nil, newVerifyError("INVALID_CA")
		}
		return nil, newVerifyError("CERT_REJECTED")
	}
	var ua x509.UnknownAuthorityError
	if errors.As(err, &ua) {
		if len(chain) == 1 && selfSigned(leaf) {
			return nil, newVerifyError("DEPTH_ZERO_SELF_SIGNED_CERT")
		}
		if last := chain[len(chain)-1]; len(chain) > 1 && selfSigned(last) {
			return nil, newVerifyError("SELF_SIGNED_CERT_IN_CHAIN")
		}
		if len(chain) == 1 {
			return nil, newVerifyError("UNABLE_TO_VERIFY_LEAF_SIGNATURE")
		}
		return nil, newVerifyError("UNABLE_TO_GET_ISSUER_CERT_LOCALLY")
	}
	return nil, &verifyError{code: "CERT_REJECTED", message: err.Error()}
}

// trusted reports whether c itself is one of roots.
func trusted(c *x509.Certificate, roots *x509.CertPool) bool {
	_, err := c.Verify(x509.VerifyOptions{Roots: roots, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}})
	return err == nil
}
