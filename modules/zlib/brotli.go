package zlib

import (
	"io"
	"reflect"

	"github.com/andybalholm/brotli"
)

// Brotli encoder parameters (BROTLI_PARAM_*) that the encoder honours;
// the others are validated by the shim and accepted.
const (
	brotliParamMode    = 0
	brotliParamQuality = 1
	brotliParamLGWin   = 2
)

// brotliEncoder wraps andybalholm/brotli's Writer.
type brotliEncoder struct {
	opts     brotli.WriterOptions
	out      sink
	w        *brotli.Writer
	finished bool
	pend     []byte // input of the current chunk not yet compressed
}

func newBrotliEncoder(params map[int]int) *brotliEncoder {
	e := &brotliEncoder{opts: brotli.WriterOptions{Quality: 11, LGWin: 22}}
	if q, ok := params[brotliParamQuality]; ok {
		e.opts.Quality = q
	}
	if w, ok := params[brotliParamLGWin]; ok {
		e.opts.LGWin = w
	}
	_ = e.reset()
	return e
}

func (e *brotliEncoder) write(in []byte, flush int, _ bool, limit int) ([]byte, bool, int, error) {
	if e.finished {
		return nil, false, 0, nil
	}
	if in != nil {
		e.pend = in
	}
	failed := &zError{"Compression failed", -1, "ERR_BROTLI_COMPRESSION_FAILED"}
	// A bounded write feeds feedSize at a time, as deflater does.
	for len(e.pend) > 0 {
		piece := e.pend
		if limit > 0 && len(piece) > feedSize {
			piece = piece[:feedSize]
		}
		if _, err := e.w.Write(piece); err != nil {
			return nil, false, 0, failed
		}
		e.pend = e.pend[len(piece):]
		if limit > 0 && len(e.pend) > 0 && len(e.out.buf) >= limit {
			return e.out.take(), true, len(e.pend), nil
		}
	}
	e.pend = nil
	var err error
	switch flush {
	case brotliFlush:
		err = e.w.Flush()
	case brotliFinish:
		err = e.w.Close()
		e.finished = true
	}
	if err != nil {
		return nil, false, 0, failed
	}
	return e.out.take(), false, 0, nil
}

func (e *brotliEncoder) params(int, int) error { return nil }

func (e *brotliEncoder) reset() error {
	e.out = sink{}
	e.finished, e.pend = false, nil
	e.w = brotli.NewWriterOptions(&e.out, e.opts)
	return nil
}

func (e *brotliEncoder) close() { e.w = nil }

// brotliDecoder runs andybalholm/brotli's Reader on a pump goroutine.
type brotliDecoder struct{ *pump }

func newBrotliDecoder() *brotliDecoder {
	d := &brotliDecoder{}
	d.pump = newPump(runBrotli)
	return d
}

func runBrotli(p *pump) error {
	r := brotli.NewReader(&p.f)
	err := p.copyFromChecked(r, nil)
	switch {
	case err == nil || err == errAborted:
		return err
	case err.Error() == "brotli: excessive input":
		// The stream ended with input left over in the reader's own
		// buffer (unexported; its length is read through reflection)
		// which, like zlib's trailing data, is not used.
		p.extra = reflect.ValueOf(r).Elem().FieldByName("in").Len()
		return nil
	case err == io.ErrUnexpectedEOF || err == io.EOF:
		return errTruncated
	}
	// The reader's decodeError is an int holding the C library's code.
	if v := reflect.ValueOf(err); v.Kind() == reflect.Int {
		code := int(v.Int())
		return &zError{"Decompression failed", code, "ERR_" + brotliErrorName(code)}
	}
	return &zError{"Decompression failed", -31, "ERR__ERROR_UNREACHABLE"}
}

func (d *brotliDecoder) write(in []byte, flush int, last bool, limit int) ([]byte, bool, int, error) {
	out, more, availIn, err := d.pump.write(in, last || flush == brotliFinish, limit)
	if err == errTruncated && flush != brotliFinish {
		err = nil // as inflater: what was decoded is the answer
	}
	return out, more, availIn, err
}

func (d *brotliDecoder) params(int, int) error { return nil }

func (d *brotliDecoder) reset() error {
	d.pump.close()
	d.pump = newPump(runBrotli)
	return nil
}

func (d *brotliDecoder) close() { d.pump.close() }

// brotliErrorName is BrotliDecoderErrorString for the error codes.
func brotliErrorName(code int) string {
	names := map[int]string{
		-1: "_ERROR_FORMAT_EXUBERANT_NIBBLE", -2: "_ERROR_FORMAT_RESERVED",
		-3: "_ERROR_FORMAT_EXUBERANT_META_NIBBLE", -4: "_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET",
		-5: "_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME", -6: "_ERROR_FORMAT_CL_SPACE",
		-7: "_ERROR_FORMAT_HUFFMAN_SPACE", -8: "_ERROR_FORMAT_CONTEXT_MAP_REPEAT",
		-9: "_ERROR_FORMAT_BLOCK_LENGTH_1", -10: "_ERROR_FORMAT_BLOCK_LENGTH_2",
		-11: "_ERROR_FORMAT_TRANSFORM", -12: "_ERROR_FORMAT_DICTIONARY",
		-13: "_ERROR_FORMAT_WINDOW_BITS", -14: "_ERROR_FORMAT_PADDING_1",
		-15: "_ERROR_FORMAT_PADDING_2", -16: "_ERROR_FORMAT_DISTANCE",
		-19: "_ERROR_DICTIONARY_NOT_SET", -20: "_ERROR_INVALID_ARGUMENTS",
		-21: "_ERROR_ALLOC_CONTEXT_MODES", -22: "_ERROR_ALLOC_TREE_GROUPS",
		-25: "_ERROR_ALLOC_CONTEXT_MAP", -26: "_ERROR_ALLOC_RING_BUFFER_1",
		-27: "_ERROR_ALLOC_RING_BUFFER_2", -30: "_ERROR_ALLOC_BLOCK_TYPE_TREES",
		-31: "_ERROR_UNREACHABLE",
	}
	if n, ok := names[code]; ok {
		return n
	}
	return "_ERROR_UNREACHABLE"
}
