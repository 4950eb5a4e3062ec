package nodeerr_test

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"reflect"
	"runtime"
	"syscall"
	"testing"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr"
)

type errnoExpect struct {
	Errmap [][3]any              `json:"errmap"`
	FS     map[string]fsExpected `json:"fs"`
}

type fsExpected struct {
	Message string   `json:"message"`
	Code    string   `json:"code"`
	Errno   int      `json:"errno"`
	Syscall string   `json:"syscall"`
	Path    string   `json:"path"`
	Dest    string   `json:"dest"`
	Keys    []string `json:"keys"`
}

// TestErrnoTable compares the errno table with node's
// util.getSystemErrorMap() on Linux, where the numbers are the same.
func TestErrnoTable(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("errno numbers are Linux's")
	}
	var want errnoExpect
	readJSON(t, "testdata/errno.expected.json", &want)
	got := map[int][2]string{}
	for _, e := range nodeerr.ErrnoTable() {
		got[e.Errno] = [2]string{e.Code, e.Message}
	}
	for _, row := range want.Errmap {
		errno := int(row[0].(float64))
		exp := [2]string{row[1].(string), row[2].(string)}
		if got[errno] != exp {
			t.Errorf("errno %d: got %v, node %v", errno, got[errno], exp)
		}
		code, msg, ok := nodeerr.ErrnoName(errno)
		if !ok || code != exp[0] || msg != exp[1] {
			t.Errorf("ErrnoName(%d) = %s, %s, %v", errno, code, msg, ok)
		}
		if n := nodeerr.ErrnoOf(exp[0]); n != errno && exp[0] != "ENOTSUP" {
			t.Errorf("ErrnoOf(%s) = %d, want %d", exp[0], n, errno)
		}
	}
	if len(got) != len(want.Errmap) {
		t.Errorf("%d errnos, node has %d", len(got), len(want.Errmap))
	}
}

// TestSystem makes real failing calls from Go and checks the errors
// against node's for the same calls.
func TestSystem(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("expectations recorded on Linux")
	}
	var want errnoExpect
	readJSON(t, "testdata/errno.expected.json", &want)
	vm := goja.New()
	_, openErr := os.Open("/nonexistent-gorun/x")
	mkdirErr := os.Mkdir("/", 0o777)
	renameErr := os.Rename("/nonexistent-gorun/a", "/nonexistent-gorun/b")
	_, writeDirErr := os.OpenFile("/", os.O_WRONLY, 0)
	_, readdirErr := os.ReadDir("/proc/self/status")
	symlinkErr := os.Symlink("/tmp", "/")
	tests := []struct {
		name                string
		err                 error
		syscall, path, dest string
	}{
		{"open", openErr, "", "", ""},
		{"mkdir", mkdirErr, "", "", ""},
		{"rename", renameErr, "", "", ""},
		{"openDirForWrite", writeDirErr, "", "", ""},
		{"scandir", readdirErr, "scandir", "", ""},
		{"symlink", symlinkErr, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := want.FS[tt.name]
			if tt.err == nil {
				t.Fatal("the call did not fail")
			}
			obj := nodeerr.System(vm, tt.err, tt.syscall, tt.path, tt.dest)
			got := fsExpected{
				Message: obj.Get("message").String(),
				Code:    obj.Get("code").String(),
				Errno:   int(obj.Get("errno").ToInteger()),
				Syscall: obj.Get("syscall").String(),
				Keys:    obj.Keys(),
			}
			if p := obj.Get("path"); p != nil {
				got.Path = p.String()
			}
			if d := obj.Get("dest"); d != nil {
				got.Dest = d.String()
			}
			if !reflect.DeepEqual(got, w) {
				t.Errorf("got  %+v\nnode %+v", got, w)
			}
		})
	}
}

func TestErrnoClassification(t *testing.T) {
	t.Parallel()
	tests := []struct {
		err   error
		code  string
		errno int
	}{
		{syscall.ENOENT, "ENOENT", -int(syscall.ENOENT)},
		{&fs.PathError{Op: "open", Path: "/x", Err: syscall.EACCES}, "EACCES", -int(syscall.EACCES)},
		{fs.ErrNotExist, "ENOENT", -int(syscall.ENOENT)},
		{fs.ErrExist, "EEXIST", -int(syscall.EEXIST)},
		{os.ErrDeadlineExceeded, "ETIMEDOUT", -int(syscall.ETIMEDOUT)},
		{io.EOF, "EOF", -4095},
		{errors.New("odd"), "UNKNOWN", -4094},
		{syscall.Errno(4000), "UNKNOWN", -4000},
	}
	for _, tt := range tests {
		code, errno, msg := nodeerr.Errno(tt.err)
		if code != tt.code || errno != tt.errno || msg == "" {
			t.Errorf("Errno(%v) = %s, %d, %q; want %s, %d", tt.err, code, errno, msg, tt.code, tt.errno)
		}
	}
}

func TestNetworkErrors(t *testing.T) {
	t.Parallel()
	vm := goja.New()
	tests := []struct {
		err  *goja.Object
		want string
		keys []string
	}{
		{nodeerr.HostPort(vm, syscall.ECONNREFUSED, "connect", "127.0.0.1", 9, false),
			"connect ECONNREFUSED 127.0.0.1:9", []string{"errno", "code", "syscall", "address", "port"}},
		{nodeerr.HostPort(vm, syscall.EADDRINUSE, "listen", "::", 8080, true),
			"listen EADDRINUSE: address already in use :::8080", []string{"errno", "code", "syscall", "address", "port"}},
		{nodeerr.ErrnoException(vm, syscall.ENOENT, "spawn", "foo"),
			"spawn ENOENT foo", []string{"errno", "code", "syscall"}},
		{nodeerr.ErrnoException(vm, syscall.EPIPE, "write", ""),
			"write EPIPE", []string{"errno", "code", "syscall"}},
	}
	for _, tt := range tests {
		if got := tt.err.Get("message").String(); got != tt.want {
			t.Errorf("got %q want %q", got, tt.want)
		}
		if got := tt.err.Keys(); !reflect.DeepEqual(got, tt.keys) {
			t.Errorf("%s: keys %v want %v", tt.want, got, tt.keys)
		}
	}
}

func TestSystemErrorClass(t *testing.T) {
	t.Parallel()
	vm := goja.New()
	ctx, _ := vm.RunString(`({ code: 'EEXIST', syscall: 'cp', message: 'exists', errno: 17, path: '/a', dest: '/b' })`)
	err := nodeerr.New(vm, "ERR_FS_CP_EEXIST", ctx)
	_ = vm.Set("err", err)
	v, e := vm.RunString(`[String(err), err.stack.split('\n')[0], Object.keys(err).join(), err.errno, err.info.code,
		(err.syscall = 'copy', err.info.syscall)].join('|')`)
	if e != nil {
		t.Fatal(e)
	}
	const want = "SystemError [ERR_FS_CP_EEXIST]: Target already exists: cp returned EEXIST (exists) /a => /b|" +
		"SystemError [ERR_FS_CP_EEXIST]: Target already exists: cp returned EEXIST (exists) /a => /b|" +
		"code,info,errno,syscall,path,dest|17|EEXIST|copy"
	if v.String() != want {
		t.Errorf("got  %s\nwant %s", v, want)
	}
}
