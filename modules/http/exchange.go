package http

import (
	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules/buffer"
)

// bind gives the exchange's JS object its methods. The shim sets
// ondata(arrayBuffer), onend(rawTrailers), onerror(err) and onabort() on
// it.
func (ex *exchange) bind(o *goja.Object) {
	s := ex.sv.s
	vm := s.vm
	ex.js = o
	done := s.done
	_ = o.Set("writeHead", func(status int, headers goja.Value) bool {
		return ex.q.push(op{kind: opHead, status: status, headers: pairs(headers)})
	})
	_ = o.Set("write", func(data, cb goja.Value) bool {
		return ex.q.push(op{kind: opWrite, data: buffer.CopyOf(vm, data), done: done(cb)})
	})
	_ = o.Set("flush", func() bool { return ex.q.push(op{kind: opFlush}) })
	_ = o.Set("end", func(data, trailers, cb goja.Value) bool {
		return ex.q.push(op{kind: opEnd, data: buffer.CopyOf(vm, data), headers: pairs(trailers), done: done(cb)})
	})
	_ = o.Set("read", func() {
		if !ex.body.started {
			ex.body.started = true
			ex.body.start(ex.sv.post, func(b []byte) {
				s.call(o.Get("ondata"), vm.ToValue(vm.NewArrayBuffer(b)))
			}, func() {
				s.call(o.Get("onend"), s.strs(mapHeaders("", ex.r.Trailer)))
			}, func(err error) {
				if ex.finished.Load() {
					s.call(o.Get("onend"), s.strs(nil))
					return
				}
				s.call(o.Get("onerror"), vm.ToValue(err.Error()))
			})
		}
		ex.body.read()
	})
	_ = o.Set("destroy", func() {
		ex.body.close()
		if ex.conn != nil {
			_ = ex.conn.Close()
		}
	})
}
