//go:build unix

package os

import (
	"bufio"
	"os"
	"runtime"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// uname returns os.type(), os.version(), os.release() and os.machine().
func uname() (sysname, version, release, machine string) {
	var u unix.Utsname
	if unix.Uname(&u) != nil {
		return "", "", "", ""
	}
	str := func(b []byte) string {
		if i := strings.IndexByte(string(b), 0); i >= 0 {
			b = b[:i]
		}
		return string(b)
	}
	return str(u.Sysname[:]), str(u.Version[:]), str(u.Release[:]), str(u.Machine[:])
}

// processPid maps Node's pid 0 ("this process") to the real pid: on
// Linux a nice value belongs to one thread, and pid 0 would name
// whichever thread the goroutine happens to run on, so a set and a get
// could disagree. The pid is the main thread's, which is what pid 0
// means for node.
func processPid(pid int) int {
	if pid == 0 {
		return os.Getpid()
	}
	return pid
}

func getPriority(pid int) (int, error) {
	p, err := unix.Getpriority(unix.PRIO_PROCESS, processPid(pid))
	if err != nil {
		return 0, err
	}
	// Linux's raw syscall returns 20 - nice so that it is never
	// negative; libc (and so libuv) hands back the nice value itself.
	if runtime.GOOS == "linux" {
		return 20 - p, nil
	}
	return p, nil
}

func setPriority(pid, prio int) error {
	return unix.Setpriority(unix.PRIO_PROCESS, processPid(pid), prio)
}

// passwd is one /etc/passwd entry.
type passwd struct {
	name, home, shell string
	uid, gid          int
}

// lookupUID finds uid in /etc/passwd. libuv asks getpwuid_r, which may
// consult NSS too; without cgo the file is what Go can read.
func lookupUID(uid int) (passwd, error) {
	f, err := os.Open("/etc/passwd")
	if err != nil {
		return passwd{}, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), ":")
		if len(fields) < 7 {
			continue
		}
		id, err := strconv.Atoi(fields[2])
		if err != nil || id != uid {
			continue
		}
		gid, _ := strconv.Atoi(fields[3])
		return passwd{name: fields[0], uid: id, gid: gid, home: fields[5], shell: fields[6]}, nil
	}
	return passwd{}, unix.ENOENT
}

func currentUser() (passwd, error) { return lookupUID(os.Getuid()) }
