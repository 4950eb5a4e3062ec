//go:build !linux

package nodeerr

import "syscall"

var platformErrnos = map[syscall.Errno]string{}
