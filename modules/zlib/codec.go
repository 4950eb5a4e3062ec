package zlib

import (
	"bufio"
	"bytes"
	"errors"
	"hash"
	"io"
	"slices"
)

// Modes, with the numbering of Node's binding (zlib.cc's node_zlib_mode):
// the shim passes them through unchanged.
const (
	modeNone = iota
	modeDeflate
	modeInflate
	modeGzip
	modeGunzip
	modeDeflateRaw
	modeInflateRaw
	modeUnzip
	modeBrotliDecode
	modeBrotliEncode
)

// Flush kinds, with zlib's values.
const (
	zNoFlush      = 0
	zPartialFlush = 1
	zSyncFlush    = 2
	zFullFlush    = 3
	zFinish       = 4
	zBlock        = 5
)

// Brotli operations (BROTLI_OPERATION_*), which the shim uses as flush kinds.
const (
	brotliProcess      = 0
	brotliFlush        = 1
	brotliFinish       = 2
	brotliEmitMetadata = 3
)

// zError is a failure as zlib reports it: Node turns it into an Error whose
// message is zlib's msg and which carries errno and code.
type zError struct {
	msg   string
	errno int
	code  string
}

func (e *zError) Error() string { return e.msg }

func dataError(msg string) *zError { return &zError{msg, -3, "Z_DATA_ERROR"} }

// errTruncated is zlib's answer to Z_FINISH on input that stops early.
var errTruncated = &zError{"unexpected end of file", -5, "Z_BUF_ERROR"}

// codec is one compression or decompression stream, fed chunk by chunk.
// Calls never overlap: the shim serialises writes as Node's handle does.
type codec interface {
	// write consumes in under the given flush kind and returns output.
	// last says no input will ever follow (the stream's end or a *Sync
	// call), so a decoder may hand out all it holds. limit > 0 bounds the
	// work of one call, as Node's fixed output buffer does: when more is
	// true, output or input of this chunk remains and the caller calls
	// write(nil, flush, last, limit) again. availIn is the input of the
	// chunk not consumed yet or, once more is false, left unused because
	// the compressed stream ended before it.
	write(in []byte, flush int, last bool, limit int) (out []byte, more bool, availIn int, err error)
	// params changes level and strategy mid-stream (deflate only).
	params(level, strategy int) error
	// reset starts a new stream with the same settings.
	reset() error
	// close releases the codec's resources (and goroutine, if any).
	close()
}

// chunker cuts a codec's output into pieces of at most limit bytes, so
// that a stream holds no more than about one piece per write call,
// whatever the chunk.
type chunker struct {
	cd      codec
	pending []byte // output made but not handed out yet
	more    bool   // the codec has more to do for the current chunk
	availIn int    // the codec's last availIn
}

// write starts a chunk or, while the last call returned more, goes on
// with the current one (in is then ignored).
func (c *chunker) write(in []byte, flush int, last bool, limit int) ([]byte, bool, int, error) {
	var out []byte
	if len(c.pending) > 0 || c.more {
		out, c.pending = c.pending, nil
	} else {
		o, more, availIn, err := c.cd.write(in, flush, last, limit)
		if err != nil {
			return o, false, availIn, err
		}
		out, c.more, c.availIn = o, more, availIn
	}
	for c.more && (limit == 0 || len(out) < limit) {
		o, more, availIn, err := c.cd.write(nil, flush, last, limit)
		if len(out) == 0 {
			out = o
		} else {
			out = append(out, o...)
		}
		if err != nil {
			c.more = false
			return out, false, availIn, err
		}
		c.more, c.availIn = more, availIn
	}
	if limit > 0 && len(out) > limit {
		// Three-index slices: JS owns out, and appending to pending must
		// never reach into it.
		c.pending = out[limit:len(out):len(out)]
		out = out[:limit:limit]
	}
	return out, c.more || len(c.pending) > 0, c.availIn, nil
}

// reset drops what the chunker holds of an abandoned chunk.
func (c *chunker) reset() { c.pending, c.more, c.availIn = nil, false, 0 }

// sink collects a compressor's output without copying it again: each
// write call takes the slice and starts a new one.
type sink struct{ buf []byte }

func (s *sink) Write(p []byte) (int, error) {
	s.buf = append(s.buf, p...)
	return len(p), nil
}

func (s *sink) take() []byte {
	b := s.buf
	s.buf = nil
	return b
}

// errAborted ends a decoder goroutine whose stream was closed midway.
var errAborted = errors.New("zlib: stream closed")

// feeder is the input side of a decoder that runs as a goroutine of
// sequential Go code (header, compressed data, trailer, next member):
// when it has consumed every byte it was given, it parks and tells the
// writer, which returns the output made so far. That gives Go's
// pull-style readers zlib's push-style, chunk-at-a-time semantics.
type feeder struct {
	buf  []byte
	in   chan []byte   // next chunk; nil slice means end of input
	idle chan struct{} // the decoder parked: see pump.full
	eof  bool
	// final marks the next chunk sent as the last of the input.
	final bool
	// beforePark, if set, runs on the decoder's goroutine when it is about
	// to wait for input: it hands out what the decoder holds back.
	beforePark func()
}

func (f *feeder) fill() error {
	for len(f.buf) == 0 {
		if f.eof {
			return io.EOF
		}
		if f.beforePark != nil {
			f.beforePark()
		}
		f.idle <- struct{}{}
		b, ok := <-f.in
		if !ok {
			return errAborted
		}
		if b == nil {
			f.eof = true
			return io.EOF
		}
		f.buf = b
		f.eof = f.final
	}
	return nil
}

// ReadByte makes feeder an io.ByteReader, so a decoder reading it directly
// takes exactly the bytes it needs.
func (f *feeder) ReadByte() (byte, error) {
	if len(f.buf) == 0 {
		if err := f.fill(); err != nil {
			return 0, err
		}
	}
	c := f.buf[0]
	f.buf = f.buf[1:]
	return c, nil
}

func (f *feeder) Read(p []byte) (int, error) {
	if len(f.buf) == 0 {
		if err := f.fill(); err != nil {
			return 0, err
		}
	}
	n := copy(p, f.buf)
	f.buf = f.buf[n:]
	return n, nil
}

// pump runs a decoder body on its own goroutine and hands it input one
// chunk per write. The body appends output to out; it may only be read
// while the goroutine is parked (after idle or done), which the channels
// order. The goroutine parks when it needs input and, under a limit, when
// it has made limit bytes of output (full), until the writer resumes it.
type pump struct {
	f       feeder
	src     input // what the body reads: see inflater.run
	out     []byte
	limit   int   // park once out holds this much (0: never)
	full    bool  // parked on limit rather than for input
	total   int64 // bytes decoded so far
	scratch []byte
	extra   int // input the decoder buffered but did not use
	done    chan error
	started bool
	eofSent bool // the goroutine knows the input ends
	ended   bool
	err     error
	body    func(p *pump) error
	// presize, if set, guesses the output size of a whole input.
	presize func(in []byte) int
}

// input is what a decoder body reads: a *bufio.Reader over
// the feeder or, for a whole input given at once, a *bytes.Reader over it
// (klauspost's decoder has a loop specialised for each; the latter is
// ~25% faster).
type input interface {
	io.Reader
	io.ByteReader
}

// peek returns the next n bytes of r without consuming them.
func peek(r input, n int) ([]byte, error) {
	switch r := r.(type) {
	case *bufio.Reader:
		return r.Peek(n)
	case *bytes.Reader:
		b := make([]byte, n)
		k, err := r.ReadAt(b, r.Size()-int64(r.Len()))
		if k == n {
			return b, nil
		}
		return b[:k], err
	}
	panic("zlib: unknown input")
}

// resume is what the writer sends a goroutine parked on a full output.
var resume = []byte{}

func newPump(body func(p *pump) error) *pump {
	return &pump{body: body}
}

func (p *pump) start() {
	p.f = feeder{in: make(chan []byte), idle: make(chan struct{})}
	p.done = make(chan error, 1)
	p.started = true
	go func() { p.done <- p.body(p) }()
	p.wait()
}

// wait blocks until the goroutine parks or ends.
func (p *pump) wait() {
	select {
	case <-p.f.idle:
	case err := <-p.done:
		p.ended = true
		p.err = err
	}
}

// unused is the input the goroutine holds and has not decoded.
func (p *pump) unused() int {
	n := len(p.f.buf) + p.extra
	switch r := p.src.(type) {
	case *bufio.Reader:
		n += r.Buffered()
	case *bytes.Reader:
		n += r.Len()
	}
	return n
}

// write hands in to the goroutine (or resumes it, when more was
// returned) and collects its output; eof tells it no input follows.
func (p *pump) write(in []byte, eof bool, limit int) ([]byte, bool, int, error) {
	if !p.started {
		p.start()
	}
	p.limit = limit
	availIn := 0
	switch {
	case p.ended:
		availIn = len(in)
	case p.full:
		p.full = false
		p.f.in <- resume
		p.wait()
	case len(in) > 0:
		if p.out == nil && eof && limit == 0 && p.total == 0 {
			// A whole input at once (the *Sync and callback forms): size
			// the output rather than doubling up to it.
			n := min(4*len(in), 64<<20)
			if p.presize != nil {
				n = p.presize(in)
			}
			p.out = make([]byte, 0, n)
		}
		// The goroutine learns with the data that no more follows, so that
		// it decodes straight into out (see copyFromChecked).
		p.f.final, p.eofSent = eof, eof
		p.f.in <- in
		p.wait()
	}
	if eof && !p.ended && !p.full && !p.eofSent {
		p.eofSent = true
		p.f.in <- nil
		p.wait()
	}
	out := p.out
	p.out = nil
	if p.full {
		return out, true, p.unused(), nil
	}
	if p.ended {
		// The goroutine is gone: what it left of this chunk is unused.
		if availIn == 0 {
			availIn = p.unused()
		}
		p.f.buf, p.extra, p.src = nil, 0, nil
	}
	return out, false, availIn, p.err
}

// close releases a parked goroutine; it then returns errAborted.
func (p *pump) close() {
	if p.started && !p.ended {
		close(p.f.in)
		<-p.done
		p.ended = true
	}
}

// copyFromChecked appends what r decodes, until it ends, to the output,
// and adds it to sum (when not nil) and to the running total. r decodes
// into a scratch buffer of the goroutine's own: a Read may park for input
// midway, and meanwhile the writer takes the output slice away.
func (p *pump) copyFromChecked(r io.Reader, sum hash.Hash32) error {
	if p.scratch == nil {
		p.scratch = make([]byte, 32<<10)
	}
	if w, ok := windowOf(r); ok {
		p.f.beforePark = func() {
			if b := w.take(); len(b) > 0 {
				if sum != nil {
					sum.Write(b)
				}
				p.out = append(p.out, b...)
				p.total += int64(len(b))
			}
		}
		defer func() { p.f.beforePark = nil }()
	}
	for {
		if p.f.eof && p.limit == 0 {
			// No more input, so no parking inside Read, and nobody takes
			// out meanwhile: decode into out itself, saving a copy.
			if cap(p.out)-len(p.out) < 4<<10 {
				p.out = slices.Grow(p.out, max(64<<10, len(p.out)/2))
			}
			dst := p.out[len(p.out):cap(p.out)]
			n, err := r.Read(dst)
			if sum != nil {
				sum.Write(dst[:n])
			}
			p.out = p.out[:len(p.out)+n]
			p.total += int64(n)
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return err
			}
			continue
		}
		n, err := r.Read(p.scratch)
		if n > 0 {
			if sum != nil {
				sum.Write(p.scratch[:n])
			}
			p.out = append(p.out, p.scratch[:n]...)
			p.total += int64(n)
			if p.limit > 0 && len(p.out) >= p.limit && err == nil {
				if aerr := p.park(); aerr != nil {
					return aerr
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// park waits, with a full output, for the writer to take it.
func (p *pump) park() error {
	p.full = true
	p.f.idle <- struct{}{}
	if _, ok := <-p.f.in; !ok {
		return errAborted
	}
	return nil
}
