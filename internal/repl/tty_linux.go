package repl

import "golang.org/x/sys/unix"

// keepOutputProcessing turns output post-processing back on after
// term.MakeRaw, which clears it.
func keepOutputProcessing(fd int) {
	t, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		return
	}
	t.Oflag |= unix.OPOST | unix.ONLCR
	_ = unix.IoctlSetTermios(fd, unix.TCSETS, t)
}
