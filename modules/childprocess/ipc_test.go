package childprocess_test

import (
	"bufio"
	"bytes"
	"context"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/runtime"
)

// setupModule stands in for the start-up call the runtime makes in a
// forked child: require('ipc-setup') runs the IPC module's setup(process).
var setupModule = modules.Module{
	Name: "ipc-setup",
	Binding: func(c *modules.Context) (*goja.Object, error) {
		ipc, err := c.Require("internal/child_process/ipc")
		if err != nil {
			return nil, err
		}
		setup, _ := goja.AssertFunction(ipc.ToObject(c.VM).Get("setup"))
		if _, err := setup(goja.Undefined(), c.VM.Get("process")); err != nil {
			return nil, err
		}
		return c.VM.NewObject(), nil
	},
}

// TestChildSide runs a gorun program as a forked child: the test holds the
// parent's end of the socketpair and speaks Node's JSON-lines protocol.
func TestChildSide(t *testing.T) {
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	pf := os.NewFile(uintptr(fds[0]), "parent")
	parent, err := net.FileConn(pf)
	pf.Close()
	if err != nil {
		t.Fatal(err)
	}
	defer parent.Close()

	dir := t.TempDir()
	script := filepath.Join(dir, "child.js")
	src := `require('ipc-setup');
console.log(typeof process.send, process.connected, typeof process.channel.ref, process.env.NODE_CHANNEL_FD);
process.on('message', (m) => {
  process.send({ got: m }, () => {});
  if (m === 'bye') process.disconnect();
});
process.on('disconnect', () => console.log('disconnected', process.connected));
`
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Cwd:     dir,
		Env:     []string{"NODE_CHANNEL_FD=" + strconv.Itoa(fds[1]), "NODE_CHANNEL_SERIALIZATION_MODE=json"},
		Modules: []modules.Module{setupModule},
		Stdin:   strings.NewReader(""),
		Stdout:  &stdout,
		Stderr:  &stderr,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()

	go func() {
		_, _ = parent.Write([]byte("\"hello\"\n{\"a\":[1,null],\"s\":\"x\\ny\"}\n"))
		_, _ = parent.Write([]byte("\"bye\"\n"))
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	code, err := rt.Run(ctx, script)
	if err != nil || code != 0 {
		t.Fatalf("Run: %d %v\n%s", code, err, stderr.String())
	}
	want := "function true function undefined\ndisconnected false\n"
	if stdout.String() != want {
		t.Errorf("stdout = %q, want %q", stdout.String(), want)
	}
	_ = parent.SetReadDeadline(time.Now().Add(5 * time.Second))
	var lines []string
	sc := bufio.NewScanner(parent)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	wantLines := []string{`{"got":"hello"}`, `{"got":{"a":[1,null],"s":"x\ny"}}`, `{"got":"bye"}`}
	if strings.Join(lines, "\n") != strings.Join(wantLines, "\n") {
		t.Errorf("parent read %q, want %q", lines, wantLines)
	}
}

// TestChildUnrefedChannel checks that a child without 'message' listeners
// is not kept alive by its channel, as in Node.
func TestChildUnrefedChannel(t *testing.T) {
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(fds[0])
	var stdout bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Env:     []string{"NODE_CHANNEL_FD=" + strconv.Itoa(fds[1])},
		Modules: []modules.Module{setupModule},
		Stdin:   strings.NewReader(""),
		Stdout:  &stdout,
		Stderr:  &stdout,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	code, err := rt.RunScript(ctx, runtime.Script{Source: `require("ipc-setup"); process.send("hi"); console.log(process.connected)`})
	if err != nil || code != 0 {
		t.Fatalf("RunScript: %d %v %s", code, err, stdout.String())
	}
	if stdout.String() != "true\n" {
		t.Errorf("stdout = %q", stdout.String())
	}
	buf := make([]byte, 64)
	n, _ := syscall.Read(fds[0], buf)
	if string(buf[:n]) != "\"hi\"\n" {
		t.Errorf("parent read %q", buf[:n])
	}
}
