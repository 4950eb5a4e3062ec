package fs

import (
	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// statResult is what the shim's Stats and BigIntStats are built from:
// dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then
// seconds and nanoseconds of atime, mtime, ctime and birthtime. statx is
// used, as libuv does, because only it reports the birth time.
func statResult(st *unix.Statx_t) result {
	vals := []any{
		float64(unix.Mkdev(st.Dev_major, st.Dev_minor)), int64(st.Mode), int64(st.Nlink),
		int64(st.Uid), int64(st.Gid), float64(unix.Mkdev(st.Rdev_major, st.Rdev_minor)),
		int64(st.Blksize), float64(st.Ino), float64(st.Size), float64(st.Blocks),
		st.Atime.Sec, int64(st.Atime.Nsec), st.Mtime.Sec, int64(st.Mtime.Nsec),
		st.Ctime.Sec, int64(st.Ctime.Nsec), st.Btime.Sec, int64(st.Btime.Nsec),
	}
	if st.Mask&unix.STATX_BTIME == 0 {
		vals[16], vals[17] = int64(0), int64(0)
	}
	return func(vm *goja.Runtime) goja.Value { return vm.NewArray(vals...) }
}

const statxMask = unix.STATX_BASIC_STATS | unix.STATX_BTIME

func (s *fsBinding) statOp(syscallName string, flags int) op {
	return func(a []goja.Value) func() (result, error) {
		p := argStr(a, 0)
		abs := s.abs(p)
		return func() (result, error) {
			var st unix.Statx_t
			if err := unix.Statx(unix.AT_FDCWD, abs, flags, statxMask, &st); err != nil {
				return nil, fail(err, syscallName, p, "")
			}
			return statResult(&st), nil
		}
	}
}

// timespec converts seconds (the shim's toUnixTimestamp) as libuv does:
// truncated to whole microseconds, so stat reads back what node's would.
func timespec(sec float64) unix.Timespec {
	whole := int64(sec)
	if float64(whole) > sec {
		whole--
	}
	nsec := int64((sec - float64(whole)) * 1e9)
	return unix.Timespec{Sec: whole, Nsec: nsec - nsec%1000}
}

func argFloat(a []goja.Value, i int) float64 {
	if i < len(a) {
		return a[i].ToFloat()
	}
	return 0
}

func (s *fsBinding) metaOps() map[string]op {
	pathOp := func(name string, f func(abs string, a []goja.Value) func() error) op {
		return func(a []goja.Value) func() (result, error) {
			p := argStr(a, 0)
			run := f(s.abs(p), a)
			return func() (result, error) { return nil, fail(run(), name, p, "") }
		}
	}
	fdArgOp := func(name string, f func(fd int, a []goja.Value) func() error) op {
		return func(a []goja.Value) func() (result, error) {
			run := f(int(argInt(a, 0)), a)
			return func() (result, error) { return nil, fail(run(), name, "", "") }
		}
	}
	return map[string]op{
		"stat":  s.statOp("stat", 0),
		"lstat": s.statOp("lstat", unix.AT_SYMLINK_NOFOLLOW),
		"fstat": func(a []goja.Value) func() (result, error) {
			fd := int(argInt(a, 0))
			return func() (result, error) {
				var st unix.Statx_t
				if err := unix.Statx(fd, "", unix.AT_EMPTY_PATH, statxMask, &st); err != nil {
					return nil, fail(err, "fstat", "", "")
				}
				return statResult(&st), nil
			}
		},
		"statfs": func(a []goja.Value) func() (result, error) {
			p := argStr(a, 0)
			abs := s.abs(p)
			return func() (result, error) {
				var st unix.Statfs_t
				if err := unix.Statfs(abs, &st); err != nil {
					return nil, fail(err, "statfs", p, "")
				}
				vals := []any{float64(st.Type), float64(st.Bsize), float64(st.Blocks), float64(st.Bfree),
					float64(st.Bavail), float64(st.Files), float64(st.Ffree)}
				return func(vm *goja.Runtime) goja.Value { return vm.NewArray(vals...) }, nil
			}
		},
		"access": pathOp("access", func(abs string, a []goja.Value) func() error {
			mode := uint32(argInt(a, 1))
			return func() error { return unix.Faccessat(unix.AT_FDCWD, abs, mode, 0) }
		}),
		"chmod": pathOp("chmod", func(abs string, a []goja.Value) func() error {
			mode := uint32(argInt(a, 1))
			return func() error { return unix.Chmod(abs, mode) }
		}),
		"fchmod": fdArgOp("fchmod", func(fd int, a []goja.Value) func() error {
			mode := uint32(argInt(a, 1))
			return func() error { return unix.Fchmod(fd, mode) }
		}),
		"chown": pathOp("chown", func(abs string, a []goja.Value) func() error {
			uid, gid := int(argInt(a, 1)), int(argInt(a, 2))
			return func() error { return unix.Chown(abs, uid, gid) }
		}),
		"lchown": pathOp("lchown", func(abs string, a []goja.Value) func() error {
			uid, gid := int(argInt(a, 1)), int(argInt(a, 2))
			return func() error { return unix.Lchown(abs, uid, gid) }
		}),
		"fchown": fdArgOp("fchown", func(fd int, a []goja.Value) func() error {
			uid, gid := int(argInt(a, 1)), int(argInt(a, 2))
			return func() error { return unix.Fchown(fd, uid, gid) }
		}),
		"utimes": pathOp("utime", func(abs string, a []goja.Value) func() error {
			ts := []unix.Timespec{timespec(argFloat(a, 1)), timespec(argFloat(a, 2))}
			return func() error { return unix.UtimesNanoAt(unix.AT_FDCWD, abs, ts, 0) }
		}),
		"lutimes": pathOp("lutime", func(abs string, a []goja.Value) func() error {
			ts := []unix.Timespec{timespec(argFloat(a, 1)), timespec(argFloat(a, 2))}
			return func() error { return unix.UtimesNanoAt(unix.AT_FDCWD, abs, ts, unix.AT_SYMLINK_NOFOLLOW) }
		}),
		"futimes": fdArgOp("futime", func(fd int, a []goja.Value) func() error {
			at, mt := timespec(argFloat(a, 1)), timespec(argFloat(a, 2))
			tv := []unix.Timeval{{Sec: at.Sec, Usec: at.Nsec / 1e3}, {Sec: mt.Sec, Usec: mt.Nsec / 1e3}}
			return func() error { return unix.Futimes(fd, tv) }
		}),
	}
}
