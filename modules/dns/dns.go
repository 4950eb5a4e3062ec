// Package dns is Node's `dns` and `dns/promises` modules.
//
// lookup is node's getaddrinfo: Go's pure resolver (/etc/hosts, then
// /etc/resolv.conf) on the loop's worker pool. The resolve* functions
// are node's c-ares queries: a small DNS client of our own on
// golang.org/x/net/dns/dnsmessage (client.go), because Go's net.Resolver
// gives no TTLs, no SOA/CAA/NAPTR/ANY records, folds "no data" into
// "not found" and applies search domains, where c-ares does none of
// that. Each Resolver owns a channel (servers, timeout, tries, local
// address); queries run on goroutines over the netpoller, not on the
// worker pool, as c-ares does not use libuv's threads. The shims (dns.js,
// promises.js) build node's surface and errors.
package dns

import (
	"bufio"
	"context"
	_ "embed"
	"errors"
	"net"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/net/idna"

	"github.com/gorun-js/gorun/modules"
	gonet "github.com/gorun-js/gorun/modules/net"
)

//go:embed dns.js
var source string

//go:embed promises.js
var promisesSource string

var (
	shim         = modules.NewShim("node:dns", source)
	promisesShim = modules.NewShim("node:dns/promises", promisesSource)
)

// Modules declares `dns` and `dns/promises`.
func Modules() []modules.Module {
	return []modules.Module{
		{Name: "dns", Shim: shim, Binding: binding},
		{Name: "dns/promises", Shim: promisesShim},
	}
}

// libuv's getaddrinfo errnos (UV_EAI_*), which DNSException names.
const (
	eaiAgain  = -3001
	eaiNoname = -3008
	einval    = -22
)

// v4Mapped is dns.V4MAPPED: with family 6 and no IPv6 answer, IPv4
// addresses come back as ::ffff:a.b.c.d.
const v4Mapped = 8

func binding(c *modules.Context) (*goja.Object, error) {
	vm, l := c.VM, c.Loop
	b := vm.NewObject()
	set := func(name string, fn any) { _ = b.Set(name, fn) }

	// ipFamily is net.isIP without loading net's shim.
	set("ipFamily", func(call goja.FunctionCall) goja.Value {
		s, ok := call.Argument(0).Export().(string)
		if !ok {
			return vm.ToValue(0)
		}
		return vm.ToValue(gonet.IPFamily(s))
	})
	// getaddrinfo(host, family, hints, cb): cb(errno, [[address, family]…])
	// with Go's order; the shim applies node's result order.
	set("getaddrinfo", func(host string, family, hints int, cb goja.Value) {
		var ips []netip.Addr
		var err error
		l.GoCallAs("GetAddrInfoReqWrap", func() {
			ips, err = lookupIP(host, family, hints)
		}, cb, func() []goja.Value {
			if err != nil {
				return []goja.Value{vm.ToValue(lookupErrno(err)), goja.Null()}
			}
			out := make([]any, len(ips))
			for i, ip := range ips {
				f := 6
				if ip.Is4() {
					f = 4
				}
				out[i] = vm.NewArray(ip.String(), f)
			}
			return []goja.Value{vm.ToValue(0), vm.NewArray(out...)}
		})
	})
	// getnameinfo(address, port, cb): cb(errno, hostname, service).
	set("getnameinfo", func(addr string, port int, cb goja.Value) {
		var name, service string
		var errno int
		l.GoCallAs("GetNameInfoReqWrap", func() {
			name, service, errno = nameInfo(addr, port)
		}, cb, func() []goja.Value {
			return []goja.Value{vm.ToValue(errno), vm.ToValue(name), vm.ToValue(service)}
		})
	})
	set("newChannel", func(timeoutMs, tries int) *goja.Object {
		timeout := 2 * time.Second // c-ares' default when node passes -1
		if timeoutMs >= 0 {
			timeout = time.Duration(timeoutMs) * time.Millisecond
		}
		if timeoutMs == 0 {
			timeout = time.Millisecond
		}
		return channelObject(c, newChannel(timeout, tries))
	})
	return b, nil
}

// lookupIP answers getaddrinfo's question. An IP literal never reaches
// here (the shim answers it); `localhost` names that /etc/hosts lacks
// read as loopback, as glibc and RFC 6761 have them.
func lookupIP(host string, family, hints int) ([]netip.Addr, error) {
	network := "ip"
	if family == 4 {
		network = "ip4"
	} else if family == 6 && hints&v4Mapped == 0 {
		network = "ip6"
	}
	ips, err := net.DefaultResolver.LookupNetIP(context.Background(), network, toASCII(host))
	lh := strings.ToLower(strings.TrimSuffix(host, "."))
	// Only a name nothing knows falls back: glibc answers ENOTFOUND for
	// ::1 when /etc/hosts lists localhost as 127.0.0.1 alone.
	if err != nil && (lh == "localhost" || strings.HasSuffix(lh, ".localhost")) && !known(host) {
		ips, err = nil, nil
		if family != 6 {
			ips = append(ips, netip.AddrFrom4([4]byte{127, 0, 0, 1}))
		}
		if family != 4 {
			ips = append(ips, netip.IPv6Loopback())
		}
	}
	if err != nil {
		return nil, err
	}
	for i, ip := range ips {
		ips[i] = ip.Unmap()
	}
	if family == 6 && hints&v4Mapped != 0 {
		var v6 []netip.Addr
		for _, ip := range ips {
			if ip.Is6() {
				v6 = append(v6, ip)
			}
		}
		if len(v6) == 0 {
			for _, ip := range ips {
				v6 = append(v6, netip.AddrFrom16(ip.As16()))
			}
		}
		ips = v6
	}
	if len(ips) == 0 {
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	return ips, nil
}

// lookupErrno maps a Go resolver error to getaddrinfo's: a name with no
// record (or none of the family asked, Go's AddrError) is EAI_NONAME,
// anything else (timeouts, unreachable servers) EAI_AGAIN.
func lookupErrno(err error) int {
	var de *net.DNSError
	var ae *net.AddrError
	if errors.As(err, &de) && de.IsNotFound || errors.As(err, &ae) {
		return eaiNoname
	}
	return eaiAgain
}

// known reports whether host resolves in any family.
func known(host string) bool {
	_, err := net.DefaultResolver.LookupNetIP(context.Background(), "ip", host)
	return err == nil
}

// nameInfo is getnameinfo with NI_NAMEREQD, as node calls it: the
// address's name (/etc/hosts, then PTR) or EAI_NONAME/EAI_AGAIN, and the
// service name from /etc/services or else the port number.
func nameInfo(addr string, port int) (string, string, int) {
	names, err := net.DefaultResolver.LookupAddr(context.Background(), addr)
	if err != nil || len(names) == 0 {
		var de *net.DNSError
		if err == nil || errors.As(err, &de) && de.IsNotFound {
			return "", "", eaiNoname
		}
		return "", "", eaiAgain
	}
	return strings.TrimSuffix(names[0], "."), serviceName(port), 0
}

func serviceName(port int) string {
	want := strconv.Itoa(port) + "/tcp"
	if f, err := os.Open("/etc/services"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) >= 2 && fields[1] == want && !strings.HasPrefix(fields[0], "#") {
				return fields[0]
			}
		}
	}
	return strconv.Itoa(port)
}

// channelObject exposes a channel to the shim's Resolver.
func channelObject(c *modules.Context, ch *channel) *goja.Object {
	vm := c.VM
	o := vm.NewObject()
	set := func(name string, fn any) { _ = o.Set(name, fn) }
	// query(rrtype, name, ttl, cb): cb(code, result), code '' on success.
	set("query", func(rrtype, name string, ttl bool, cb goja.Value) {
		t, ok := queryTypes[rrtype]
		if !ok {
			panic(vm.NewTypeError("unknown rrtype " + rrtype))
		}
		run(c, ch, cb, func(ctx context.Context) (func() goja.Value, string) {
			if isOnion(name) {
				return nil, codeNotFound // RFC 7686, as c-ares refuses them
			}
			msg, code := ch.query(ctx, toASCII(name), t)
			if code != "" {
				return nil, code
			}
			return func() goja.Value {
				v, code := records(vm, msg, rrtype, ttl)
				if code != "" {
					return vm.ToValue(code)
				}
				return v
			}, ""
		})
	})
	// getHostByAddr(ip, cb): cb(code, names); returns -22 (EINVAL) for a
	// string that is no IP address, which the shim throws.
	set("getHostByAddr", func(ip string, cb goja.Value) int {
		a, err := netip.ParseAddr(ip)
		if err != nil {
			return einval
		}
		run(c, ch, cb, func(ctx context.Context) (func() goja.Value, string) {
			msg, code := ch.query(ctx, reverseName(a), queryTypes["PTR"])
			if code != "" {
				return nil, code
			}
			return func() goja.Value {
				v, code := records(vm, msg, "PTR", false)
				if code != "" {
					return vm.ToValue(code)
				}
				return v
			}, ""
		})
		return 0
	})
	// setServers([[ip, port]…]) reports false, changing nothing, while
	// queries are pending (c-ares' ARES_ENOTIMP, which node throws as
	// "There are pending queries."); getServers() → [[ip, port]…].
	set("setServers", func(list [][]any) bool {
		servers := make([]server, 0, len(list))
		for _, e := range list {
			ip, _ := e[0].(string)
			a, err := netip.ParseAddr(ip)
			if err != nil {
				continue
			}
			port := 53
			if len(e) > 1 {
				port = int(toInt(e[1]))
			}
			servers = append(servers, server{ip: a, port: port})
		}
		ch.mu.Lock()
		defer ch.mu.Unlock()
		if len(ch.inflight) > 0 {
			return false
		}
		ch.servers = servers
		return true
	})
	set("getServers", func() goja.Value {
		ch.mu.Lock()
		defer ch.mu.Unlock()
		out := make([]any, len(ch.servers))
		for i, s := range ch.servers {
			out[i] = vm.NewArray(s.ip.String(), s.port)
		}
		return vm.NewArray(out...)
	})
	// setLocalAddress(v4, v6) returns "" or the message of node's
	// TypeError for a bad pair (cares_wrap's SetLocalAddress): the first
	// may be of either family, the second must be IPv6.
	set("setLocalAddress", func(v4, v6 string) string {
		var a4, a6 netip.Addr
		a, err := netip.ParseAddr(v4)
		if err != nil {
			return "Invalid IP address."
		}
		if a.Is4() {
			a4 = a
		} else {
			a6 = a
		}
		if v6 != "" {
			b, err := netip.ParseAddr(v6)
			if err != nil {
				return "Invalid IP address."
			}
			if b.Is4() {
				if a4.IsValid() {
					return "Cannot specify two IPv4 addresses."
				}
				a4 = b
			} else {
				if a6.IsValid() {
					return "Cannot specify two IPv6 addresses."
				}
				a6 = b
			}
		}
		ch.mu.Lock()
		ch.local4, ch.local6 = a4, a6
		ch.mu.Unlock()
		return ""
	})
	set("cancel", ch.cancel)
	return o
}

// run performs a query on its own goroutine, holding a loop handle (a
// pending request keeps the process alive) and calls cb(code, result) on
// the loop. work returns either a c-ares code or a builder of the result
// that runs on the loop; a builder may itself yield a code (ENODATA).
func run(c *modules.Context, ch *channel, cb goja.Value, work func(context.Context) (func() goja.Value, string)) {
	vm, l := c.VM, c.Loop
	h := l.NewHandle()
	ctx, end := ch.begin()
	go func() {
		build, code := work(ctx)
		end()
		h.Post(func() {
			h.Close()
			if code != "" {
				l.Call(cb, goja.Undefined(), []goja.Value{vm.ToValue(code), goja.Undefined()})
				return
			}
			v := build()
			if s, ok := v.Export().(string); ok {
				l.Call(cb, goja.Undefined(), []goja.Value{vm.ToValue(s), goja.Undefined()})
				return
			}
			l.Call(cb, goja.Undefined(), []goja.Value{vm.ToValue(""), v})
		})
	}()
}

// toASCII is node's toASCII of a host name before lookups and queries:
// an internationalised name becomes its punycode form; one that cannot
// be converted is passed on as it is, to fail in the resolver.
func toASCII(name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] >= 0x80 {
			if a, err := idna.Lookup.ToASCII(name); err == nil {
				return a
			}
			return name
		}
	}
	return name
}

func isOnion(name string) bool {
	n := strings.ToLower(strings.TrimSuffix(name, "."))
	return n == "onion" || strings.HasSuffix(n, ".onion")
}

func toInt(v any) int64 {
	switch n := v.(type) {
	case int64:
		return n
	case float64:
		return int64(n)
	case int:
		return int64(n)
	}
	return 0
}
