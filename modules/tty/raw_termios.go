//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package tty

import "golang.org/x/sys/unix"

// termState is a terminal's mode before raw mode.
type termState struct{ termios unix.Termios }

// makeRaw switches fd to libuv's UV_TTY_MODE_RAW, which node's
// setRawMode(true) uses: no echo, no line editing, no signals from keys,
// but output processing stays on (ONLCR), so '\n' still starts a line at
// column 0 — unlike x/term's MakeRaw, which turns OPOST off.
func makeRaw(fd int) (*termState, error) {
	t, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
	if err != nil {
		return nil, err
	}
	old := &termState{termios: *t}
	t.Iflag &^= unix.BRKINT | unix.ICRNL | unix.INPCK | unix.ISTRIP | unix.IXON
	t.Oflag |= unix.ONLCR
	t.Cflag |= unix.CS8
	t.Lflag &^= unix.ECHO | unix.ICANON | unix.IEXTEN | unix.ISIG
	t.Cc[unix.VMIN] = 1
	t.Cc[unix.VTIME] = 0
	// Like libuv, wait for pending output before switching (TCSADRAIN).
	if err := unix.IoctlSetTermios(fd, ioctlSetTermiosDrain, t); err != nil {
		return nil, err
	}
	return old, nil
}

// restore puts fd back in the mode makeRaw found.
func restore(fd int, old *termState) error {
	return unix.IoctlSetTermios(fd, ioctlSetTermiosDrain, &old.termios)
}
