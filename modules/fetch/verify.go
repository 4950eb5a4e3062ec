package fetch

import (
	"bytes"
	"crypto/x509"
	"errors"
	"net"
	"strings"
	"time"
)

// verifyError is a refused server certificate as node's cause shows it:
// OpenSSL's verify code (X509_V_ERR_* without the prefix) and node's text.
type verifyError struct{ code, message string }

func (e *verifyError) Error() string { return e.message }

// verifyChain checks the server's chain (leaf first) against the system
// roots and names the failure as OpenSSL would.
func verifyChain(chain []*x509.Certificate) error {
	if len(chain) == 0 {
		return &verifyError{"UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate"}
	}
	roots, err := x509.SystemCertPool()
	if err != nil {
		roots = x509.NewCertPool()
	}
	inter := x509.NewCertPool()
	for _, c := range chain[1:] {
		inter.AddCert(c)
	}
	leaf, last := chain[0], chain[len(chain)-1]
	_, err = leaf.Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter})
	if err == nil {
		return nil
	}
	var inv x509.CertificateInvalidError
	var ua x509.UnknownAuthorityError
	switch {
	case errors.As(err, &inv) && inv.Reason == x509.Expired:
		if time.Now().Before(inv.Cert.NotBefore) {
			return &verifyError{"CERT_NOT_YET_VALID", "certificate is not yet valid"}
		}
		return &verifyError{"CERT_HAS_EXPIRED", "certificate has expired"}
	case errors.As(err, &ua):
		switch {
		case len(chain) == 1 && selfSigned(leaf):
			return &verifyError{"DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate"}
		case len(chain) > 1 && selfSigned(last):
			return &verifyError{"SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain"}
		case len(chain) == 1:
			return &verifyError{"UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate"}
		}
		return &verifyError{"UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "unable to get local issuer certificate"}
	}
	return &verifyError{"CERT_REJECTED", err.Error()}
}

func selfSigned(c *x509.Certificate) bool {
	return bytes.Equal(c.RawIssuer, c.RawSubject) && c.CheckSignatureFrom(c) == nil
}

// checkHost is tls.checkServerIdentity's verdict with its reason text.
func checkHost(leaf *x509.Certificate, host string) error {
	if leaf.VerifyHostname(host) == nil {
		return nil
	}
	var alt []string
	for _, d := range leaf.DNSNames {
		alt = append(alt, "DNS:"+d)
	}
	var ips []string
	for _, ip := range leaf.IPAddresses {
		alt = append(alt, "IP Address:"+ip.String())
		ips = append(ips, ip.String())
	}
	reason := "Host: " + host + ". is not in the cert's altnames: " + strings.Join(alt, ", ")
	if net.ParseIP(host) != nil {
		reason = "IP: " + host + " is not in the cert's list: " + strings.Join(ips, ", ")
	}
	return &verifyError{code: "ERR_TLS_CERT_ALTNAME_INVALID", message: "Hostname/IP does not match certificate's altnames: " + reason}
}
