// Command bench compares gorun with node on the same machine, in one run,
// and prints each figure as a ratio to node (`make bench`). Runs are
// interleaved (gorun, node, gorun, node, …) so drift in machine load hits
// both alike; the median of the runs is reported.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"
)

// measure is one benchmark: the same arguments run under both runtimes.
type measure struct {
	name string
	args []string
	// metric extracts the figure from a finished run (lower is better).
	metric func(wall time.Duration, st *os.ProcessState) float64
	unit   string
	// idle: sample the resident set while the program idles (for idleRSS).
	idle bool
	// printed: the program prints its own figure (milliseconds of the
	// measured part, from bench/js), which is the metric.
	printed bool
	// runs overrides -runs for heavy measures (0: -runs).
	runs int
	// env returns extra environment for one run of gorun (nil: none).
	env func() []string
}

func wall(d time.Duration, _ *os.ProcessState) float64 { return float64(d.Microseconds()) / 1000 }

// idleRSS is filled in by runOnce for measures that sample memory while
// the program idles (VmRSS from /proc, after start-up settled).
func idleRSS(_ time.Duration, _ *os.ProcessState) float64 { return lastIdleRSS }

var lastIdleRSS float64

func maxRSS(_ time.Duration, st *os.ProcessState) float64 {
	ru, ok := st.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0
	}
	return float64(ru.Maxrss) / 1024 // KiB on Linux → MiB
}

func main() {
	gorun := flag.String("gorun", "bin/gorun", "gorun binary")
	node := flag.String("node", "node", "node binary")
	runs := flag.Int("runs", 11, "runs per runtime (median reported)")
	only := flag.String("only", "", "run only the measures whose name contains this")
	flag.Parse()
	if _, err := exec.LookPath(*node); err != nil {
		fmt.Fprintln(os.Stderr, "bench: node not found; nothing to compare with")
		os.Exit(1)
	}
	measures := []measure{
		{name: "start-up (-e 0)", args: []string{"-e", "0"}, metric: wall, unit: "ms"},
		{name: "start-up (hello world file)", args: []string{"bench/js/hello.js"}, metric: wall, unit: "ms"},
		{name: "idle RSS (waiting on a timer)", args: []string{"-e", "setTimeout(() => {}, 400)"}, metric: idleRSS, unit: "MiB", idle: true},
		{name: "peak RSS (same program)", args: []string{"-e", "setTimeout(() => {}, 400)"}, metric: maxRSS, unit: "MiB"},
	}
	for _, kind := range []string{"base64", "hex", "utf8", "concat", "indexOf"} {
		measures = append(measures, measure{name: "Buffer " + kind + " (1 MiB)", args: []string{"bench/js/buffer_codecs.js", kind}, unit: "ms", printed: true})
	}
	measures = append(measures,
		measure{name: "EventEmitter.emit ×200k", args: []string{"bench/js/emit.js"}, unit: "ms", printed: true},
		measure{name: "util.inspect 2000 records", args: []string{"bench/js/inspect.js"}, unit: "ms", printed: true},
		// I/O (issue 5): heavy, so fewer runs. Inputs are made once in
		// the temp dir (bench/js/io.js). The 256 MiB file measures take
		// five: the system's writeback now and then stalls one run of
		// either runtime by 0.2-0.7 s, which a median of three can catch.
		measure{name: "fs.readFile 256 MiB", args: []string{"bench/js/io.js", "readfile"}, unit: "ms", printed: true, runs: 5},
		measure{name: "fs.writeFile 256 MiB", args: []string{"bench/js/io.js", "writefile"}, unit: "ms", printed: true, runs: 5},
		measure{name: "stream copy 256 MiB (pipe)", args: []string{"bench/js/io.js", "copy"}, unit: "ms", printed: true, runs: 5},
		measure{name: "stream copy 256 MiB: peak RSS", args: []string{"bench/js/io.js", "copy"}, metric: maxRSS, unit: "MiB", runs: 3},
		measure{name: "zlib.gzip 64 MiB text", args: []string{"bench/js/io.js", "gzip"}, unit: "ms", printed: true, runs: 3},
		measure{name: "zlib.gunzip 64 MiB text", args: []string{"bench/js/io.js", "gunzip"}, unit: "ms", printed: true, runs: 3},
		measure{name: "child_process.spawn ×200 (sequential)", args: []string{"bench/js/io.js", "spawn"}, unit: "ms", printed: true, runs: 3},
	)
	// Issue 3: an app importing large ES module trees, cold (every file
	// through esbuild) and warm (the transform cache filled).
	if app, cleanup, err := importApp(); err != nil {
		fmt.Fprintf(os.Stderr, "bench: skipping the import start-up measures: %v\n", err)
	} else {
		defer cleanup()
		warm, _ := os.MkdirTemp("", "gorun-bench-cache-")
		defer os.RemoveAll(warm)
		var colds []string
		defer func() {
			for _, d := range colds {
				os.RemoveAll(d)
			}
		}()
		measures = append(measures,
			measure{name: "import lodash-es + rxjs (cold transform cache)", args: []string{app}, metric: wall, unit: "ms", runs: 5,
				env: func() []string {
					d, _ := os.MkdirTemp("", "gorun-bench-cache-")
					colds = append(colds, d)
					return []string{"GORUN_CACHE_DIR=" + d}
				}},
			measure{name: "import lodash-es + rxjs (warm transform cache)", args: []string{app}, metric: wall, unit: "ms",
				env: func() []string { return []string{"GORUN_CACHE_DIR=" + warm} }},
		)
		// Fill the warm cache before measuring.
		fill := exec.Command(*gorun, app)
		fill.Env = append(os.Environ(), "GORUN_CACHE_DIR="+warm)
		_ = fill.Run()
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "benchmark\tgorun\tnode\tratio (gorun/node)\t")
	for _, m := range measures {
		if !strings.Contains(m.name, *only) {
			continue
		}
		n := *runs
		if m.runs > 0 && m.runs < n {
			n = m.runs
		}
		var gs, ns []float64
		var failed error
		for i := 0; i < n && failed == nil; i++ {
			var v float64
			if v, failed = runOnce(*gorun, m, true); failed == nil {
				gs = append(gs, v)
				v, failed = runOnce(*node, m, false)
				ns = append(ns, v)
			}
		}
		if failed != nil {
			// A measure gorun can't run yet is reported, not fatal.
			fmt.Fprintf(tw, "%s\tfailed\t\t\t\n", m.name)
			fmt.Fprintf(os.Stderr, "bench: %s: %v\n", m.name, failed)
			continue
		}
		mg, mn := median(gs), median(ns)
		fmt.Fprintf(tw, "%s\t%.2f %s\t%.2f %s\t%.3f×\t\n", m.name, mg, m.unit, mn, m.unit, mg/mn)
		tw.Flush()
	}
	tw.Flush()
}

func runOnce(bin string, m measure, isGorun bool) (float64, error) {
	cmd := exec.Command(bin, m.args...)
	if isGorun && m.env != nil {
		cmd.Env = append(os.Environ(), m.env()...)
	}
	if m.printed {
		var stderr strings.Builder
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return 0, fmt.Errorf("%s %v: %v\n%s", bin, m.args, err, stderr.String())
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
		if err != nil {
			return 0, fmt.Errorf("%s %v printed %q", bin, m.args, out)
		}
		return v, nil
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, fmt.Errorf("%s %v: %v", bin, m.args, err)
	}
	if m.idle {
		// Sample the resident set once start-up is long over and the
		// program only waits on its timer.
		time.Sleep(250 * time.Millisecond)
		lastIdleRSS = vmRSS(cmd.Process.Pid)
	}
	if err := cmd.Wait(); err != nil {
		return 0, fmt.Errorf("%s %v: %v", bin, m.args, err)
	}
	return m.metric(time.Since(start), cmd.ProcessState), nil
}

// vmRSS reads a running process's resident set size in MiB.
func vmRSS(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
