package workerthreads

import (
	"errors"
	"io"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
)

// Kinds of Envelope. The child-to-parent pipe carries all four, in the
// order they happened, so 'message' events the worker caused reach the
// parent before its 'error' and 'exit', as in node.
const (
	// KindMessage is a postMessage payload.
	KindMessage = iota
	// KindOnline says the worker started running JS ('online').
	KindOnline
	// KindError carries an uncaught exception, serialized in the worker.
	KindError
	// KindExit is the worker's last word: it has stopped, with Code.
	KindExit
	// KindStdout and KindStderr carry what the worker wrote to its
	// process.stdout and process.stderr: in node they reach the parent's
	// worker.stdout and worker.stderr streams.
	KindStdout
	KindStderr
)

// Envelope is one item on a pipe between threads: bytes only, never a JS
// value, because each side has its own VM.
type Envelope struct {
	Kind int
	// Data is the V8-serialized payload of a message or an error.
	Data []byte
	// Code is the exit code of KindExit.
	Code int
}

// Inbox is one direction of the pipe between a worker and its parent.
// Items sent before the receiver attaches are kept, in order, and handed
// over when it does: the parent may post before the worker's runtime
// exists, the worker before anyone listens. Safe from any goroutine.
type Inbox struct {
	mu      sync.Mutex
	buf     []Envelope
	deliver func(Envelope)
	closed  bool
}

// Send queues e for the receiver. It is dropped once the inbox is closed.
func (b *Inbox) Send(e Envelope) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case b.closed:
	case b.deliver == nil:
		b.buf = append(b.buf, e)
	default:
		// Under the lock, so that concurrent senders and a late Attach
		// cannot reorder envelopes; deliver only queues (Handle.Post).
		b.deliver(e)
	}
}

// Attach sets the receiver, which must not block (it posts to a loop),
// and hands it what was sent so far.
func (b *Inbox) Attach(deliver func(Envelope)) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.deliver = deliver
	for _, e := range b.buf {
		deliver(e)
	}
	b.buf = nil
}

// Close drops everything queued and everything sent later.
func (b *Inbox) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	b.buf = nil
	b.deliver = nil
}

// StartOptions describe a worker to start: what new Worker() was given,
// already validated and converted by the shim.
type StartOptions struct {
	// Filename is the entry's absolute path, or its source when Eval.
	Filename string
	Eval     bool
	// Module runs the Eval source as an ES module (a data: URL entry),
	// named SourceURL in stacks.
	Module    bool
	SourceURL string
	// EntryError, when set, is a serialized error the worker throws
	// instead of running its entry (a data: URL of another type).
	EntryError []byte
	// WorkerData is the serialized workerData (nil when not given).
	WorkerData []byte
	// Argv are appended to the worker's process.argv.
	Argv []string
	// Env is the worker's initial environment as KEY=value; nil means a
	// copy of the parent's.
	Env []string
	// ExecArgv is the worker's process.execArgv; nil means the parent's.
	ExecArgv []string
	// Name is the worker's name option.
	Name string
	// ResourceLimits is the serialized resourceLimits the worker reports.
	ResourceLimits []byte
	// Stdin gives the worker a process.stdin fed by the parent's
	// worker.stdin (else it reads nothing).
	Stdin bool
	// EnvironmentData is the parent's setEnvironmentData map, serialized
	// when the worker was made: the worker starts with a copy.
	EnvironmentData []byte
}

// Thread is one worker as both of its ends see it.
type Thread struct {
	// ID is the worker's threadId.
	ID int64
	// Options is what the worker was started with.
	Options StartOptions
	// ToChild carries the parent's messages to the worker; ToParent the
	// worker's messages and lifecycle events to the parent.
	ToChild, ToParent Inbox
	// Terminate stops the worker, even inside an endless loop; its exit
	// still arrives on ToParent. Set by whoever started the thread.
	Terminate func()
	// Stdin is what the parent writes to worker.stdin, when
	// Options.Stdin asked for it.
	Stdin *StdinPipe
}

// StdinPipe carries the parent's worker.stdin writes to the worker's
// process.stdin: writes never block the parent's loop; reads block until
// data comes or the pipe is closed. Safe from any goroutine.
type StdinPipe struct {
	mu     sync.Mutex
	cond   *sync.Cond
	buf    []byte
	closed bool
}

// NewStdinPipe makes an empty, open pipe.
func NewStdinPipe() *StdinPipe {
	p := &StdinPipe{}
	p.cond = sync.NewCond(&p.mu)
	return p
}

// Write queues a copy of b for the reader.
func (p *StdinPipe) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return 0, io.ErrClosedPipe
	}
	p.buf = append(p.buf, b...)
	p.cond.Broadcast()
	return len(b), nil
}

// Read waits for data; it returns io.EOF once the pipe is closed and
// drained.
func (p *StdinPipe) Read(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for len(p.buf) == 0 && !p.closed {
		p.cond.Wait()
	}
	if len(p.buf) == 0 {
		return 0, io.EOF
	}
	n := copy(b, p.buf)
	p.buf = p.buf[n:]
	return n, nil
}

// Close ends the stream: the reader sees EOF after what is queued.
func (p *StdinPipe) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	p.cond.Broadcast()
	return nil
}

// StdioWriter is a worker's stdout or stderr: each write becomes an
// envelope of kind Kind to the parent.
type StdioWriter struct {
	Thread *Thread
	Kind   int
}

// Write sends a copy of p to the parent.
func (w StdioWriter) Write(p []byte) (int, error) {
	w.Thread.ToParent.Send(Envelope{Kind: w.Kind, Data: append([]byte{}, p...)})
	return len(p), nil
}

var lastThreadID atomic.Int64

// NewThread makes a Thread with the next process-wide threadId (the main
// thread is 0, as in node).
func NewThread(opts StartOptions) *Thread {
	return &Thread{ID: lastThreadID.Add(1), Options: opts}
}

// Host is what a runtime gives worker_threads: how to start a worker and,
// inside a worker, which thread it is.
type Host struct {
	// Start starts a worker; nil means this runtime cannot.
	Start func(opts StartOptions) (*Thread, error)
	// Self is the thread this runtime runs as; nil on the main thread.
	Self *Thread

	// serializeError is the worker shim's error serializer, kept for
	// ReportError.
	serializeError goja.Callable
}

// hostModuleName is the internal module through which the shim reaches
// its Host.
const hostModuleName = "internal/worker_threads/host"

// HostModule declares the internal module through which the
// worker_threads shim reaches h; the runtime registers it next to the
// built-ins.
func HostModule(h *Host) modules.Module {
	return modules.Module{Name: hostModuleName, Binding: func(c *modules.Context) (*goja.Object, error) {
		return hostBinding(c, h), nil
	}}
}

// ReportError sends v, an uncaught exception of this worker, to the
// parent as its 'error' event. It reports false when v could not be sent
// (no worker shim is loaded, or serializing threw).
func (h *Host) ReportError(vm *goja.Runtime, v goja.Value) bool {
	if h.Self == nil || h.serializeError == nil {
		return false
	}
	out, err := h.serializeError(goja.Undefined(), v)
	if err != nil {
		return false
	}
	data := exportBytes(vm, out)
	if data == nil {
		return false
	}
	h.Self.ToParent.Send(Envelope{Kind: KindError, Data: data})
	return true
}

// exportBytes copies the bytes of a typed array: the receiving VM must
// not share memory with this one.
func exportBytes(vm *goja.Runtime, v goja.Value) []byte {
	var b []byte
	if err := vm.ExportTo(v, &b); err != nil {
		return nil
	}
	return append([]byte{}, b...)
}

func hostBinding(c *modules.Context, h *Host) *goja.Object {
	vm, l := c.VM, c.Loop
	b := vm.NewObject()
	_ = b.Set("canStart", h.Start != nil)
	// encode and decode are the Go fast path of message (de)serialization
	// (codec.go): encode returns undefined, decode the fallback object,
	// when the JS serializer must do it.
	fallback := vm.NewObject()
	_ = b.Set("fallback", fallback)
	objProto := vm.Get("Object").ToObject(vm).Get("prototype").ToObject(vm)
	_ = b.Set("encode", func(v goja.Value) goja.Value {
		if out, ok := fastEncode(vm, objProto, v); ok {
			return vm.ToValue(vm.NewArrayBuffer(out))
		}
		return goja.Undefined()
	})
	_ = b.Set("decode", func(v goja.Value) goja.Value {
		ab, ok := v.Export().(goja.ArrayBuffer)
		if !ok {
			return fallback
		}
		if out, ok := fastDecode(vm, ab.Bytes()); ok {
			return out
		}
		return fallback
	})
	bytesValue := func(d []byte) goja.Value {
		if d == nil {
			return goja.Undefined()
		}
		return vm.ToValue(vm.NewArrayBuffer(d))
	}
	if t := h.Self; t != nil {
		self := vm.NewObject()
		_ = self.Set("threadId", t.ID)
		_ = self.Set("name", t.Options.Name)
		_ = self.Set("workerData", bytesValue(t.Options.WorkerData))
		_ = self.Set("resourceLimits", bytesValue(t.Options.ResourceLimits))
		_ = self.Set("entryError", bytesValue(t.Options.EntryError))
		_ = self.Set("environmentData", bytesValue(t.Options.EnvironmentData))
		_ = self.Set("post", func(data goja.Value) {
			t.ToParent.Send(Envelope{Kind: KindMessage, Data: exportBytes(vm, data)})
		})
		// attach starts the parent's messages flowing to receive, one
		// macrotask each. The handle is unreferenced: only a port with a
		// 'message' listener keeps a worker alive.
		_ = self.Set("attach", func(receive, serializeError goja.Value) {
			h.serializeError, _ = goja.AssertFunction(serializeError)
			hd := l.NewHandle()
			hd.Unref()
			t.ToChild.Attach(func(e Envelope) {
				hd.Post(func() { l.Call(receive, goja.Undefined(), []goja.Value{bytesValue(e.Data)}) })
			})
		})
		_ = b.Set("self", self)
	}
	// start starts a worker whose events reach onEvent(kind, data, code)
	// on this loop, one macrotask each, and returns its control object.
	_ = b.Set("start", func(jsOpts *goja.Object, onEvent goja.Value) *goja.Object {
		if h.Start == nil {
			panic(vm.NewGoError(errNoStart))
		}
		t, err := h.Start(startOptions(vm, jsOpts))
		if err != nil {
			panic(vm.NewGoError(err))
		}
		// The worker keeps its parent alive until its exit is delivered,
		// unless unref'd.
		hd := l.NewHandle()
		t.ToParent.Attach(func(e Envelope) {
			hd.Post(func() {
				if e.Kind == KindExit {
					hd.Close()
				}
				l.Call(onEvent, goja.Undefined(), []goja.Value{vm.ToValue(e.Kind), bytesValue(e.Data), vm.ToValue(e.Code)})
			})
		})
		o := vm.NewObject()
		_ = o.Set("threadId", t.ID)
		_ = o.Set("post", func(data goja.Value) {
			t.ToChild.Send(Envelope{Kind: KindMessage, Data: exportBytes(vm, data)})
		})
		_ = o.Set("terminate", func() {
			if t.Terminate != nil {
				t.Terminate()
			}
		})
		_ = o.Set("writeStdin", func(data goja.Value) {
			if t.Stdin != nil {
				_, _ = t.Stdin.Write(exportBytes(vm, data))
			}
		})
		_ = o.Set("endStdin", func() {
			if t.Stdin != nil {
				_ = t.Stdin.Close()
			}
		})
		_ = o.Set("ref", hd.Ref)
		_ = o.Set("unref", hd.Unref)
		_ = o.Set("hasRef", hd.HasRef)
		return o
	})
	return b
}

var errNoStart = errors.New("worker_threads: this runtime cannot start workers")

// startOptions reads the shim's already validated options: strings,
// string arrays (or null) and Uint8Arrays of serialized values.
func startOptions(vm *goja.Runtime, o *goja.Object) StartOptions {
	strs := func(name string) []string {
		v := o.Get(name)
		if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
			return nil
		}
		var out []string
		_ = vm.ExportTo(v, &out)
		if out == nil {
			out = []string{}
		}
		return out
	}
	bytes := func(name string) []byte {
		v := o.Get(name)
		if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
			return nil
		}
		return exportBytes(vm, v)
	}
	return StartOptions{
		Filename:        o.Get("filename").String(),
		Eval:            o.Get("eval").ToBoolean(),
		Module:          o.Get("module").ToBoolean(),
		SourceURL:       o.Get("sourceURL").String(),
		EntryError:      bytes("entryError"),
		WorkerData:      bytes("workerData"),
		Argv:            strs("argv"),
		Env:             strs("env"),
		ExecArgv:        strs("execArgv"),
		Name:            o.Get("name").String(),
		ResourceLimits:  bytes("resourceLimits"),
		EnvironmentData: bytes("environmentData"),
		Stdin:           o.Get("stdin").ToBoolean(),
	}
}
