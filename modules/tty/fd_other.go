//go:build !unix

package tty

import "syscall"

var (
	errInvalid = syscall.EINVAL
	errNotTTY  = syscall.Errno(25) // ENOTTY: reported by name through nodeerr
)

// Outside Unix only the runtime's stdio (fds 0-2) can back a tty stream.
func isPipeOrSocket(fd int) bool { return false }
