package childprocess

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/nodeerr"
	"github.com/gorun-js/gorun/modules"
)

// signalNumbers is Linux's table, as os.constants.signals lists it.
var signalNumbers = map[string]syscall.Signal{
	"SIGHUP": 1, "SIGINT": 2, "SIGQUIT": 3, "SIGILL": 4, "SIGTRAP": 5, "SIGABRT": 6, "SIGIOT": 6,
	"SIGBUS": 7, "SIGFPE": 8, "SIGKILL": 9, "SIGUSR1": 10, "SIGSEGV": 11, "SIGUSR2": 12,
	"SIGPIPE": 13, "SIGALRM": 14, "SIGTERM": 15, "SIGSTKFLT": 16, "SIGCHLD": 17, "SIGCONT": 18,
	"SIGSTOP": 19, "SIGTSTP": 20, "SIGTTIN": 21, "SIGTTOU": 22, "SIGURG": 23, "SIGXCPU": 24,
	"SIGXFSZ": 25, "SIGVTALRM": 26, "SIGPROF": 27, "SIGWINCH": 28, "SIGIO": 29, "SIGPOLL": 29,
	"SIGPWR": 30, "SIGSYS": 31,
}

// signalName names a signal as Node reports it in 'exit' (the first of
// aliases such as SIGABRT/SIGIOT, as libuv's table does).
func signalName(s syscall.Signal) string {
	best := ""
	for name, num := range signalNumbers {
		if num == s && (best == "" || name < best) && name != "SIGIOT" && name != "SIGPOLL" {
			best = name
		}
	}
	return best
}

// stdioSpec is one normalised entry of the stdio option, decided by the
// shim: "pipe", "ignore", "inherit", "fd" (an open descriptor) or "ipc".
type stdioSpec struct {
	kind string
	fd   int
	// file is another child's pipe end handed over (kind "file"): a
	// child's stdout given as this one's stdin.
	file *os.File
}

// command is what spawn and spawnSync share: the options read from the
// shim's normalised object.
type command struct {
	file     string
	args     []string
	cwd      string
	env      []string
	detached bool
	uid, gid int
	hasUID   bool
	hasGID   bool
	stdio    []stdioSpec
}

func readCommand(vm *goja.Runtime, o *goja.Object) *command {
	c := &command{
		file: o.Get("file").String(),
		cwd:  o.Get("cwd").String(),
	}
	_ = vm.ExportTo(o.Get("args"), &c.args)
	_ = vm.ExportTo(o.Get("envPairs"), &c.env)
	c.detached = o.Get("detached").ToBoolean()
	if v := o.Get("uid"); v != nil && !goja.IsUndefined(v) {
		c.uid, c.hasUID = int(v.ToInteger()), true
	}
	if v := o.Get("gid"); v != nil && !goja.IsUndefined(v) {
		c.gid, c.hasGID = int(v.ToInteger()), true
	}
	if st, ok := o.Get("stdio").(*goja.Object); ok {
		n := int(st.Get("length").ToInteger())
		for i := 0; i < n; i++ {
			e := st.Get(itoa(i)).ToObject(vm)
			spec := stdioSpec{kind: e.Get("type").String()}
			if v := e.Get("file"); v != nil {
				if f, ok := v.Export().(*os.File); ok {
					spec.file = f
				}
			}
			if v := e.Get("fd"); v != nil && !goja.IsUndefined(v) {
				spec.fd = int(v.ToInteger())
			}
			c.stdio = append(c.stdio, spec)
		}
	}
	return c
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// lookPath finds file as libuv's execvp does: through the PATH of the
// child's environment when the name has no slash, relative to the
// child's cwd otherwise.
func (c *command) lookPath() (string, error) {
	if strings.Contains(c.file, "/") {
		p := c.file
		if !filepath.IsAbs(p) {
			p = filepath.Join(c.cwd, p)
		}
		return p, nil
	}
	path := "/usr/local/bin:/usr/bin:/bin"
	for _, kv := range c.env {
		if strings.HasPrefix(kv, "PATH=") {
			path = kv[5:]
		}
	}
	var firstErr error = syscall.ENOENT
	for _, dir := range filepath.SplitList(path) {
		if dir == "" {
			dir = "."
		}
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(c.cwd, dir)
		}
		p := filepath.Join(dir, c.file)
		fi, err := os.Stat(p)
		if err != nil || fi.IsDir() {
			continue
		}
		if fi.Mode()&0o111 == 0 {
			firstErr = syscall.EACCES
			continue
		}
		return p, nil
	}
	return "", firstErr
}

// build makes the exec.Cmd; the caller fills in stdio.
func (c *command) build() (*exec.Cmd, error) {
	if fi, err := os.Stat(c.cwd); err != nil || !fi.IsDir() {
		// libuv reports a bad cwd as the spawn's ENOENT.
		return nil, syscall.ENOENT
	}
	path, err := c.lookPath()
	if err != nil {
		return nil, err
	}
	cmd := &exec.Cmd{Path: path, Args: c.args, Dir: c.cwd, Env: c.env}
	// When the runtime's stdio is not a file (an embedder's reader or
	// writer), exec copies it through a pipe and Wait waits for that copy;
	// a stdin that never ends would hold back 'exit' forever.
	cmd.WaitDelay = time.Second
	if cmd.Env == nil {
		cmd.Env = []string{}
	}
	attr := &syscall.SysProcAttr{Setsid: c.detached}
	if c.hasUID || c.hasGID {
		cred := &syscall.Credential{Uid: uint32(os.Getuid()), Gid: uint32(os.Getgid()), NoSetGroups: true}
		if c.hasUID {
			cred.Uid = uint32(c.uid)
		}
		if c.hasGID {
			cred.Gid = uint32(c.gid)
		}
		attr.Credential = cred
	}
	cmd.SysProcAttr = attr
	return cmd, nil
}

// errnoOf is the negative errno Node reports for a failed start.
func errnoOf(err error) int {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var ee *exec.Error
	if errors.As(err, &ee) {
		err = ee.Err
	}
	_, n, _ := nodeerr.Errno(err)
	return n
}

// inheritFile returns the runtime's own stream for fd 0–2 when it is a
// file, so the child shares it directly; otherwise the reader or writer,
// which exec copies through a pipe.
func inheritStream(h *modules.Host, fd int) any {
	switch fd {
	case 0:
		if h.Stdin == nil {
			return nil
		}
		return h.Stdin
	case 1:
		if h.Stdout == nil {
			return nil
		}
		return h.Stdout
	case 2:
		if h.Stderr == nil {
			return nil
		}
		return h.Stderr
	}
	return nil
}

// dupFile returns a copy of the runtime's descriptor fd for a child: an
// *os.File made straight from fd would close it when collected.
func dupFile(fd int) (*os.File, error) {
	syscall.ForkLock.RLock()
	nfd, err := syscall.Dup(fd)
	if err == nil {
		syscall.CloseOnExec(nfd)
	}
	syscall.ForkLock.RUnlock()
	if err != nil {
		return nil, err
	}
	return os.NewFile(uintptr(nfd), "fd"), nil
}

// setStd assigns one of the child's first three descriptors.
func setStd(cmd *exec.Cmd, i int, v any) {
	switch i {
	case 0:
		if r, ok := v.(io.Reader); ok {
			cmd.Stdin = r
		}
	case 1:
		if w, ok := v.(io.Writer); ok {
			cmd.Stdout = w
		}
	case 2:
		if w, ok := v.(io.Writer); ok {
			cmd.Stderr = w
		}
	}
}

// placeFile gives the child f as descriptor i.
func placeFile(cmd *exec.Cmd, i int, f *os.File) {
	if i < 3 {
		setStd(cmd, i, f)
		return
	}
	for len(cmd.ExtraFiles) < i-2 {
		cmd.ExtraFiles = append(cmd.ExtraFiles, nil)
	}
	cmd.ExtraFiles[i-3] = f
}

// exitStatus turns a finished process's state into Node's (code,
// signal): sig is "" when the process exited, code -1 when a signal ended
// it.
func exitStatus(ps *os.ProcessState) (code int, sig string) {
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return -1, signalName(ws.Signal())
	}
	return ps.ExitCode(), ""
}

// exitValues makes exitStatus's pair JS values (null for the absent one).
func exitValues(vm *goja.Runtime, ps *os.ProcessState) (goja.Value, goja.Value) {
	if ps == nil {
		return goja.Null(), goja.Null()
	}
	code, sig := exitStatus(ps)
	if sig != "" {
		return goja.Null(), vm.ToValue(sig)
	}
	return vm.ToValue(code), goja.Null()
}
