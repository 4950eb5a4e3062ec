package os

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// The numbers below are read the way libuv reads them on Linux, so that
// os.* agrees with node run on the same machine: /proc first, sysinfo(2)
// as the fallback.

// cpuInfo is one logical CPU as os.cpus() reports it; times are in
// milliseconds.
type cpuInfo struct {
	model                      string
	speed                      int64
	user, nice, sys, idle, irq int64
}

// clockTicks is sysconf(_SC_CLK_TCK). Linux fixes USER_HZ at 100 for
// every architecture gorun builds for; Go cannot call sysconf without cgo.
const clockTicks = 100

func cpus() []cpuInfo {
	stat, err := os.ReadFile("/proc/stat")
	if err != nil {
		return nil
	}
	var list []cpuInfo
	mult := int64(1000 / clockTicks)
	for _, line := range strings.Split(string(stat), "\n") {
		f := strings.Fields(line)
		// Per-CPU lines only: "cpu0 ...", not the "cpu" total.
		if len(f) < 8 || !strings.HasPrefix(f[0], "cpu") || f[0] == "cpu" {
			continue
		}
		n := func(i int) int64 { v, _ := strconv.ParseInt(f[i], 10, 64); return v * mult }
		list = append(list, cpuInfo{user: n(1), nice: n(2), sys: n(3), idle: n(4), irq: n(6)})
	}
	models := cpuModels()
	for i := range list {
		list[i].model = "unknown"
		if i < len(models) {
			list[i].model = models[i]
		}
		list[i].speed = cpuSpeed(i)
	}
	return list
}

// cpuModels lists the "model name" of each processor in /proc/cpuinfo
// (the key libuv reads on x86; ARM kernels call it "Processor" or give
// only "CPU part", which libuv reads as the model too).
func cpuModels() []string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return nil
	}
	var models []string
	for _, line := range strings.Split(string(data), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		switch strings.TrimSpace(k) {
		case "model name", "Processor":
			models = append(models, strings.TrimSpace(v))
		}
	}
	return models
}

// cpuSpeed is the current frequency in MHz, 0 when cpufreq is absent
// (virtual machines, containers).
func cpuSpeed(cpu int) int64 {
	data, err := os.ReadFile("/sys/devices/system/cpu/cpu" + strconv.Itoa(cpu) + "/cpufreq/scaling_cur_freq")
	if err != nil {
		return 0
	}
	khz, _ := strconv.ParseInt(strings.TrimSpace(string(data)), 10, 64)
	return khz / 1000
}

// meminfo reads one "Key: N kB" line of /proc/meminfo, in bytes.
func meminfo(key string) (uint64, bool) {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	prefix := []byte(key + ":")
	for sc.Scan() {
		line := sc.Bytes()
		if !bytes.HasPrefix(line, prefix) {
			continue
		}
		fields := strings.Fields(string(line[len(prefix):]))
		if len(fields) == 0 {
			return 0, false
		}
		kb, err := strconv.ParseUint(fields[0], 10, 64)
		return kb * 1024, err == nil
	}
	return 0, false
}

func freemem() uint64 {
	if v, ok := meminfo("MemAvailable"); ok {
		return v
	}
	var si unix.Sysinfo_t
	if unix.Sysinfo(&si) != nil {
		return 0
	}
	return uint64(si.Freeram) * uint64(si.Unit)
}

func totalmem() uint64 {
	if v, ok := meminfo("MemTotal"); ok {
		return v
	}
	var si unix.Sysinfo_t
	if unix.Sysinfo(&si) != nil {
		return 0
	}
	return uint64(si.Totalram) * uint64(si.Unit)
}

func loadavg() [3]float64 {
	if data, err := os.ReadFile("/proc/loadavg"); err == nil {
		f := strings.Fields(string(data))
		if len(f) >= 3 {
			var out [3]float64
			ok := true
			for i := range out {
				v, err := strconv.ParseFloat(f[i], 64)
				out[i], ok = v, ok && err == nil
			}
			if ok {
				return out
			}
		}
	}
	var si unix.Sysinfo_t
	if unix.Sysinfo(&si) != nil {
		return [3]float64{}
	}
	return [3]float64{float64(si.Loads[0]) / 65536, float64(si.Loads[1]) / 65536, float64(si.Loads[2]) / 65536}
}

func uptime() (float64, error) {
	if data, err := os.ReadFile("/proc/uptime"); err == nil {
		if f := strings.Fields(string(data)); len(f) > 0 {
			if v, err := strconv.ParseFloat(f[0], 64); err == nil {
				return v, nil
			}
		}
	}
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_BOOTTIME, &ts); err != nil {
		return 0, err
	}
	return float64(ts.Sec), nil
}
