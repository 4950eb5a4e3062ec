package crypto

import (
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"strings"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/x509text"
)

// X509Certificate's Go half: crypto/x509 parses, the text follows
// OpenSSL's as node shows it.

// nameText is a Name as node prints it: one attribute per line, in the
// certificate's order.
func nameText(n pkix.Name) string {
	var lines []string
	for _, kv := range x509text.Attributes(n) {
		lines = append(lines, kv[0]+"="+kv[1])
	}
	return strings.Join(lines, "\n")
}

func (a *api) x509Binding() {
	vm := a.vm
	cert := func(v goja.Value) *x509.Certificate {
		c, ok := v.Export().(*x509.Certificate)
		if !ok {
			panic(vm.NewTypeError("not a certificate handle"))
		}
		return c
	}
	// x509Parse(bytes) -> handle; PEM or DER.
	a.set("x509Parse", func(call goja.FunctionCall) goja.Value {
		data := a.bytes(call.Argument(0))
		if b, _ := pem.Decode(data); b != nil {
			data = b.Bytes
		}
		c, err := x509.ParseCertificate(append([]byte{}, data...))
		if err != nil {
			a.throw(&cryptError{msg: "error:0480006C:PEM routines::no start line",
				code: "ERR_OSSL_PEM_NO_START_LINE", library: "PEM routines", reason: "no start line"})
		}
		return vm.ToValue(c)
	})
	// x509Info(h) -> the certificate's fields as node names them.
	a.set("x509Info", func(call goja.FunctionCall) goja.Value {
		c := cert(call.Argument(0))
		o := vm.NewObject()
		_ = o.Set("subject", nameText(c.Subject))
		_ = o.Set("issuer", nameText(c.Issuer))
		if san, ok := x509text.SubjectAltName(c); ok {
			_ = o.Set("subjectAltName", san)
		}
		var access []string
		for _, u := range c.OCSPServer {
			access = append(access, "OCSP - URI:"+u)
		}
		for _, u := range c.IssuingCertificateURL {
			access = append(access, "CA Issuers - URI:"+u)
		}
		if len(access) > 0 {
			_ = o.Set("infoAccess", strings.Join(access, "\n"))
		}
		_ = o.Set("validFrom", x509text.Time(c.NotBefore))
		_ = o.Set("validTo", x509text.Time(c.NotAfter))
		s1, s256, s512 := sha1.Sum(c.Raw), sha256.Sum256(c.Raw), sha512.Sum512(c.Raw)
		_ = o.Set("fingerprint", x509text.ColonHex(s1[:]))
		_ = o.Set("fingerprint256", x509text.ColonHex(s256[:]))
		_ = o.Set("fingerprint512", x509text.ColonHex(s512[:]))
		serial := strings.ToUpper(c.SerialNumber.Text(16))
		if len(serial)%2 == 1 {
			serial = "0" + serial // OpenSSL prints whole bytes
		}
		_ = o.Set("serialNumber", serial)
		_ = o.Set("ca", c.BasicConstraintsValid && c.IsCA)
		if len(c.ExtKeyUsage) > 0 || len(c.UnknownExtKeyUsage) > 0 {
			var oids []string
			for _, u := range c.ExtKeyUsage {
				if oid, ok := extKeyUsageOIDs[u]; ok {
					oids = append(oids, oid)
				}
			}
			for _, u := range c.UnknownExtKeyUsage {
				oids = append(oids, u.String())
			}
			_ = o.Set("keyUsage", oids)
		}
		_ = o.Set("raw", a.ab(append([]byte{}, c.Raw...)))
		_ = o.Set("pem", string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})))
		_ = o.Set("publicKey", vm.ToValue(&asymKey{key: c.PublicKey}))
		var dns, emails, ips []string
		dns = append(dns, c.DNSNames...)
		emails = append(emails, c.EmailAddresses...)
		for _, ip := range c.IPAddresses {
			ips = append(ips, ip.String())
		}
		for _, atv := range c.Subject.Names {
			switch x509text.ShortName(atv.Type) {
			case "CN":
				_ = o.Set("cn", fmt.Sprint(atv.Value))
			case "emailAddress":
				_ = o.Set("subjectEmail", fmt.Sprint(atv.Value))
			}
		}
		_ = o.Set("dnsNames", dns)
		_ = o.Set("emails", emails)
		_ = o.Set("ips", ips)
		return o
	})
	// x509Verify(h, keyHandle) checks the signature with a public key.
	a.set("x509Verify", func(call goja.FunctionCall) goja.Value {
		c := cert(call.Argument(0))
		k := a.key(call.Argument(1)).public()
		parent := &x509.Certificate{PublicKey: k.key}
		return vm.ToValue(parent.CheckSignature(c.SignatureAlgorithm, c.RawTBSCertificate, c.Signature) == nil)
	})
	// x509Issued(h, other) reports whether other issued h.
	a.set("x509Issued", func(call goja.FunctionCall) goja.Value {
		c, issuer := cert(call.Argument(0)), cert(call.Argument(1))
		return vm.ToValue(string(c.RawIssuer) == string(issuer.RawSubject))
	})
}

var extKeyUsageOIDs = map[x509.ExtKeyUsage]string{
	x509.ExtKeyUsageAny:             "2.5.29.37.0",
	x509.ExtKeyUsageServerAuth:      "1.3.6.1.5.5.7.3.1",
	x509.ExtKeyUsageClientAuth:      "1.3.6.1.5.5.7.3.2",
	x509.ExtKeyUsageCodeSigning:     "1.3.6.1.5.5.7.3.3",
	x509.ExtKeyUsageEmailProtection: "1.3.6.1.5.5.7.3.4",
	x509.ExtKeyUsageTimeStamping:    "1.3.6.1.5.5.7.3.8",
	x509.ExtKeyUsageOCSPSigning:     "1.3.6.1.5.5.7.3.9",
}
