//go:build !unix

package os

import (
	"errors"
	"runtime"
)

func uname() (sysname, version, release, machine string) {
	return runtime.GOOS, "", "", runtime.GOARCH
}

func getPriority(pid int) (int, error) { return 0, errors.ErrUnsupported }

func setPriority(pid, prio int) error { return errors.ErrUnsupported }

type passwd struct {
	name, home, shell string
	uid, gid          int
}

func currentUser() (passwd, error) { return passwd{}, errors.ErrUnsupported }
