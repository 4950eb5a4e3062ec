package process

import (
	"errors"
	"os/user"
	"strconv"
	"strings"
	"syscall"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr"
)

// The credential setters change the whole OS process, as Node's do: a
// uid is not something a runtime can own apart from its host. They take
// an id already validated by the shim (a uint32 or a name) and report an
// unknown name with a result code instead of throwing, so the shim raises
// ERR_UNKNOWN_CREDENTIAL with the caller's own value in the message.
//
// Results: 0 is success; 1 an unknown id (for initgroups: the user); 2
// for initgroups, an unknown extra group.
const (
	credOK         = 0
	credUnknown    = 1
	credUnknownGrp = 2
)

// lookupUID resolves a numeric id or a user name; ok is false when the
// name is unknown.
func lookupUID(id goja.Value) (int, bool) {
	if s, isStr := id.Export().(string); isStr {
		u, err := user.Lookup(s)
		if err != nil {
			return 0, false
		}
		n, err := strconv.Atoi(u.Uid)
		return n, err == nil
	}
	return int(uint32(id.ToInteger())), true
}

// lookupGID is lookupUID for groups.
func lookupGID(id goja.Value) (int, bool) {
	if s, isStr := id.Export().(string); isStr {
		g, err := user.LookupGroup(s)
		if err != nil {
			return 0, false
		}
		n, err := strconv.Atoi(g.Gid)
		return n, err == nil
	}
	return int(uint32(id.ToInteger())), true
}

// errnoError is the error Node throws from C++ for a failed credential
// call (node::ErrnoException): `EPERM, Operation not permitted` with the
// positive errno, unlike the libuv-style errors of fs.
func errnoError(vm *goja.Runtime, err error, syscallName string) *goja.Object {
	var en syscall.Errno
	if !errors.As(err, &en) {
		return vm.NewGoError(err)
	}
	code, _, _ := nodeerr.Errno(en)
	msg := en.Error()
	if msg != "" {
		// strerror capitalises its text; Go's table is lower case.
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	obj, _ := vm.New(vm.Get("Error"), vm.ToValue(code+", "+msg))
	_ = obj.Set("errno", int(en))
	_ = obj.Set("code", code)
	_ = obj.Set("syscall", syscallName)
	return obj
}

// credentialBindings adds setuid & co. to the binding object b.
func credentialBindings(vm *goja.Runtime, b *goja.Object) {
	setter := func(name string, lookup func(goja.Value) (int, bool), call func(int) error) {
		_ = b.Set(name, func(id goja.Value) int {
			n, ok := lookup(id)
			if !ok {
				return credUnknown
			}
			if err := call(n); err != nil {
				panic(errnoError(vm, err, name))
			}
			return credOK
		})
	}
	setter("setuid", lookupUID, syscall.Setuid)
	setter("seteuid", lookupUID, syscall.Seteuid)
	setter("setgid", lookupGID, syscall.Setgid)
	setter("setegid", lookupGID, syscall.Setegid)

	// setgroups returns 0, or 1 + the index of the first unknown group.
	_ = b.Set("setgroups", func(groups []goja.Value) int {
		gids := make([]int, len(groups))
		for i, g := range groups {
			n, ok := lookupGID(g)
			if !ok {
				return i + 1
			}
			gids[i] = n
		}
		if err := syscall.Setgroups(gids); err != nil {
			panic(errnoError(vm, err, "setgroups"))
		}
		return credOK
	})

	// initgroups is initgroups(3): the groups listing the user in the
	// group database, plus extraGroup. A user given by name is not looked
	// up first, as in node: an unknown name just has no groups of its own.
	_ = b.Set("initgroups", func(userID, extraGroup goja.Value) int {
		var u *user.User
		if name, isStr := userID.Export().(string); isStr {
			u, _ = user.Lookup(name)
		} else {
			var err error
			u, err = user.LookupId(strconv.FormatInt(int64(uint32(userID.ToInteger())), 10))
			if err != nil {
				return credUnknown
			}
		}
		extra, ok := lookupGID(extraGroup)
		if !ok {
			return credUnknownGrp
		}
		gids := []int{extra}
		if u != nil {
			if ids, err := u.GroupIds(); err == nil {
				for _, s := range ids {
					if n, err := strconv.Atoi(s); err == nil && n != extra {
						gids = append(gids, n)
					}
				}
			}
		}
		if err := syscall.Setgroups(gids); err != nil {
			panic(errnoError(vm, err, "initgroups"))
		}
		return credOK
	})
}
