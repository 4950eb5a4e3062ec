package dns_test

import (
	"net/netip"
	"testing"

	"github.com/gorun-js/gorun/modules/dns"
)

// TestReverseName checks the PTR names reverse() queries, for both
// families (c-ares' ares_gethostbyaddr names).
func TestReverseName(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ ip, want string }{
		{"1.2.3.4", "4.3.2.1.in-addr.arpa"},
		{"10.0.0.254", "254.0.0.10.in-addr.arpa"},
		{"2001:db8::567:89ab", "b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"},
	} {
		t.Run(tc.ip, func(t *testing.T) {
			if got := dns.ReverseName(netip.MustParseAddr(tc.ip)); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}
