package net

import "testing"

// TestSocketAddressText checks parsing against inet_pton's rules and
// printing against inet_ntop's (what node's SocketAddress shows).
func TestSocketAddressText(t *testing.T) {
	for _, c := range []struct{ in, family, want string }{
		{"1.2.3.4", "ipv4", "1.2.3.4"},
		{"1.2.3.04", "ipv4", ""},
		{"1.2.3", "ipv4", ""},
		{"::1", "ipv4", ""},
		{"1.2.3.4", "ipv6", ""},
		{"0000:0::1", "ipv6", "::1"},
		{"FE80::A", "ipv6", "fe80::a"},
		{"fe80::1%eth0", "ipv6", ""},
		{"::ffff:1.2.3.4", "ipv6", "::ffff:1.2.3.4"},
		{"::1.2.3.4", "ipv6", "::1.2.3.4"},
		{"::0.0.1.2", "ipv6", "::102"},
		{"2001:0db8:0000:0000:0000:ff00:0042:8329", "ipv6", "2001:db8::ff00:42:8329"},
		{"1:0:1:1:1:1:1:1", "ipv6", "1:0:1:1:1:1:1:1"},
	} {
		a, ok := parseSocketAddress(c.in, c.family)
		got := ""
		if ok {
			got = a.String()
		}
		if got != c.want {
			t.Errorf("%s/%s: got %q, want %q", c.in, c.family, got, c.want)
		}
	}
}

func mustAddr(t *testing.T, s, family string) ipAddr {
	t.Helper()
	a, ok := parseSocketAddress(s, family)
	if !ok {
		t.Fatalf("bad address %s", s)
	}
	return a
}

// TestBlockRules checks the matching across families: IPv4 rules match
// IPv4-mapped IPv6 addresses and the other way round, IPv6 subnets see
// IPv4 addresses in mapped form, other IPv6 addresses never compare with
// IPv4 ones.
func TestBlockRules(t *testing.T) {
	var b blockList
	b.rules = []blockRule{
		{kind: 'a', lo: mustAddr(t, "1.1.1.1", "ipv4")},
		{kind: 'a', lo: mustAddr(t, "::ffff:1.1.1.2", "ipv6")},
		{kind: 'r', lo: mustAddr(t, "10.0.0.2", "ipv4"), hi: mustAddr(t, "10.0.0.10", "ipv4")},
		{kind: 'r', lo: mustAddr(t, "9.0.0.1", "ipv4"), hi: mustAddr(t, "ff::", "ipv6")},
		{kind: 's', lo: mustAddr(t, "192.168.0.0", "ipv4"), prefix: 27},
		{kind: 's', lo: mustAddr(t, "8592:757c:efaf::", "ipv6"), prefix: 51},
	}
	for _, c := range []struct {
		addr, family string
		want         bool
	}{
		{"1.1.1.1", "ipv4", true},
		{"::ffff:1.1.1.1", "ipv6", true},
		{"1.1.1.2", "ipv4", true},
		{"1.1.1.3", "ipv4", false},
		{"10.0.0.2", "ipv4", true},
		{"10.0.0.10", "ipv4", true},
		{"10.0.0.11", "ipv4", false},
		{"::ffff:a00:5", "ipv6", true},
		{"::a00:5", "ipv6", false},
		{"9.0.0.5", "ipv4", false}, // its range's ends do not compare
		{"192.168.0.31", "ipv4", true},
		{"192.168.0.32", "ipv4", false},
		{"::ffff:192.168.0.1", "ipv6", true},
		{"8592:757c:efaf:1fff:ffff:ffff:ffff:ffff", "ipv6", true},
		{"8592:757c:efaf:2000::", "ipv6", false},
	} {
		if got := b.check(mustAddr(t, c.addr, c.family)); got != c.want {
			t.Errorf("check(%s) = %v, want %v", c.addr, got, c.want)
		}
	}
	v6net := blockRule{kind: 's', lo: mustAddr(t, "::", "ipv6"), prefix: 8}
	if !v6net.match(mustAddr(t, "0.1.2.3", "ipv4")) || v6net.match(mustAddr(t, "100::1", "ipv6")) {
		t.Error("an IPv6 subnet should see IPv4 addresses in their mapped form")
	}
	if got := (blockRule{kind: 'r', lo: mustAddr(t, "1.1.1.0", "ipv4"), hi: mustAddr(t, "::ffff:1.1.1.9", "ipv6")}).String(); got != "Range: IPv4 1.1.1.0-::ffff:1.1.1.9" {
		t.Errorf("rule text %q", got)
	}
}
