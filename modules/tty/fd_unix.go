//go:build unix

package tty

import "golang.org/x/sys/unix"

var (
	errInvalid = unix.EINVAL
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
