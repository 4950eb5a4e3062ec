package fs

import (
	"strings"
	"unsafe"

	"golang.org/x/sys/unix"
)

// madvPopulateWrite is MADV_POPULATE_WRITE (Linux 5.14+), which x/sys
// doesn't name on every platform.
const madvPopulateWrite = 23

// bigBuffer is the size from which a whole-file read's buffer is
// populated up front.
const bigBuffer = 4 << 20

// makeFileBuffer allocates the buffer a whole-file read fills. A fresh
// 256 MiB Go allocation is faulted in 4 KiB at a time while read(2)
// copies into it, which costs ~3× the copy itself; MADV_POPULATE_WRITE
// maps the pages in one call first (measured for 256 MiB from the page
// cache: ~115-140 ms in all, against ~145-155 ms faulting and node's
// ~150-165 ms). Transparent huge pages (MADV_HUGEPAGE) were faster at
// best (~35 ms) but bimodal: a fault that must wait for the kernel to
// assemble huge pages took 250-680 ms, typically right after another
// process freed a lot of memory. The advice is a hint: an old kernel's
// EINVAL is ignored.
func makeFileBuffer(size int) []byte {
	buf := make([]byte, size)
	if size >= bigBuffer {
		_ = unix.Madvise(buf, madvPopulateWrite)
	}
	return buf
}

// makeChunk allocates n bytes (n > 0) that a read is about to overwrite,
// without zeroing them first: a stream copy reads a fresh 64 KiB chunk per
// read, and clearing it costs as much as a fast read itself. Go has no
// public non-zeroing allocation; strings.Builder.Grow makes one (the
// runtime's bytealg.MakeNoZero), and the slice here is the only reference
// left to that memory once the builder's one-byte string is dropped. The
// object is a plain byte allocation of at least n bytes, so the slice is
// an ordinary heap slice for the GC.
func makeChunk(n int) []byte {
	var b strings.Builder
	b.Grow(n)
	_ = b.WriteByte(0)
	return unsafe.Slice(unsafe.StringData(b.String()), n)
}
