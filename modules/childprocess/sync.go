package childprocess

import (
	"bytes"
	"math"
	"os"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/modules/buffer"
)

// capture collects one output pipe of spawnSync, killing the child once
// more than max bytes arrived (Node's ENOBUFS).
type capture struct {
	mu       *sync.Mutex
	buf      bytes.Buffer
	max      float64
	total    *float64
	exceeded *bool
	kill     func()
}

func (c *capture) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if *c.exceeded {
		return len(p), nil
	}
	c.buf.Write(p)
	*c.total += float64(len(p))
	if float64(c.buf.Len()) > c.max {
		*c.exceeded = true
		c.kill()
	}
	return len(p), nil
}

// spawnSync runs the command described in o to completion, blocking the
// loop as Node's spawnSync does. o adds to spawn's fields: input (bytes
// for stdin), timeout (ms, 0 for none), maxBuffer and killSignal
// (number). The result is {pid, status, signal, output, error}: output
// holds an ArrayBuffer per piped stdio index (null elsewhere), error a
// negative errno (ENOENT, ETIMEDOUT, ENOBUFS…) when there was one.
func spawnSync(c *modules.Context, o *goja.Object) goja.Value {
	vm := c.VM
	spec := readCommand(vm, o)
	res := vm.NewObject()
	_ = res.Set("pid", 0)
	_ = res.Set("status", goja.Null())
	_ = res.Set("signal", goja.Null())
	_ = res.Set("output", goja.Null())
	cmd, err := spec.build()
	if err != nil {
		_ = res.Set("error", errnoOf(err))
		return res
	}
	var input []byte
	if v := o.Get("input"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		input = buffer.CopyOf(vm, v)
	}
	maxBuffer := math.Inf(1)
	if v := o.Get("maxBuffer"); v != nil && !goja.IsUndefined(v) {
		maxBuffer = v.ToFloat()
	}
	killSignal := syscall.SIGTERM
	if v := o.Get("killSignal"); v != nil && !goja.IsUndefined(v) {
		killSignal = syscall.Signal(v.ToInteger())
	}
	timeout := time.Duration(0)
	if v := o.Get("timeout"); v != nil && !goja.IsUndefined(v) {
		timeout = time.Duration(v.ToFloat() * float64(time.Millisecond))
	}

	var (
		mu       sync.Mutex
		total    float64
		exceeded bool
		killed   bool
		childEnd []*os.File
	)
	kill := func() {
		if cmd.Process != nil && !killed {
			killed = true
			_ = cmd.Process.Signal(killSignal)
		}
	}
	caps := map[int]*capture{}
	for i, s := range spec.stdio {
		switch s.kind {
		case "pipe", "overlapped":
			if i == 0 {
				cmd.Stdin = bytes.NewReader(input)
				continue
			}
			if i > 2 {
				continue
			}
			cp := &capture{mu: &mu, max: maxBuffer, total: &total, exceeded: &exceeded, kill: kill}
			caps[i] = cp
			setStd(cmd, i, cp)
		case "ignore":
			if i < 3 {
				f, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
				if err == nil {
					placeFile(cmd, i, f)
					childEnd = append(childEnd, f)
				}
			}
		case "inherit", "fd":
			fd := i
			if s.kind == "fd" {
				fd = s.fd
			}
			if fd >= 3 {
				f, err := dupFile(fd)
				if err != nil {
					_ = res.Set("error", errnoOf(err))
					return res
				}
				placeFile(cmd, i, f)
				childEnd = append(childEnd, f)
				break
			}
			v := inheritStream(c.Host, fd)
			if f, ok := v.(*os.File); ok {
				placeFile(cmd, i, f)
			} else if i < 3 {
				setStd(cmd, i, v)
			}
		}
	}

	// Lock around Start so that a capture's kill sees cmd.Process.
	mu.Lock()
	err = cmd.Start()
	mu.Unlock()
	for _, f := range childEnd {
		_ = f.Close()
	}
	if err != nil {
		_ = res.Set("error", errnoOf(err))
		return res
	}
	timedOut := false
	var timer *time.Timer
	if timeout > 0 {
		timer = time.AfterFunc(timeout, func() {
			mu.Lock()
			defer mu.Unlock()
			timedOut = !killed
			kill()
		})
	}
	_ = cmd.Wait()
	if timer != nil {
		timer.Stop()
	}
	mu.Lock()
	defer mu.Unlock()

	_ = res.Set("pid", cmd.Process.Pid)
	code, sig := exitValues(vm, cmd.ProcessState)
	_ = res.Set("status", code)
	_ = res.Set("signal", sig)
	out := make([]any, len(spec.stdio))
	for i := range out {
		out[i] = goja.Null()
		if cp := caps[i]; cp != nil {
			out[i] = vm.NewArrayBuffer(cp.buf.Bytes())
		}
	}
	_ = res.Set("output", vm.NewArray(out...))
	switch {
	case exceeded:
		_ = res.Set("error", -int(syscall.ENOBUFS))
	case timedOut:
		_ = res.Set("error", -int(syscall.ETIMEDOUT))
	}
	return res
}
