// Package os is Node's `os` module: https://nodejs.org/api/os.html.
// The Go binding reads the machine (uname, /proc, getpriority, the
// network interfaces, /etc/passwd) the way libuv does, so the values
// agree with node's on the same host; the JS shim (os.js) gives them
// Node's shapes, validation and errors.
package os

import (
	_ "embed"
	"encoding/binary"
	"net"
	"os"
	"runtime"
	"strconv"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr"
	"github.com/gorun-js/gorun/modules"
)

//go:embed os.js
var source string

var shim = modules.NewShim("node:os", source)

// Module declares `os`.
func Module() modules.Module {
	return modules.Module{Name: "os", Shim: shim, Binding: binding}
}

// fail fills a libuv-style context object ({errno, code, message,
// syscall}) for ERR_SYSTEM_ERROR, and returns undefined as Node's
// binding does.
func fail(ctx goja.Value, err error, syscall string) goja.Value {
	if o, ok := ctx.(*goja.Object); ok {
		code, errno, msg := nodeerr.Errno(err)
		_ = o.Set("errno", errno)
		_ = o.Set("code", code)
		_ = o.Set("message", msg)
		_ = o.Set("syscall", syscall)
	}
	return goja.Undefined()
}

func binding(c *modules.Context) (*goja.Object, error) {
	vm := c.VM
	b := vm.NewObject()
	set := func(name string, fn any) { _ = b.Set(name, fn) }

	sysname, version, release, machine := uname()
	set("info", func() []any { return []any{sysname, version, release, machine} })
	set("bigEndian", binary.NativeEndian.Uint16([]byte{0, 1}) == 1)
	set("availableParallelism", func() int { return runtime.NumCPU() })
	set("freemem", func() uint64 { return freemem() })
	set("totalmem", func() uint64 { return totalmem() })
	set("loadavg", func() []float64 { l := loadavg(); return l[:] })
	set("uptime", func(ctx goja.Value) goja.Value {
		u, err := uptime()
		if err != nil {
			return fail(ctx, err, "uv_uptime")
		}
		return vm.ToValue(u)
	})
	set("hostname", func(ctx goja.Value) goja.Value {
		h, err := os.Hostname()
		if err != nil {
			return fail(ctx, err, "uv_os_gethostname")
		}
		return vm.ToValue(h)
	})
	// cpus returns [model, speed, user, nice, sys, idle, irq, ...] flat,
	// as Node's binding does; the shim builds the objects.
	set("cpus", func() []any {
		list := cpus()
		out := make([]any, 0, 7*len(list))
		for _, c := range list {
			out = append(out, c.model, c.speed, c.user, c.nice, c.sys, c.idle, c.irq)
		}
		return out
	})
	set("getPriority", func(pid int, ctx goja.Value) goja.Value {
		p, err := getPriority(pid)
		if err != nil {
			return fail(ctx, err, "uv_os_getpriority")
		}
		return vm.ToValue(p)
	})
	set("setPriority", func(pid, prio int, ctx goja.Value) int {
		if err := setPriority(pid, prio); err != nil {
			fail(ctx, err, "uv_os_setpriority")
			return -1
		}
		return 0
	})
	// user returns [uid, gid, username, homedir, shell] from the passwd
	// database, or undefined after filling ctx.
	set("user", func(syscall string, ctx goja.Value) goja.Value {
		u, err := currentUser()
		if err != nil {
			return fail(ctx, err, syscall)
		}
		var shell any
		if u.shell != "" {
			shell = u.shell
		}
		return vm.ToValue([]any{u.uid, u.gid, u.name, u.home, shell})
	})
	set("interfaces", func(ctx goja.Value) goja.Value {
		list, err := interfaces()
		if err != nil {
			return fail(ctx, err, "uv_interface_addresses")
		}
		return vm.ToValue(list)
	})
	set("constants", func() *goja.Object { return constants(vm) })
	return b, nil
}

// interfaces lists the addresses of the interfaces that are up and
// running, flat: name, address, netmask, family, mac, internal, scopeid
// (-1 for IPv4), cidr. Like glibc's getifaddrs, which libuv walks, every IPv4
// address comes before every IPv6 one; the shim groups them by name.
func interfaces() ([]any, error) {
	ifs, err := net.Interfaces()
	if err != nil {
		return nil, err
	}
	var v4, v6 []any
	for _, ifc := range ifs {
		if ifc.Flags&net.FlagUp == 0 || ifc.Flags&net.FlagRunning == 0 {
			continue
		}
		addrs, err := ifc.Addrs()
		if err != nil {
			continue
		}
		mac := "00:00:00:00:00:00"
		if len(ifc.HardwareAddr) == 6 {
			mac = ifc.HardwareAddr.String()
		}
		internal := ifc.Flags&net.FlagLoopback != 0
		for _, a := range addrs {
			ipn, ok := a.(*net.IPNet)
			if !ok {
				continue
			}
			if ip4 := ipn.IP.To4(); ip4 != nil && len(ipn.Mask) == net.IPv4len {
				v4 = append(v4, ifc.Name, ip4.String(), net.IP(ipn.Mask).String(), "IPv4", mac, internal, -1, cidr(ip4, ipn.Mask))
				continue
			}
			mask := net.IP(ipn.Mask)
			if len(mask) == net.IPv4len {
				mask = net.IP(net.CIDRMask(96+maskOnes(ipn.Mask), 128))
			}
			scope := 0
			// glibc reports a scope id only for link-local addresses.
			if ipn.IP.IsLinkLocalUnicast() || ipn.IP.IsLinkLocalMulticast() {
				scope = ifc.Index
			}
			v6 = append(v6, ifc.Name, ipn.IP.String(), mask.String(), "IPv6", mac, internal, scope, cidr(ipn.IP, net.IPMask(mask)))
		}
	}
	return append(v4, v6...), nil
}

// cidr is "address/prefix", or null for a mask that is not a prefix.
func cidr(ip net.IP, m net.IPMask) any {
	ones, bits := m.Size()
	if bits == 0 {
		return nil
	}
	return ip.String() + "/" + strconv.Itoa(ones)
}

func maskOnes(m net.IPMask) int {
	ones, _ := m.Size()
	return ones
}
