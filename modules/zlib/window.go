package zlib

import (
	"io"
	"reflect"
	"unsafe"
)

// window reaches the decoded bytes that klauspost/compress/flate's decoder
// holds in its history window and has not handed out yet. The decoder
// hands them out only when the window fills or a block ends, while zlib
// hands out everything it decoded whenever it runs out of input; Node's
// streams show the difference (data of a chunk arrives with that chunk).
// The library has no API for it, so the window's fields (dictDecoder's
// hist, wrPos, rdPos, flushed in the pinned version) are found by
// reflection; if they are not there, window is not available and output
// comes at block boundaries as before. TestPartialOutput pins this.
type window struct {
	hist         *[]byte
	wrPos, rdPos *int
	flushed      *int64
}

// windowOf finds the window of r, a reader made by flate.NewReader.
func windowOf(r io.Reader) (window, bool) {
	v := reflect.ValueOf(r)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return window{}, false
	}
	d := v.Elem().FieldByName("dict")
	if !d.IsValid() || d.Kind() != reflect.Struct {
		return window{}, false
	}
	hist, wr, rd, fl := d.FieldByName("hist"), d.FieldByName("wrPos"), d.FieldByName("rdPos"), d.FieldByName("flushed")
	if !hist.IsValid() || hist.Type() != reflect.TypeOf([]byte(nil)) ||
		!wr.IsValid() || wr.Kind() != reflect.Int || !rd.IsValid() || rd.Kind() != reflect.Int ||
		!fl.IsValid() || fl.Kind() != reflect.Int64 {
		return window{}, false
	}
	return window{
		hist:    (*[]byte)(unsafe.Pointer(hist.UnsafeAddr())),
		wrPos:   (*int)(unsafe.Pointer(wr.UnsafeAddr())),
		rdPos:   (*int)(unsafe.Pointer(rd.UnsafeAddr())),
		flushed: (*int64)(unsafe.Pointer(fl.UnsafeAddr())),
	}, true
}

// take returns the decoded bytes not handed out yet and marks them
// handed out, as the decoder's readFlush does (without wrapping the
// window, which the decoder does itself when it next finds it full). It
// may only run on the decoder's goroutine while the decoder waits for
// input.
func (w window) take() []byte {
	rd, wr := *w.rdPos, *w.wrPos
	if rd >= wr || wr > len(*w.hist) {
		return nil
	}
	b := (*w.hist)[rd:wr]
	*w.rdPos = wr
	*w.flushed += int64(wr - rd)
	return b
}
