package tls

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"os"
	"strings"
	"sync"
)

// secureContext is the Go half of tls.SecureContext: what node keeps in
// an SSL_CTX that crypto/tls can use.
type secureContext struct {
	certs      []tls.Certificate
	roots      *x509.CertPool // nil: the system's
	minVersion uint16
	maxVersion uint16
}

// contextOptions are createSecureContext's options, normalised by the
// shim to PEM strings.
type contextOptions struct {
	CA         []string
	Certs      []string
	Keys       []string
	Passphrase []string
	MinVersion string
	MaxVersion string
}

var versions = map[string]uint16{
	"TLSv1": tls.VersionTLS10, "TLSv1.1": tls.VersionTLS11,
	"TLSv1.2": tls.VersionTLS12, "TLSv1.3": tls.VersionTLS13,
}

// cipherInfo is getCipher()'s object for a negotiated connection: the
// OpenSSL name node reports, the IANA one, and the protocol version.
func cipherInfo(st *tls.ConnectionState) map[string]any {
	name := cipherNames[st.CipherSuite]
	if name == "" {
		name = tls.CipherSuiteName(st.CipherSuite)
	}
	return map[string]any{
		"name": name, "standardName": tls.CipherSuiteName(st.CipherSuite),
		"version": versionName(st.Version),
	}
}

func versionName(v uint16) string {
	for k, x := range versions {
		if x == v {
			return k
		}
	}
	return "unknown"
}

// newSecureContext builds a context; errors carry OpenSSL-like texts
// where node's tests look at them.
func newSecureContext(o contextOptions) (*secureContext, error) {
	sc := &secureContext{minVersion: versions[o.MinVersion], maxVersion: versions[o.MaxVersion]}
	if len(o.CA) > 0 {
		sc.roots = x509.NewCertPool()
		for _, ca := range o.CA {
			sc.roots.AppendCertsFromPEM([]byte(ca))
		}
	}
	// node pairs each key with the certificate of the same type; gorun
	// pairs them by position. A key without a certificate is accepted, as
	// OpenSSL's context takes one; it serves nothing.
	for i, key := range o.Keys {
		if i >= len(o.Certs) {
			break
		}
		keyPEM, err := decryptKey(key, pick(o.Passphrase, i))
		if err != nil {
			return nil, err
		}
		c, err := tls.X509KeyPair([]byte(o.Certs[i]), keyPEM)
		if err != nil {
			if strings.Contains(err.Error(), "does not match") {
				return nil, errors.New("error:05800074:x509 certificate routines::key values mismatch")
			}
			return nil, err
		}
		sc.certs = append(sc.certs, completeChain(c, o.CA))
	}
	return sc, nil
}

// completeChain appends the intermediates from ca that the certificate's
// chain lacks, as OpenSSL builds the chain it sends from the CA store
// (a self-signed root is not sent).
func completeChain(c tls.Certificate, ca []string) tls.Certificate {
	var pool []*x509.Certificate
	for _, s := range ca {
		data := []byte(s)
		for {
			var b *pem.Block
			b, data = pem.Decode(data)
			if b == nil {
				break
			}
			if x, err := x509.ParseCertificate(b.Bytes); err == nil && !selfSigned(x) {
				pool = append(pool, x)
			}
		}
	}
	for len(c.Certificate) < 10 {
		last, err := x509.ParseCertificate(c.Certificate[len(c.Certificate)-1])
		if err != nil || selfSigned(last) {
			break
		}
		var next *x509.Certificate
		for _, x := range pool {
			if last.CheckSignatureFrom(x) == nil {
				next = x
				break
			}
		}
		if next == nil {
			break
		}
		c.Certificate = append(c.Certificate, next.Raw)
	}
	return c
}

func pick(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	if len(s) > 0 {
		return s[0]
	}
	return ""
}

// decryptKey removes legacy PEM encryption (Proc-Type: 4,ENCRYPTED) with
// the passphrase; PKCS#8-encrypted keys are not supported.
func decryptKey(key, pass string) ([]byte, error) {
	block, _ := pem.Decode([]byte(key))
	if block == nil {
		return nil, errors.New("error:1E08010C:DECODER routines::unsupported")
	}
	//lint:ignore SA1019 legacy PEM encryption is what node's fixtures use.
	if !x509.IsEncryptedPEMBlock(block) { //nolint:staticcheck
		if block.Type == "ENCRYPTED PRIVATE KEY" {
			return nil, errors.New("error:1C800064:Provider routines::bad decrypt")
		}
		return []byte(key), nil
	}
	der, err := x509.DecryptPEMBlock(block, []byte(pass)) //nolint:staticcheck
	if err != nil {
		return nil, errors.New("error:1C800064:Provider routines::bad decrypt")
	}
	return pem.EncodeToMemory(&pem.Block{Type: block.Type, Bytes: der}), nil
}

// bundlePaths are where Linux distributions and the BSDs keep the PEM
// bundle of trusted roots (crypto/x509's own list).
var bundlePaths = []string{
	"/etc/ssl/certs/ca-certificates.crt",
	"/etc/pki/tls/certs/ca-bundle.crt",
	"/etc/ssl/ca-bundle.pem",
	"/etc/pki/tls/cacert.pem",
	"/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
	"/etc/ssl/cert.pem",
}

var (
	rootsOnce sync.Once
	rootsPEM  []string
)

// rootCertificates lists the system bundle's certificates as PEM strings
// (node lists its bundled Mozilla store; Go's SystemCertPool can't be
// enumerated, so the bundle file is read instead).
func rootCertificates() []string {
	rootsOnce.Do(func() {
		for _, p := range bundlePaths {
			data, err := os.ReadFile(p)
			if err != nil {
				continue
			}
			for {
				var b *pem.Block
				b, data = pem.Decode(data)
				if b == nil {
					break
				}
				if b.Type == "CERTIFICATE" {
					rootsPEM = append(rootsPEM, strings.TrimSpace(string(pem.EncodeToMemory(&pem.Block{Type: b.Type, Bytes: b.Bytes}))))
				}
			}
			return
		}
	})
	return rootsPEM
}

// cipherNames maps Go's suites to OpenSSL's names (getCipher().name and
// getCiphers()).
var cipherNames = map[uint16]string{
	tls.TLS_AES_128_GCM_SHA256:                        "TLS_AES_128_GCM_SHA256",
	tls.TLS_AES_256_GCM_SHA384:                        "TLS_AES_256_GCM_SHA384",
	tls.TLS_CHACHA20_POLY1305_SHA256:                  "TLS_CHACHA20_POLY1305_SHA256",
	tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256:       "ECDHE-ECDSA-AES128-GCM-SHA256",
	tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256:         "ECDHE-RSA-AES128-GCM-SHA256",
	tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384:       "ECDHE-ECDSA-AES256-GCM-SHA384",
	tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384:         "ECDHE-RSA-AES256-GCM-SHA384",
	tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256: "ECDHE-ECDSA-CHACHA20-POLY1305",
	tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256:   "ECDHE-RSA-CHACHA20-POLY1305",
	tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA:          "ECDHE-ECDSA-AES128-SHA",
	tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA:            "ECDHE-RSA-AES128-SHA",
	tls.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA:          "ECDHE-ECDSA-AES256-SHA",
	tls.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA:            "ECDHE-RSA-AES256-SHA",
	tls.TLS_RSA_WITH_AES_128_GCM_SHA256:               "AES128-GCM-SHA256",
	tls.TLS_RSA_WITH_AES_256_GCM_SHA384:               "AES256-GCM-SHA384",
	tls.TLS_RSA_WITH_AES_128_CBC_SHA:                  "AES128-SHA",
	tls.TLS_RSA_WITH_AES_256_CBC_SHA:                  "AES256-SHA",
}
