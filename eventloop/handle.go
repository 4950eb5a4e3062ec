package eventloop

import (
	"sync"

	"github.com/dop251/goja"
)

// Handle is a long-lived event source (a server, a socket, a watcher, a
// child process, the REPL's input): goroutines deliver its events to the
// loop with Post, and while the handle is referenced and open it keeps the
// loop alive. All methods are safe from any goroutine.
type Handle struct {
	loop   *Loop
	bind   func(func()) func() // runs an event in the handle's async context
	mu     sync.Mutex
	refed  bool
	closed bool
	// kind and owner, when Describe set them, are what
	// process.getActiveResourcesInfo and process._getActiveHandles report
	// for the handle while it is open and referenced.
	kind  string
	owner *goja.Object
	// userRef, when set, answers whether the user keeps the handle
	// referenced (node's uv_has_ref), for handles whose loop reference
	// also follows their activity.
	userRef func() bool
}

// Describe names the handle for process.getActiveResourcesInfo (node's
// wrap names: "TCPSocketWrap", "TCPServerWrap", "PipeWrap"…) and gives the
// JS object process._getActiveHandles reports for it: obj's "owner"
// property when it has one (the net.Socket a binding handle belongs to),
// else obj. Calling it again renames the handle (a socket learns it is a
// pipe when it connects). userRef, when not nil, says whether the user
// keeps the handle referenced, for handles that hold their loop reference
// only while busy (a socket between reads); without it the loop reference
// is what counts. Call it on the loop goroutine.
func (h *Handle) Describe(kind string, obj *goja.Object, userRef func() bool) {
	h.mu.Lock()
	first := h.owner == nil
	h.kind, h.owner, h.userRef = kind, obj, userRef
	h.mu.Unlock()
	if first {
		h.loop.described = append(h.loop.described, h)
	}
}

// reported reports whether the handle is open and referenced, for the
// active-resource lists.
func (h *Handle) reported() (kind string, owner *goja.Object, ok bool, gone bool) {
	h.mu.Lock()
	kind, owner, ok, gone = h.kind, h.owner, h.refed && !h.closed, h.closed
	userRef := h.userRef
	h.mu.Unlock()
	// Outside h.mu: the owner's lock is taken before the handle's.
	if userRef != nil && !gone {
		ok = userRef()
	}
	return kind, owner, ok, gone
}

// NewHandle opens a referenced handle. Safe from any goroutine.
func (l *Loop) NewHandle() *Handle {
	l.refs.Add(1)
	h := &Handle{loop: l, refed: true, bind: func(fn func()) func() { return fn }}
	if l.ctxOn {
		ctx := l.ctx
		h.bind = func(fn func()) func() {
			return func() {
				prev := l.ctx
				l.ctx = ctx
				defer func() { l.ctx = prev }()
				fn()
			}
		}
	}
	return h
}

// Post queues fn to run on the loop as a macrotask. It reports false, and
// drops fn, once the handle is closed.
func (h *Handle) Post(fn func()) bool {
	h.mu.Lock()
	closed := h.closed
	h.mu.Unlock()
	if closed {
		return false
	}
	run := h.bind(fn)
	h.loop.Post(func() {
		h.mu.Lock()
		closed := h.closed
		h.mu.Unlock()
		if !closed {
			run()
		}
	})
	return true
}

// Ref makes the handle keep the loop alive again.
func (h *Handle) Ref() { h.setRef(true) }

// Unref lets the loop exit while the handle is open (Node's unref()).
func (h *Handle) Unref() { h.setRef(false) }

// HasRef reports whether the handle keeps the loop alive.
func (h *Handle) HasRef() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.refed && !h.closed
}

func (h *Handle) setRef(ref bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed || h.refed == ref {
		return
	}
	h.refed = ref
	if ref {
		h.loop.Ref()
	} else {
		h.loop.Unref()
	}
}

// Close releases the handle; events posted afterwards are dropped.
func (h *Handle) Close() {
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		return
	}
	h.closed = true
	wasRef := h.refed
	h.mu.Unlock()
	if wasRef {
		h.loop.Unref()
	}
}
