// Package x509text prints certificate fields as OpenSSL does, which is
// how node shows them in crypto.X509Certificate and in tls's
// getPeerCertificate(): attribute short names, colon-separated hex,
// ASN1_TIME_print dates and the subjectAltName list.
package x509text

import (
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"fmt"
	"strings"
	"time"
)

// ShortName is OpenSSL's short name for an attribute type, or the dotted
// OID when it has none.
func ShortName(oid asn1.ObjectIdentifier) string {
	if k, ok := shortNames[oid.String()]; ok {
		return k
	}
	return oid.String()
}

var shortNames = map[string]string{
	"2.5.4.6": "C", "2.5.4.8": "ST", "2.5.4.7": "L", "2.5.4.10": "O", "2.5.4.11": "OU",
	"2.5.4.3": "CN", "1.2.840.113549.1.9.1": "emailAddress", "2.5.4.5": "serialNumber",
	"2.5.4.9": "street", "2.5.4.17": "postalCode", "0.9.2342.19200300.100.1.25": "DC",
	"2.5.4.4": "SN", "2.5.4.42": "GN", "2.5.4.12": "title", "0.9.2342.19200300.100.1.1": "UID",
	"2.5.4.46": "dnQualifier", "2.5.4.65": "pseudonym", "2.5.4.43": "initials",
}

// Attributes is a Name as [short name, value] pairs in the certificate's
// order.
func Attributes(n pkix.Name) [][]string {
	out := make([][]string, 0, len(n.Names))
	for _, atv := range n.Names {
		out = append(out, []string{ShortName(atv.Type), fmt.Sprint(atv.Value)})
	}
	return out
}

// ColonHex is b as upper-case hex bytes joined by ':' (fingerprints).
func ColonHex(b []byte) string {
	var sb strings.Builder
	for i, c := range b {
		if i > 0 {
			sb.WriteByte(':')
		}
		fmt.Fprintf(&sb, "%02X", c)
	}
	return sb.String()
}

// Time is ASN1_TIME_print's format (validFrom, valid_to…).
func Time(t time.Time) string { return t.UTC().Format("Jan _2 15:04:05 2006 GMT") }

var oidSAN = asn1.ObjectIdentifier{2, 5, 29, 17}

// SubjectAltName lists the certificate's SAN entries in its own order as
// OpenSSL prints them (IPv6 as eight full upper-case groups), and whether
// it has the extension.
func SubjectAltName(c *x509.Certificate) (string, bool) {
	for _, ext := range c.Extensions {
		if !ext.Id.Equal(oidSAN) {
			continue
		}
		var seq asn1.RawValue
		if _, err := asn1.Unmarshal(ext.Value, &seq); err != nil {
			return "", false
		}
		var parts []string
		rest := seq.Bytes
		for len(rest) > 0 {
			var v asn1.RawValue
			var err error
			if rest, err = asn1.Unmarshal(rest, &v); err != nil {
				break
			}
			switch v.Tag {
			case 1:
				parts = append(parts, "email:"+string(v.Bytes))
			case 2:
				parts = append(parts, "DNS:"+string(v.Bytes))
			case 6:
				parts = append(parts, "URI:"+string(v.Bytes))
			case 7:
				parts = append(parts, "IP Address:"+ipText(v.Bytes))
			}
		}
		return strings.Join(parts, ", "), true
	}
	return "", false
}

func ipText(b []byte) string {
	switch len(b) {
	case 4:
		return fmt.Sprintf("%d.%d.%d.%d", b[0], b[1], b[2], b[3])
	case 16:
		g := make([]string, 8)
		for i := range g {
			g[i] = fmt.Sprintf("%X", int(b[2*i])<<8|int(b[2*i+1]))
		}
		return strings.Join(g, ":")
	}
	return "<invalid>"
}
