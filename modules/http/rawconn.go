package http

import (
	"bytes"
	"net"
	"net/http"
	"sort"
	"strings"
	"sync"
)

// Bounds of what a rawConn keeps: enough for any header block Go accepts
// (http.DefaultMaxHeaderBytes plus the request line), while a long body
// read through it costs a copy now and then rather than memory.
const (
	recordMax  = 256 << 10
	recordKeep = 80 << 10
)

// rawConn records the bytes read from a connection so that the header
// block of each message can be read back with its names' order and case,
// which Go's canonicalised header maps lose and Node's rawHeaders keeps.
type rawConn struct {
	net.Conn
	mu  sync.Mutex
	rec []byte
}

func (c *rawConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 {
		c.mu.Lock()
		c.rec = append(c.rec, p[:n]...)
		if len(c.rec) > recordMax {
			k := copy(c.rec, c.rec[len(c.rec)-recordKeep:])
			c.rec = c.rec[:k]
		}
		c.mu.Unlock()
	}
	return n, err
}

// take finds the header block that starts with startLine (a request line,
// or a status line's "HTTP/1.x NNN" prefix) and returns its header lines
// as [name, value, …]; the recording keeps only what follows the block.
// ok is false when the block is not (or no longer) in the recording.
func (c *rawConn) take(startLine string) (raw []string, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	at := -1
	for from := 0; ; {
		i := bytes.Index(c.rec[from:], []byte(startLine))
		if i < 0 {
			break
		}
		i += from
		if i == 0 || c.rec[i-1] == '\n' {
			at = i
			break
		}
		from = i + 1
	}
	if at < 0 {
		return nil, false
	}
	end := bytes.Index(c.rec[at:], []byte("\r\n\r\n"))
	if end < 0 {
		return nil, false
	}
	block := string(c.rec[at : at+end])
	c.rec = append(c.rec[:0], c.rec[at+end+4:]...)
	lines := strings.Split(block, "\r\n")[1:]
	for _, line := range lines {
		if line == "" {
			continue
		}
		if (line[0] == ' ' || line[0] == '\t') && len(raw) > 0 {
			// obsolete line folding: the value continues
			raw[len(raw)-1] += " " + strings.TrimSpace(line)
			continue
		}
		name, value, found := strings.Cut(line, ":")
		if !found {
			return nil, false
		}
		raw = append(raw, name, strings.Trim(value, " \t"))
	}
	return raw, true
}

// mapHeaders flattens a Go header map for rawHeaders when the recorded
// block is unavailable: names canonical, sorted, host first.
func mapHeaders(host string, h http.Header) []string {
	var raw []string
	if host != "" {
		raw = append(raw, "Host", host)
	}
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range h[k] {
			raw = append(raw, k, v)
		}
	}
	return raw
}

// recordingListener wraps accepted connections in rawConn.
type recordingListener struct{ net.Listener }

func (l recordingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &rawConn{Conn: c}, nil
}
