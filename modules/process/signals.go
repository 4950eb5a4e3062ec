package process

import (
	"os"
	"os/signal"
	"sort"
	"sync"
	"syscall"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/eventloop"
	"github.com/gorun-js/gorun/modules"
)

var signalNumbers = map[string]syscall.Signal{
	"SIGHUP": syscall.SIGHUP, "SIGINT": syscall.SIGINT, "SIGQUIT": syscall.SIGQUIT,
	"SIGILL": syscall.SIGILL, "SIGTRAP": syscall.SIGTRAP, "SIGABRT": syscall.SIGABRT,
	"SIGIOT": syscall.SIGIOT, "SIGBUS": syscall.SIGBUS, "SIGFPE": syscall.SIGFPE,
	"SIGKILL": syscall.SIGKILL, "SIGUSR1": syscall.SIGUSR1, "SIGSEGV": syscall.SIGSEGV,
	"SIGUSR2": syscall.SIGUSR2, "SIGPIPE": syscall.SIGPIPE, "SIGALRM": syscall.SIGALRM,
	"SIGTERM": syscall.SIGTERM, "SIGCHLD": syscall.SIGCHLD, "SIGSTKFLT": syscall.Signal(16),
	"SIGCONT": syscall.SIGCONT, "SIGSTOP": syscall.SIGSTOP, "SIGTSTP": syscall.SIGTSTP,
	"SIGTTIN": syscall.SIGTTIN, "SIGTTOU": syscall.SIGTTOU, "SIGURG": syscall.SIGURG,
	"SIGXCPU": syscall.SIGXCPU, "SIGXFSZ": syscall.SIGXFSZ, "SIGVTALRM": syscall.SIGVTALRM,
	"SIGPROF": syscall.SIGPROF, "SIGWINCH": syscall.SIGWINCH, "SIGIO": syscall.SIGIO,
	"SIGPOLL": syscall.SIGIO, "SIGPWR": syscall.Signal(30), "SIGSYS": syscall.SIGSYS,
}

func signalNameList() []string {
	names := make([]string, 0, len(signalNumbers))
	for n := range signalNumbers {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := signalNumbers[names[i]], signalNumbers[names[j]]
		if a != b {
			return a < b
		}
		return names[i] < names[j]
	})
	return names
}

// Signals delivers OS signals to a runtime's process object while JS
// listens for them. Like Node's signal handles it does not keep the loop
// alive.
type Signals struct {
	mu      sync.Mutex
	emit    goja.Value
	loop    *eventloop.Loop
	watched map[string]chan os.Signal
}

// NewSignals enables signal delivery for one runtime.
func NewSignals() *Signals { return &Signals{watched: map[string]chan os.Signal{}} }

// Watch starts (on) or stops forwarding signal name to process.emit, which
// node calls as emit(name, name, number).
func (s *Signals) Watch(c *modules.Context, name string, on bool) {
	num, ok := signalNumbers[name]
	if !ok || num == syscall.SIGKILL || num == syscall.SIGSTOP {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.loop = c.Loop
	ch, watching := s.watched[name]
	switch {
	case on && !watching:
		ch = make(chan os.Signal, 4)
		s.watched[name] = ch
		signal.Notify(ch, num)
		emit := c.VM.Get("process").ToObject(c.VM).Get("emit")
		proc := c.VM.Get("process")
		go func() {
			for range ch {
				s.loop.Post(func() {
					c.Loop.Call(emit, proc, []goja.Value{c.VM.ToValue(name), c.VM.ToValue(name), c.VM.ToValue(int(num))})
				})
			}
		}()
	case !on && watching:
		signal.Stop(ch)
		close(ch)
		delete(s.watched, name)
	}
}

// Close stops all signal delivery.
func (s *Signals) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for name, ch := range s.watched {
		signal.Stop(ch)
		close(ch)
		delete(s.watched, name)
	}
}
