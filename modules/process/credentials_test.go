package process

import (
	"syscall"
	"testing"

	"github.com/dop251/goja"
)

// TestErrnoError checks the C++-style errors of the credential setters
// against what node 20 throws for them (run as an unprivileged user).
func TestErrnoError(t *testing.T) {
	t.Parallel()
	tests := []struct {
		err                error
		syscall, msg, code string
		errno              int64
	}{
		{syscall.EPERM, "setgid", "EPERM, Operation not permitted", "EPERM", 1},
		{syscall.EPERM, "initgroups", "EPERM, Operation not permitted", "EPERM", 1},
		{syscall.EINVAL, "setuid", "EINVAL, Invalid argument", "EINVAL", 22},
	}
	for _, tt := range tests {
		t.Run(tt.syscall+" "+tt.code, func(t *testing.T) {
			t.Parallel()
			vm := goja.New()
			e := errnoError(vm, tt.err, tt.syscall)
			if got := e.Get("message").String(); got != tt.msg {
				t.Errorf("message %q, want %q", got, tt.msg)
			}
			if got := e.Get("code").String(); got != tt.code {
				t.Errorf("code %q, want %q", got, tt.code)
			}
			if got := e.Get("errno").ToInteger(); got != tt.errno {
				t.Errorf("errno %d, want %d", got, tt.errno)
			}
			if got := e.Get("syscall").String(); got != tt.syscall {
				t.Errorf("syscall %q, want %q", got, tt.syscall)
			}
			if keys := e.Keys(); len(keys) != 3 || keys[0] != "errno" || keys[1] != "code" || keys[2] != "syscall" {
				t.Errorf("own enumerable keys %v, want [errno code syscall]", keys)
			}
		})
	}
}
