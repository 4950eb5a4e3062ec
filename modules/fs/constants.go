package fs

import (
	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// constants is fs.constants in node's order; the O_* and S_* values are
// the platform's own.
func constants(vm *goja.Runtime) *goja.Object {
	o := vm.NewObject()
	for _, kv := range []struct {
		k string
		v int
	}{
		{"UV_FS_SYMLINK_DIR", 1}, {"UV_FS_SYMLINK_JUNCTION", 2},
		{"O_RDONLY", unix.O_RDONLY}, {"O_WRONLY", unix.O_WRONLY}, {"O_RDWR", unix.O_RDWR},
		{"UV_DIRENT_UNKNOWN", direntUnknown}, {"UV_DIRENT_FILE", direntFile}, {"UV_DIRENT_DIR", direntDir},
		{"UV_DIRENT_LINK", direntLink}, {"UV_DIRENT_FIFO", direntFIFO}, {"UV_DIRENT_SOCKET", direntSocket},
		{"UV_DIRENT_CHAR", direntChar}, {"UV_DIRENT_BLOCK", direntBlock},
		{"EXTENSIONLESS_FORMAT_JAVASCRIPT", 0}, {"EXTENSIONLESS_FORMAT_WASM", 1},
		{"S_IFMT", unix.S_IFMT}, {"S_IFREG", unix.S_IFREG}, {"S_IFDIR", unix.S_IFDIR},
		{"S_IFCHR", unix.S_IFCHR}, {"S_IFBLK", unix.S_IFBLK}, {"S_IFIFO", unix.S_IFIFO},
		{"S_IFLNK", unix.S_IFLNK}, {"S_IFSOCK", unix.S_IFSOCK},
		{"O_CREAT", unix.O_CREAT}, {"O_EXCL", unix.O_EXCL}, {"UV_FS_O_FILEMAP", 0},
		{"O_NOCTTY", unix.O_NOCTTY}, {"O_TRUNC", unix.O_TRUNC}, {"O_APPEND", unix.O_APPEND},
		{"O_DIRECTORY", unix.O_DIRECTORY}, {"O_NOATIME", unix.O_NOATIME}, {"O_NOFOLLOW", unix.O_NOFOLLOW},
		{"O_SYNC", unix.O_SYNC}, {"O_DSYNC", unix.O_DSYNC}, {"O_DIRECT", unix.O_DIRECT},
		{"O_NONBLOCK", unix.O_NONBLOCK},
		{"S_IRWXU", 0o700}, {"S_IRUSR", 0o400}, {"S_IWUSR", 0o200}, {"S_IXUSR", 0o100},
		{"S_IRWXG", 0o70}, {"S_IRGRP", 0o40}, {"S_IWGRP", 0o20}, {"S_IXGRP", 0o10},
		{"S_IRWXO", 0o7}, {"S_IROTH", 0o4}, {"S_IWOTH", 0o2}, {"S_IXOTH", 0o1},
		{"F_OK", unix.F_OK}, {"R_OK", unix.R_OK}, {"W_OK", unix.W_OK}, {"X_OK", unix.X_OK},
		{"UV_FS_COPYFILE_EXCL", 1}, {"COPYFILE_EXCL", 1},
		{"UV_FS_COPYFILE_FICLONE", 2}, {"COPYFILE_FICLONE", 2},
		{"UV_FS_COPYFILE_FICLONE_FORCE", 4}, {"COPYFILE_FICLONE_FORCE", 4},
	} {
		_ = o.Set(kv.k, kv.v)
	}
	return o
}
