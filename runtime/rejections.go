package runtime

import (
	"github.com/dop251/goja"
)

// rejections tracks promises rejected with no handler, as Node's
// lib/internal/process/promises.js does: a rejection becomes "unhandled"
// only if it still has no handler once the tick and microtask queues have
// drained; a handler attached after it was reported emits
// 'rejectionHandled'.
type rejections struct {
	pending []*goja.Promise
	info    map[*goja.Promise]*rejection
	late    []lateHandled
	uid     int
}

type rejection struct {
	uid    int
	warned bool
	// ctx is the async context the promise was rejected in: the
	// unhandledRejection report runs in it, so a domain (or an
	// AsyncLocalStorage store) active at the rejection sees it.
	ctx goja.Value
}

type lateHandled struct {
	p   *goja.Promise
	uid int
}

func (t *rejections) track(p *goja.Promise, op goja.PromiseRejectionOperation, ctx goja.Value) {
	if t.info == nil {
		t.info = map[*goja.Promise]*rejection{}
	}
	switch op {
	case goja.PromiseRejectionReject:
		t.uid++
		t.info[p] = &rejection{uid: t.uid, ctx: ctx}
		t.pending = append(t.pending, p)
	case goja.PromiseRejectionHandle:
		if inf, ok := t.info[p]; ok {
			delete(t.info, p)
			if inf.warned {
				t.late = append(t.late, lateHandled{p, inf.uid})
			}
		}
	}
}

func (t *rejections) pendingWork() bool { return len(t.pending) > 0 || len(t.late) > 0 }

// processRejections is the loop's ProcessRejections hook: it reports
// whether it ran JS that may have scheduled more ticks or microtasks.
func (r *Runtime) processRejections() bool {
	t := &r.rej
	if len(t.pending) == 0 && len(t.late) == 0 {
		return false
	}
	for len(t.late) > 0 {
		h := t.late[0]
		t.late = t.late[1:]
		if _, err := r.hooks().emitHandled(goja.Undefined(), r.vm.ToValue(h.p), r.vm.ToValue(h.uid)); err != nil {
			panic(err)
		}
	}
	for n := len(t.pending); n > 0 && len(t.pending) > 0; n-- {
		p := t.pending[0]
		t.pending = t.pending[1:]
		inf, ok := t.info[p]
		if !ok {
			continue
		}
		inf.warned = true
		reason := p.Result()
		prev := r.loop.AsyncContext()
		r.loop.SetAsyncContext(inf.ctx)
		handled, err := r.hooks().emitUnhandled(goja.Undefined(), reason, r.vm.ToValue(p))
		r.loop.SetAsyncContext(prev)
		if err != nil {
			panic(err)
		}
		if handled.ToBoolean() {
			continue
		}
		errv, err := r.hooks().unhandledError(goja.Undefined(), reason)
		if err != nil {
			panic(err)
		}
		if !r.uncaught(errv, nil, true) {
			return false
		}
	}
	if len(t.pending) == 0 && len(t.late) == 0 {
		t.pending = nil
	}
	return true
}
