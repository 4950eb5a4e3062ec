package nodeerr

import "syscall"

var platformErrnos = map[syscall.Errno]string{
	syscall.ENONET: "ENONET", syscall.EREMOTEIO: "EREMOTEIO", syscall.ENODATA: "ENODATA", syscall.EUNATCH: "EUNATCH",
}
