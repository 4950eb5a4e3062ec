package net

import (
	"bytes"
	"net/netip"
	"strconv"

	"github.com/dop251/goja"
)

// An address as node's SocketAddress holds it: a family and the 16 bytes
// of the address, IPv4 ones mapped (::ffff:a.b.c.d) so that rules of one
// family can be compared with addresses of the other.
type ipAddr struct {
	v6 bool
	a  netip.Addr // as parsed: Is4 for IPv4, Is6 (maybe 4in6) for IPv6
}

func (x ipAddr) bytes16() [16]byte { return x.a.As16() }

// mapped4 reports whether an IPv6 address is IPv4-mapped (::ffff:0:0/96),
// the only IPv6 addresses node compares with IPv4 ones.
func (x ipAddr) mapped4() bool { return x.v6 && x.a.Is4In6() }

// parseSocketAddress parses address as inet_pton does for family ("ipv4"
// or "ipv6", already lower-cased): dotted quads without leading zeros for
// IPv4, IPv6 text (with an embedded IPv4 tail) without a zone for IPv6.
func parseSocketAddress(address, family string) (ipAddr, bool) {
	a, err := netip.ParseAddr(address)
	if err != nil || a.Zone() != "" {
		return ipAddr{}, false
	}
	switch family {
	case "ipv4":
		if a.Is4() {
			return ipAddr{a: a}, true
		}
	case "ipv6":
		if a.Is6() {
			return ipAddr{v6: true, a: a}, true
		}
	}
	return ipAddr{}, false
}

// String writes the address as inet_ntop does. Go and glibc agree on
// RFC 5952's form except for IPv4-compatible addresses (::a.b.c.d with a
// non-zero seventh group), which glibc writes with a dotted tail.
func (x ipAddr) String() string {
	if !x.v6 {
		return x.a.String()
	}
	b := x.a.As16()
	if !x.a.Is4In6() && bytes.Equal(b[:12], make([]byte, 12)) && (b[12] != 0 || b[13] != 0) {
		return "::" + netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}).String()
	}
	return x.a.String()
}

func (x ipAddr) familyName() string {
	if x.v6 {
		return "IPv6"
	}
	return "IPv4"
}

// compare orders a and b: -1, 0 or 1, and false when they cannot be
// compared (an IPv4 address and an IPv6 one that is not IPv4-mapped).
func compare(a, b ipAddr) (int, bool) {
	if a.v6 != b.v6 && !a.mapped4() && !b.mapped4() {
		return 0, false
	}
	x, y := a.bytes16(), b.bytes16()
	return bytes.Compare(x[:], y[:]), true
}

// inSubnet reports whether a is in network/prefix. An IPv4 network holds
// IPv4 addresses and IPv4-mapped IPv6 ones; an IPv6 network is matched
// against IPv4 addresses in their mapped form, as node's blocklist does.
func inSubnet(a, network ipAddr, prefix int) bool {
	x, y := a.bytes16(), network.bytes16()
	if !network.v6 {
		if a.v6 && !a.mapped4() {
			return false
		}
		prefix += 96
	}
	full, rest := prefix/8, prefix%8
	if !bytes.Equal(x[:full], y[:full]) {
		return false
	}
	if rest == 0 {
		return true
	}
	mask := byte(0xff << (8 - rest))
	return x[full]&mask == y[full]&mask
}

// blockRule is one rule of a BlockList: an address (hi unset), a range
// lo..hi, or a subnet lo/prefix.
type blockRule struct {
	kind   byte // 'a', 'r' or 's'
	lo, hi ipAddr
	prefix int
}

func (r blockRule) match(a ipAddr) bool {
	switch r.kind {
	case 'a':
		c, ok := compare(a, r.lo)
		return ok && c == 0
	case 'r':
		c1, ok1 := compare(a, r.lo)
		c2, ok2 := compare(a, r.hi)
		return ok1 && ok2 && c1 >= 0 && c2 <= 0
	default:
		return inSubnet(a, r.lo, r.prefix)
	}
}

func (r blockRule) String() string {
	switch r.kind {
	case 'a':
		return "Address: " + r.lo.familyName() + " " + r.lo.String()
	case 'r':
		return "Range: " + r.lo.familyName() + " " + r.lo.String() + "-" + r.hi.String()
	default:
		return "Subnet: " + r.lo.familyName() + " " + r.lo.String() + "/" + strconv.Itoa(r.prefix)
	}
}

// blockList is the Go half of net.BlockList: rules in the order they
// were added. check walks them all, which is what node does too; lists
// are short.
type blockList struct{ rules []blockRule }

func (b *blockList) check(a ipAddr) bool {
	for _, r := range b.rules {
		if r.match(a) {
			return true
		}
	}
	return false
}

// bindBlockList adds the address primitives to the binding:
// socketAddress(address, family) gives the address as node prints it or
// null when it is not one of family; newBlockList() a rule set whose
// methods take (address, family) pairs the shim has validated.
func bindBlockList(vm *goja.Runtime, b *goja.Object) {
	_ = b.Set("socketAddress", func(address, family string) goja.Value {
		a, ok := parseSocketAddress(address, family)
		if !ok {
			return goja.Null()
		}
		return vm.ToValue(a.String())
	})
	_ = b.Set("newBlockList", func() *goja.Object {
		bl := &blockList{}
		o := vm.NewObject()
		parse := func(address, family string) ipAddr {
			a, _ := parseSocketAddress(address, family)
			return a
		}
		_ = o.Set("addAddress", func(address, family string) {
			bl.rules = append(bl.rules, blockRule{kind: 'a', lo: parse(address, family)})
		})
		// addRange reports false when start comes after end.
		_ = o.Set("addRange", func(start, startFamily, end, endFamily string) bool {
			lo, hi := parse(start, startFamily), parse(end, endFamily)
			if c, ok := compare(lo, hi); ok && c > 0 {
				return false
			}
			bl.rules = append(bl.rules, blockRule{kind: 'r', lo: lo, hi: hi})
			return true
		})
		_ = o.Set("addSubnet", func(network, family string, prefix int) {
			bl.rules = append(bl.rules, blockRule{kind: 's', lo: parse(network, family), prefix: prefix})
		})
		_ = o.Set("check", func(address, family string) bool {
			a, ok := parseSocketAddress(address, family)
			return ok && bl.check(a)
		})
		// rules lists the newest first, as node does.
		_ = o.Set("rules", func() []any {
			out := make([]any, len(bl.rules))
			for i, r := range bl.rules {
				out[len(bl.rules)-1-i] = r.String()
			}
			return out
		})
		return o
	})
}
