package x509text

import (
	"crypto/x509"
	"encoding/pem"
	"os"
	"reflect"
	"testing"
)

// TestSubjectAltName: entries in the certificate's order, IPv6 in
// OpenSSL's full form. The certificate (testdata, made with openssl req
// -addext subjectAltName=IP:::1,DNS:localhost,…) prints so under node 20,
// in X509Certificate.subjectAltName and in getPeerCertificate().
func TestSubjectAltName(t *testing.T) {
	b, err := os.ReadFile("testdata/san-cert.pem")
	if err != nil {
		t.Fatal(err)
	}
	blk, _ := pem.Decode(b)
	c, err := x509.ParseCertificate(blk.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	san, ok := SubjectAltName(c)
	want := "IP Address:0:0:0:0:0:0:0:1, DNS:localhost, email:a@b.c, IP Address:127.0.0.1, URI:http://x/y, DNS:foo.test"
	if !ok || san != want {
		t.Errorf("SubjectAltName = %q, %v; want %q", san, ok, want)
	}
	if got, want := Attributes(c.Subject), [][]string{{"C", "US"}, {"O", "Test Org"}, {"CN", "localhost"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("Attributes = %v, want %v", got, want)
	}
	if got := ColonHex([]byte{0x0a, 0xff, 0}); got != "0A:FF:00" {
		t.Errorf("ColonHex = %q", got)
	}
}
