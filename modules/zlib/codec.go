package zlib

import (
	"errors"
	"hash"
	"io"
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
	// write consumes in and returns the output it made available under
	// the given flush kind, and how many bytes of in it left unused
	// because the compressed stream ended before them.
	write(in []byte, flush int) (out []byte, availIn int, err error)
	// params changes level and strategy mid-stream (deflate only).
	params(level, strategy int) error
	// reset starts a new stream with the same settings.
	reset() error
	// close releases the codec's resources (and goroutine, if any).
	close()
}

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
	idle chan struct{} // the decoder consumed everything and waits
	eof  bool
}

func (f *feeder) fill() error {
	for len(f.buf) == 0 {
		if f.eof {
			return io.EOF
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
	}
	return nil
}

// ReadByte makes feeder an io.ByteReader, so flate reads exactly the bytes
// it needs and the trailer that follows stays here.
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

// readFull is io.ReadFull with EOF inside the read reported as truncation.
func (f *feeder) readFull(p []byte) error {
	_, err := io.ReadFull(f, p)
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return err
}

// pump runs a decoder body on its own goroutine and hands it input one
// chunk per write. The body appends output to out; it may only be read
// while the goroutine is parked (after idle or done), which the channels
// order.
type pump struct {
	f       feeder
	out     []byte
	total   int64 // bytes decoded so far
	scratch []byte
	extra   int // input the decoder buffered but did not use
	done    chan error
	started bool
	ended   bool
	err     error
	body    func(p *pump) error
}

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

// wait blocks until the goroutine parks for input or ends.
func (p *pump) wait() {
	select {
	case <-p.f.idle:
	case err := <-p.done:
		p.ended = true
		p.err = err
	}
}

func (p *pump) write(in []byte, finish bool) ([]byte, int, error) {
	if !p.started {
		p.start()
	}
	availIn := 0
	switch {
	case p.ended:
		availIn = len(in)
	case len(in) > 0:
		if p.out == nil && finish {
			// A whole input at once (the *Sync and callback forms): size
			// the output for a typical ratio rather than doubling up to it.
			p.out = make([]byte, 0, min(4*len(in), 64<<20))
		}
		p.f.in <- in
		p.wait()
		if p.ended {
			// The goroutine is gone: what it left of this chunk is unused.
			availIn = len(p.f.buf) + p.extra
			p.f.buf, p.extra = nil, 0
		}
	}
	if finish && !p.ended {
		p.f.in <- nil
		p.wait()
	}
	out := p.out
	p.out = nil
	if p.err != nil {
		return out, availIn, p.err
	}
	return out, availIn, nil
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
	for {
		n, err := r.Read(p.scratch)
		if n > 0 {
			if sum != nil {
				sum.Write(p.scratch[:n])
			}
			p.out = append(p.out, p.scratch[:n]...)
			p.total += int64(n)
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}
