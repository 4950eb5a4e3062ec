package nodeerr

import (
	"sync"
	"syscall"
)

var platformErrnos = sync.OnceValue(func() map[syscall.Errno]string {
	return map[syscall.Errno]string{
		syscall.ENONET: "ENONET", syscall.EREMOTEIO: "EREMOTEIO", syscall.ENODATA: "ENODATA", syscall.EUNATCH: "EUNATCH",
	}
})
