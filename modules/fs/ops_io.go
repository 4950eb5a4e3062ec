package fs

import (
	"io"
	"math/big"
	"strconv"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gorun-js/gorun/modules/buffer"
)

func argStr(a []goja.Value, i int) string {
	if i < len(a) {
		return a[i].String()
	}
	return ""
}

// argInt reads an integer argument; null or undefined is -1. A bigint
// (a read position the shim has range-checked) is taken exactly: as a
// float, 2n**63n - 5n would round to 2**63 and wrap negative.
func argInt(a []goja.Value, i int) int64 {
	if i < len(a) && !goja.IsUndefined(a[i]) && !goja.IsNull(a[i]) {
		// Only a bigint is exported: exporting a number boxes it, and
		// this runs for every argument of every call.
		if goja.IsBigInt(a[i]) {
			if bi, ok := a[i].Export().(*big.Int); ok && bi.IsInt64() {
				return bi.Int64()
			}
		}
		return a[i].ToInteger()
	}
	return -1
}

// bytesArg is buffer.BytesOf for a view of which the call uses n bytes.
// BytesOf first reads the view's byteLength to guard empty views, and
// goja makes any named property read on a typed array slow (the name is
// parsed as an index first); a view with n > 0 bytes in use is not empty,
// so a Uint8Array (a Buffer) is exported at once.
func bytesArg(vm *goja.Runtime, v goja.Value, n int64) []byte {
	if n > 0 {
		if b, ok := v.Export().([]byte); ok {
			return b
		}
	}
	return buffer.BytesOf(vm, v)
}

func argBool(a []goja.Value, i int) bool { return i < len(a) && a[i].ToBoolean() }

func intResult(n int) result {
	return func(vm *goja.Runtime) goja.Value { return vm.ToValue(n) }
}

// retry repeats a call interrupted by a signal, as libuv does.
func retry(f func() (int, error)) (int, error) {
	for {
		n, err := f()
		if err != unix.EINTR {
			return n, err
		}
	}
}

// ops lists every binding function by the name the shim calls.
func (s *fsBinding) ops() map[string]op {
	m := map[string]op{
		"open": func(a []goja.Value) func() (result, error) {
			p, flags, mode := argStr(a, 0), int(argInt(a, 1)), uint32(argInt(a, 2))
			abs := s.abs(p)
			return func() (result, error) {
				fd, err := retry(func() (int, error) { return unix.Open(abs, flags|unix.O_CLOEXEC, mode) })
				return intResult(fd), fail(err, "open", p, "")
			}
		},
		"close": func(a []goja.Value) func() (result, error) {
			fd := int(argInt(a, 0))
			return func() (result, error) { return nil, fail(unix.Close(fd), "close", "", "") }
		},
		// read(fd, buffer, offset, length, position): position < 0 reads
		// at the file's current offset.
		"read": func(a []goja.Value) func() (result, error) {
			off, n, pos := argInt(a, 2), argInt(a, 3), argInt(a, 4)
			fd, buf := int(argInt(a, 0)), bytesArg(s.c.VM, a[1], n)
			dst := buf[off : off+n]
			return func() (result, error) {
				var got int
				var err error
				if pos < 0 {
					got, err = retry(func() (int, error) { return unix.Read(fd, dst) })
				} else {
					got, err = retry(func() (int, error) { return unix.Pread(fd, dst, pos) })
				}
				return intResult(got), fail(err, "read", "", "")
			}
		},
		// readBuffer(fd, length, position) is ReadStream's read: the
		// chunk is allocated and filled on the worker pool instead of
		// being allocated (and zeroed) on the loop first, and a short
		// read is copied out on the pool too, so the stream's Buffer
		// never pins a bigger slab (node copies it in JS). The result is
		// an ArrayBuffer of exactly the bytes read, or 0 at end of file.
		"readBuffer": func(a []goja.Value) func() (result, error) {
			fd, n, pos := int(argInt(a, 0)), argInt(a, 1), argInt(a, 2)
			return func() (result, error) {
				var buf []byte
				if n > 0 {
					buf = makeChunk(int(n))
				}
				var got int
				var err error
				if pos < 0 {
					got, err = retry(func() (int, error) { return unix.Read(fd, buf) })
				} else {
					got, err = retry(func() (int, error) { return unix.Pread(fd, buf, pos) })
				}
				if err != nil {
					return nil, fail(err, "read", "", "")
				}
				if got == 0 {
					return intResult(0), nil
				}
				if got < len(buf) {
					buf = append([]byte(nil), buf[:got]...)
				}
				return func(vm *goja.Runtime) goja.Value { return vm.ToValue(vm.NewArrayBuffer(buf)) }, nil
			}
		},
		"write": func(a []goja.Value) func() (result, error) {
			off, n, pos := argInt(a, 2), argInt(a, 3), argInt(a, 4)
			fd, buf := int(argInt(a, 0)), bytesArg(s.c.VM, a[1], n)
			src := buf[off : off+n]
			if w := s.stdio(fd); w != nil {
				got, err := w.Write(src)
				return func() (result, error) { return intResult(got), fail(err, "write", "", "") }
			}
			return func() (result, error) {
				var got int
				var err error
				if pos < 0 {
					got, err = retry(func() (int, error) { return unix.Write(fd, src) })
				} else {
					got, err = retry(func() (int, error) { return unix.Pwrite(fd, src, pos) })
				}
				return intResult(got), fail(err, "write", "", "")
			}
		},
		// readFile(pathOrFd, isFd, flags) returns an ArrayBuffer the shim
		// wraps in a Buffer or decodes.
		"readFile": func(a []goja.Value) func() (result, error) {
			p, isFd, flags := argStr(a, 0), argBool(a, 1), int(argInt(a, 2))
			abs := s.abs(p)
			if isFd && p == "0" && s.c.Host != nil && s.c.Host.Stdin != nil {
				// The runtime's stdin, like its stdout, is its own.
				in := s.c.Host.Stdin
				return func() (result, error) {
					data, err := io.ReadAll(in)
					if err != nil {
						return nil, fail(err, "read", "", "")
					}
					return func(vm *goja.Runtime) goja.Value { return vm.ToValue(vm.NewArrayBuffer(data)) }, nil
				}
			}
			return func() (result, error) {
				fd := 0
				if isFd {
					fd = int(argIntOf(p))
				} else {
					var err error
					fd, err = retry(func() (int, error) { return unix.Open(abs, flags|unix.O_CLOEXEC, 0o666) })
					if err != nil {
						return nil, fail(err, "open", p, "")
					}
					defer unix.Close(fd)
				}
				data, err := readAll(fd)
				if err != nil {
					return nil, err
				}
				return func(vm *goja.Runtime) goja.Value { return vm.ToValue(vm.NewArrayBuffer(data)) }, nil
			}
		},
		// writeFile(pathOrFd, isFd, data, flags, mode) writes all of data.
		"writeFile": func(a []goja.Value) func() (result, error) {
			p, isFd := argStr(a, 0), argBool(a, 1)
			data := buffer.BytesOf(s.c.VM, a[2])
			flags, mode := int(argInt(a, 3)), uint32(argInt(a, 4))
			abs := s.abs(p)
			if isFd {
				if w := s.stdio(int(argIntOf(p))); w != nil {
					_, err := w.Write(data)
					return func() (result, error) { return nil, fail(err, "write", "", "") }
				}
			}
			return func() (result, error) {
				fd := 0
				if isFd {
					fd = int(argIntOf(p))
				} else {
					var err error
					fd, err = retry(func() (int, error) { return unix.Open(abs, flags|unix.O_CLOEXEC, mode) })
					if err != nil {
						return nil, fail(err, "open", p, "")
					}
					defer unix.Close(fd)
				}
				return nil, writeAll(fd, data)
			}
		},
		// readv/writev(fd, views, position): one vectored call, as libuv
		// makes; position < 0 uses the file offset.
		"readv":     s.vectored(true),
		"writev":    s.vectored(false),
		"fsync":     fdOp("fsync", unix.Fsync),
		"fdatasync": fdOp("fdatasync", unix.Fdatasync),
		"ftruncate": func(a []goja.Value) func() (result, error) {
			fd, n := int(argInt(a, 0)), argInt(a, 1)
			return func() (result, error) { return nil, fail(unix.Ftruncate(fd, n), "ftruncate", "", "") }
		},
		// truncate opens the file as node 20 does (fs.truncate is
		// open('r+') then ftruncate), so a directory fails in open.
		"truncate": func(a []goja.Value) func() (result, error) {
			p, n := argStr(a, 0), argInt(a, 1)
			abs := s.abs(p)
			return func() (result, error) {
				fd, err := retry(func() (int, error) { return unix.Open(abs, unix.O_RDWR|unix.O_CLOEXEC, 0) })
				if err != nil {
					return nil, fail(err, "open", p, "")
				}
				defer unix.Close(fd)
				return nil, fail(unix.Ftruncate(fd, n), "ftruncate", "", "")
			}
		},
	}
	for k, v := range s.metaOps() {
		m[k] = v
	}
	for k, v := range s.dirOps() {
		m[k] = v
	}
	return m
}

// stdio is the runtime's own writer for fd 1 or 2: an embedded runtime's
// stdout is not the Go process's, so fs.writeSync(1, …) must go where
// process.stdout goes. The write happens at once, on the loop, in the
// order of the program's other output.
func (s *fsBinding) stdio(fd int) io.Writer {
	if s.c.Host == nil {
		return nil
	}
	switch fd {
	case 1:
		return s.c.Host.Stdout
	case 2:
		return s.c.Host.Stderr
	}
	return nil
}

func argIntOf(s string) int64 {
	var n int64
	for _, c := range s {
		n = n*10 + int64(c-'0')
	}
	return n
}

func (s *fsBinding) vectored(read bool) op {
	return func(a []goja.Value) func() (result, error) {
		vm := s.c.VM
		fd, pos := int(argInt(a, 0)), argInt(a, 2)
		var iovs [][]byte
		if arr, ok := a[1].(*goja.Object); ok {
			n := int(arr.Get("length").ToInteger())
			for i := 0; i < n; i++ {
				iovs = append(iovs, buffer.BytesOf(vm, arr.Get(strconv.Itoa(i))))
			}
		}
		name := "write"
		if read {
			name = "read"
		}
		return func() (result, error) {
			var n int
			var err error
			switch {
			case read && pos < 0:
				n, err = retry(func() (int, error) { return unix.Readv(fd, iovs) })
			case read:
				n, err = retry(func() (int, error) { return unix.Preadv(fd, iovs, pos) })
			case pos < 0:
				n, err = retry(func() (int, error) { return unix.Writev(fd, iovs) })
			default:
				n, err = retry(func() (int, error) { return unix.Pwritev(fd, iovs, pos) })
			}
			return intResult(n), fail(err, name, "", "")
		}
	}
}

func fdOp(name string, f func(int) error) op {
	return func(a []goja.Value) func() (result, error) {
		fd := int(argInt(a, 0))
		return func() (result, error) { return nil, fail(f(fd), name, "", "") }
	}
}

// readAll reads fd to its end, sizing the buffer from fstat for regular
// files (files in /proc report 0 and are read until EOF anyway); like
// node, a bad fd fails in fstat.
func readAll(fd int) ([]byte, error) {
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, fail(err, "fstat", "", "")
	}
	size := 0
	if st.Mode&unix.S_IFMT == unix.S_IFREG {
		if st.Size > kIoMaxLength {
			return nil, &tooLargeError{size: st.Size}
		}
		size = int(st.Size)
	}
	// One byte more than the file, so the read that sees EOF needs no
	// growth.
	buf := makeFileBuffer(size + 1)[:0]
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := retry(func() (int, error) { return unix.Read(fd, buf[len(buf):cap(buf)]) })
		if err != nil {
			return nil, fail(err, "read", "", "")
		}
		if n == 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+n]
	}
}

// kIoMaxLength is node's cap on one readFile of a regular file.
const kIoMaxLength = 1<<31 - 1

func writeAll(fd int, data []byte) error {
	for len(data) > 0 {
		n, err := retry(func() (int, error) { return unix.Write(fd, data) })
		if err != nil {
			return fail(err, "write", "", "")
		}
		if n == 0 {
			return fail(io.ErrShortWrite, "write", "", "")
		}
		data = data[n:]
	}
	return nil
}
