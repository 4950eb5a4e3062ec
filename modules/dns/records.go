package dns

import (
	"encoding/binary"
	"net/netip"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/net/dns/dnsmessage"
)

// queryTypes names node's query bindings (queryA …) by their record type.
var queryTypes = map[string]dnsmessage.Type{
	"A": dnsmessage.TypeA, "AAAA": dnsmessage.TypeAAAA, "ANY": dnsmessage.TypeALL,
	"CAA": typeCAA, "CNAME": dnsmessage.TypeCNAME, "MX": dnsmessage.TypeMX,
	"NS": dnsmessage.TypeNS, "TXT": dnsmessage.TypeTXT, "SRV": dnsmessage.TypeSRV,
	"PTR": dnsmessage.TypePTR, "NAPTR": typeNAPTR, "SOA": dnsmessage.TypeSOA,
}

// host is a name as c-ares prints it: without the root's trailing dot.
func host(n dnsmessage.Name) string { return strings.TrimSuffix(n.String(), ".") }

// obj builds a plain object with properties in the order given, which is
// the order node's cares_wrap sets them (and so inspect shows them).
func obj(vm *goja.Runtime, kv ...any) *goja.Object {
	o := vm.NewObject()
	for i := 0; i+1 < len(kv); i += 2 {
		_ = o.Set(kv[i].(string), kv[i+1])
	}
	return o
}

// records turns the answers of type t into node's result for rrtype
// (cares_wrap's Parse* functions): strings for A/AAAA/CNAME/NS/PTR
// ({address, ttl} with ttl), objects for the rest, one object for SOA,
// and typed objects for ANY. It returns ENODATA when there are none.
func records(vm *goja.Runtime, msg *dnsmessage.Message, rrtype string, ttl bool) (goja.Value, string) {
	want := queryTypes[rrtype]
	isAny := rrtype == "ANY"
	var out []any
	for _, rr := range msg.Answers {
		if !isAny && rr.Header.Type != want {
			continue
		}
		v := record(vm, rr, isAny, ttl)
		if v == nil {
			continue
		}
		if rrtype == "SOA" {
			return vm.ToValue(v), ""
		}
		out = append(out, v)
	}
	if rrtype == "SOA" || len(out) == 0 {
		return nil, codeNoData
	}
	return vm.NewArray(out...), ""
}

// record converts one answer; typed marks resolveAny's form.
func record(vm *goja.Runtime, rr dnsmessage.Resource, typed, ttl bool) any {
	tag := func(o *goja.Object, t string) *goja.Object {
		if typed {
			_ = o.Set("type", t)
		}
		return o
	}
	value := func(s, t string) any {
		if typed {
			return obj(vm, "value", s, "type", t)
		}
		return s
	}
	address := func(a netip.Addr, t string) any {
		if typed || ttl {
			return tag(obj(vm, "address", a.String(), "ttl", rr.Header.TTL), t)
		}
		return a.String()
	}
	switch b := rr.Body.(type) {
	case *dnsmessage.AResource:
		return address(netip.AddrFrom4(b.A), "A")
	case *dnsmessage.AAAAResource:
		return address(netip.AddrFrom16(b.AAAA), "AAAA")
	case *dnsmessage.CNAMEResource:
		return value(host(b.CNAME), "CNAME")
	case *dnsmessage.NSResource:
		return value(host(b.NS), "NS")
	case *dnsmessage.PTRResource:
		return value(host(b.PTR), "PTR")
	case *dnsmessage.MXResource:
		return tag(obj(vm, "exchange", host(b.MX), "priority", b.Pref), "MX")
	case *dnsmessage.TXTResource:
		chunks := make([]any, len(b.TXT))
		for i, s := range b.TXT {
			chunks[i] = s
		}
		if typed {
			return obj(vm, "entries", vm.NewArray(chunks...), "type", "TXT")
		}
		return vm.NewArray(chunks...)
	case *dnsmessage.SRVResource:
		return tag(obj(vm, "name", host(b.Target), "port", b.Port, "priority", b.Priority, "weight", b.Weight), "SRV")
	case *dnsmessage.SOAResource:
		return tag(obj(vm, "nsname", host(b.NS), "hostmaster", host(b.MBox), "serial", b.Serial,
			"refresh", b.Refresh, "retry", b.Retry, "expire", b.Expire, "minttl", b.MinTTL), "SOA")
	case *dnsmessage.UnknownResource:
		switch rr.Header.Type {
		case typeCAA:
			return caa(vm, b.Data, typed)
		case typeNAPTR:
			return naptr(vm, b.Data, typed)
		}
	}
	return nil
}

// caa parses RFC 8659's flags, tag and value; node names the value's
// property after the tag: {critical: 0, issue: 'ca.example'}.
func caa(vm *goja.Runtime, d []byte, typed bool) any {
	if len(d) < 2 || len(d) < 2+int(d[1]) {
		return nil
	}
	tagLen := int(d[1])
	o := obj(vm, "critical", int(d[0]), string(d[2:2+tagLen]), string(d[2+tagLen:]))
	if typed {
		_ = o.Set("type", "CAA")
	}
	return o
}

// naptr parses RFC 3403's order, preference, three character strings and
// an uncompressed replacement name.
func naptr(vm *goja.Runtime, d []byte, typed bool) any {
	if len(d) < 4 {
		return nil
	}
	order, pref := binary.BigEndian.Uint16(d), binary.BigEndian.Uint16(d[2:])
	d = d[4:]
	var strs [3]string
	for i := range strs {
		if len(d) < 1 || len(d) < 1+int(d[0]) {
			return nil
		}
		strs[i], d = string(d[1:1+int(d[0])]), d[1+int(d[0]):]
	}
	var labels []string
	for len(d) > 0 && d[0] != 0 {
		n := int(d[0])
		if n > 63 || len(d) < 1+n {
			return nil
		}
		labels, d = append(labels, string(d[1:1+n])), d[1+n:]
	}
	o := obj(vm, "flags", strs[0], "service", strs[1], "regexp", strs[2],
		"replacement", strings.Join(labels, "."), "order", order, "preference", pref)
	if typed {
		_ = o.Set("type", "NAPTR")
	}
	return o
}

// reverseName is the in-addr.arpa or ip6.arpa name of ip, for
// getHostByAddr.
func reverseName(ip netip.Addr) string {
	var sb strings.Builder
	if ip.Is4() {
		b := ip.As4()
		for i := 3; i >= 0; i-- {
			sb.WriteString(itoa(int(b[i])))
			sb.WriteByte('.')
		}
		sb.WriteString("in-addr.arpa")
		return sb.String()
	}
	const hex = "0123456789abcdef"
	b := ip.As16()
	for i := 15; i >= 0; i-- {
		sb.WriteByte(hex[b[i]&0xf])
		sb.WriteByte('.')
		sb.WriteByte(hex[b[i]>>4])
		sb.WriteByte('.')
	}
	sb.WriteString("ip6.arpa")
	return sb.String()
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
