package repl

import "bytes"

// Input: one goroutine reads, the loop consumes. Piped input is split into
// lines as readline does; terminal input is decoded into keys for the line
// editor.

// readInput runs on its own goroutine: it only reads and posts to the loop.
func (s *session) readInput() {
	buf := make([]byte, 4096)
	for {
		n, err := s.in.Read(buf)
		if n > 0 {
			chunk := append([]byte(nil), buf[:n]...)
			if s.terminal {
				chunk = s.interceptSIGINT(chunk)
			}
			if len(chunk) > 0 && !s.handle.Post(func() { s.feed(chunk) }) {
				return
			}
		}
		if err != nil {
			s.handle.Post(s.feedEOF)
			return
		}
	}
}

// interceptSIGINT interrupts a running evaluation when the chunk holds a
// Ctrl+C: the loop is busy, so the key could not reach the editor before
// the evaluation ends, which may be never.
func (s *session) interceptSIGINT(chunk []byte) []byte {
	i := bytes.IndexByte(chunk, 0x03)
	if i < 0 {
		return chunk
	}
	s.guard.mu.Lock()
	defer s.guard.mu.Unlock()
	if !s.guard.running || s.guard.requested {
		return chunk
	}
	s.guard.requested = true
	s.vm.Interrupt(errSIGINT)
	return append(chunk[:i:i], chunk[i+1:]...)
}

// feed consumes input that arrived, unless a top-level await holds it.
func (s *session) feed(chunk []byte) {
	if s.closed {
		return
	}
	if s.paused && s.terminal && s.awaitAbort != nil {
		// Ctrl+C cancels the await; other keys wait for it.
		if i := bytes.IndexByte(chunk, 0x03); i >= 0 {
			chunk = append(chunk[:i:i], chunk[i+1:]...)
			s.awaitAbort()
		}
	}
	s.inbuf = append(s.inbuf, chunk...)
	s.drain()
}

func (s *session) feedEOF() {
	s.eof = true
	s.drain()
}

// drain handles buffered input for as long as the REPL accepts it.
func (s *session) drain() {
	for !s.paused && !s.closed && len(s.inbuf) > 0 {
		if s.terminal {
			k, n := decodeKey(s.inbuf)
			if n == 0 {
				if !s.eof {
					break
				}
				n = len(s.inbuf) // a truncated sequence at the end: drop it
			}
			s.inbuf = s.inbuf[n:]
			if n > 0 && k != (key{}) {
				s.ed.pasted = len(s.inbuf) > 0
				s.onKey(k)
				s.ed.pasted = false
			}
			continue
		}
		i := bytes.IndexAny(s.inbuf, "\r\n")
		if i < 0 || (i == len(s.inbuf)-1 && s.inbuf[i] == '\r') {
			// A line is complete at "\n", or at a "\r" that is not the
			// first half of a "\r\n" split across reads.
			if !s.eof {
				break
			}
			if i < 0 {
				i = len(s.inbuf)
			}
		}
		line := string(s.inbuf[:i])
		if i < len(s.inbuf) && s.inbuf[i] == '\r' && i+1 < len(s.inbuf) && s.inbuf[i+1] == '\n' {
			i++
		}
		if i < len(s.inbuf) {
			i++
		}
		s.inbuf = s.inbuf[i:]
		s.onLine(line)
	}
	if s.closed || s.paused {
		return
	}
	if s.closeRequested || (s.eof && len(s.inbuf) == 0) {
		if s.eof && s.terminal && len(s.ed.line) > 0 {
			s.onLine(s.ed.enter())
		}
		s.close()
	}
}

// onKey is readline's _ttyWrite as the REPL wraps it.
func (s *session) onKey(k key) {
	if s.editorMode {
		if k.ctrl && !k.shift {
			switch k.name {
			case "d":
				s.turnOffEditorMode()
				s.sawCtrlD = true
				s.onLine(s.ed.enter())
				return
			case "n", "p":
				return
			}
		} else if k.name == "up" || k.name == "down" {
			return
		}
	} else if k.ctrl && k.name == "d" && s.ed.cursor == 0 && len(s.ed.line) == 0 {
		s.ed.clearLine()
	}
	if s.historyNotice && (k.name == "up" && !k.ctrl && !k.meta && !k.shift || k.ctrl && k.name == "p") {
		s.historyNotice = false
		if s.hist.len() == 0 {
			s.write("\nPersistent history support disabled. Set the " + HistoryEnv +
				" environment\nvariable to a valid, user-writable path to enable.\n")
			s.ed.refresh()
		}
	}
	doubleTab := s.lastWasTab
	s.lastWasTab = false
	act, line := s.ed.handleKey(k)
	switch act {
	case actLine:
		s.onLine(line)
	case actSIGINT:
		s.onSIGINT()
	case actClose:
		s.requestClose()
	case actTab:
		s.complete(doubleTab)
	}
}

// onSIGINT is Ctrl+C at the prompt: it drops the line or the pending
// multi-line command; twice in a row on an empty prompt it leaves.
func (s *session) onSIGINT() {
	if s.awaitAbort != nil {
		s.awaitAbort()
		return
	}
	empty := len(s.ed.line) == 0
	s.ed.clearLine()
	s.turnOffEditorMode()
	if s.buffered == "" && empty {
		if s.sawSIGINT {
			s.sawSIGINT = false
			s.requestClose()
			return
		}
		s.write("(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n")
		s.sawSIGINT = true
	} else {
		s.sawSIGINT = false
	}
	s.buffered = ""
	s.displayPrompt(false)
}
