//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package tty

import "golang.org/x/term"

// termState is a terminal's mode before raw mode.
type termState = term.State

// makeRaw uses x/term where termios is not at hand.
func makeRaw(fd int) (*termState, error) { return term.MakeRaw(fd) }

func restore(fd int, old *termState) error { return term.Restore(fd, old) }
