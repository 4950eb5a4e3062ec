package eventloop

import (
	"container/heap"
	"math"
)

// Timer is a scheduled setTimeout/setInterval. Its JS object (a Timeout)
// is built by the timers shim; the loop only orders and fires them.
//
// Node keeps one list per duration and fires lists by expiry; ordering by
// (expiry, insertion) gives the same order.
type Timer struct {
	when     int64 // loop ms at which it expires
	seq      uint64
	index    int // in the heap; -1 when not scheduled
	duration int64
	refed    bool
	fire     func()
}

type timerHeap []*Timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].when != h[j].when {
		return h[i].when < h[j].when
	}
	return h[i].seq < h[j].seq
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *timerHeap) Push(x any) {
	t := x.(*Timer)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	t.index = -1
	return t
}

// MaxTimeout is TIMEOUT_MAX: longer delays are treated as 1 ms.
const MaxTimeout = math.MaxInt32

// NewTimer makes an unscheduled, referenced timer that calls fire when it
// expires; fire runs its JS through Call or RunTask.
func (l *Loop) NewTimer(fire func()) *Timer {
	return &Timer{index: -1, refed: true, fire: l.bind(fire)}
}

// Schedule (re)starts t to expire ms from now. libuv measures from the
// loop's cached time; gorun reads the clock instead, because JS start-up
// work (compiling a big module on first use) can take milliseconds that
// node spends nowhere, and a delay should not be eaten by it. Timers
// scheduled during the timers phase still expire after the phase's time,
// so they wait for the next iteration as in Node.
func (l *Loop) Schedule(t *Timer, ms int64) {
	l.Unschedule(t)
	t.duration = ms
	l.timerSeq++
	t.seq = l.timerSeq
	t.when = l.clock() + ms
	heap.Push(&l.timers, t)
	if t.refed {
		l.timerRefs++
	}
}

// Unschedule cancels t if it is pending.
func (l *Loop) Unschedule(t *Timer) {
	if t == l.firing {
		l.firingCleared = true
	}
	if t.index < 0 {
		return
	}
	heap.Remove(&l.timers, t.index)
	if t.refed {
		l.timerRefs--
	}
}

// Active reports whether t is scheduled.
func (t *Timer) Active() bool { return t.index >= 0 }

// SetRef sets whether t keeps the loop alive.
func (l *Loop) SetRef(t *Timer, ref bool) {
	if t.refed == ref {
		return
	}
	t.refed = ref
	if t.index >= 0 {
		if ref {
			l.timerRefs++
		} else {
			l.timerRefs--
		}
	}
}

// HasRef reports whether t keeps the loop alive.
func (t *Timer) HasRef() bool { return t.refed }

// runTimers fires every timer that expired by the loop's time, in order.
// Timers added meanwhile expire later than now, so they wait for the next
// iteration, as in Node.
func (l *Loop) runTimers() {
	for l.timers.Len() > 0 && !l.isStopped() {
		t := l.timers[0]
		if t.when > l.now {
			return
		}
		heap.Pop(&l.timers)
		if t.refed {
			l.timerRefs--
		}
		l.firing, l.firingCleared = t, false
		t.fire()
		l.firing = nil
	}
}

// immediate is one setImmediate callback.
type immediate struct {
	run     func()
	refed   bool
	cleared bool
}

// Immediate is the loop's handle on a queued setImmediate.
type Immediate struct{ im *immediate }

// SetImmediate queues run for the check phase; run calls its JS through
// Call or RunTask.
func (l *Loop) SetImmediate(run func()) Immediate {
	im := &immediate{run: l.bind(run), refed: true}
	l.immediates = append(l.immediates, im)
	l.immRefs++
	return Immediate{im}
}

// ClearImmediate cancels a queued immediate.
func (l *Loop) ClearImmediate(h Immediate) {
	if h.im == nil || h.im.cleared {
		return
	}
	h.im.cleared = true
	if h.im.refed {
		h.im.refed = false
		l.immRefs--
	}
}

// SetImmediateRef sets whether the immediate keeps the loop alive.
func (l *Loop) SetImmediateRef(h Immediate, ref bool) {
	if h.im == nil || h.im.cleared || h.im.refed == ref {
		return
	}
	h.im.refed = ref
	if ref {
		l.immRefs++
	} else {
		l.immRefs--
	}
}

// HasRef reports whether the immediate keeps the loop alive.
func (h Immediate) HasRef() bool { return h.im != nil && h.im.refed }

func (l *Loop) queueNoop() {
	l.SetImmediate(func() { l.RunTask(func() {}) })
}

// runImmediates runs the immediates queued before the check phase began;
// ones queued meanwhile wait for the next iteration. An exception that the
// process handles does not stop the rest of the batch, as in Node.
func (l *Loop) runImmediates() {
	n := len(l.immediates)
	for i := 0; i < n; i++ {
		if l.isStopped() {
			return
		}
		im := l.immediates[0]
		l.immediates[0] = nil
		l.immediates = l.immediates[1:]
		if im.cleared {
			continue
		}
		im.cleared = true
		if im.refed {
			im.refed = false
			l.immRefs--
		}
		im.run()
	}
	if len(l.immediates) == 0 {
		l.immediates = nil
	}
}
