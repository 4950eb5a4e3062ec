//go:build !linux

package nodeerr

import "syscall"

var platformErrnos = func() map[syscall.Errno]string { return map[syscall.Errno]string{} }
