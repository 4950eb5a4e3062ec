//go:build unix

package tty

import (
	"errors"

	"golang.org/x/sys/unix"
)

var (
	errInvalid = unix.EINVAL
	errBadFd   = unix.EBADF
	errNotTTY  = unix.ENOTTY
)

// isPipeOrSocket is what uv_guess_handle calls a pipe or a socket.
func isPipeOrSocket(fd int) bool {
	var st unix.Stat_t
	if unix.Fstat(fd, &st) != nil {
		return false
	}
	mode := st.Mode & unix.S_IFMT
	return mode == unix.S_IFIFO || mode == unix.S_IFSOCK
}

// writeFd writes all of p to a descriptor that is not one of the
// runtime's stdio streams.
func writeFd(fd int, p []byte) error {
	for len(p) > 0 {
		n, err := unix.Write(fd, p)
		if errors.Is(err, unix.EINTR) {
			continue
		}
		if err != nil {
			return err
		}
		p = p[n:]
	}
	return nil
}
