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
}

func wall(d time.Duration, _ *os.ProcessState) float64 { return float64(d.Microseconds()) / 1000 }

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
	flag.Parse()
	if _, err := exec.LookPath(*node); err != nil {
		fmt.Fprintln(os.Stderr, "bench: node not found; nothing to compare with")
		os.Exit(1)
	}
	measures := []measure{
		{"start-up (-e 0)", []string{"-e", "0"}, wall, "ms"},
		{"idle RSS (timer 200ms)", []string{"-e", "setTimeout(() => {}, 200)"}, maxRSS, "MiB"},
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "benchmark\tgorun\tnode\tratio (gorun/node)\t")
	for _, m := range measures {
		var g, n []float64
		for i := 0; i < *runs; i++ {
			g = append(g, runOnce(*gorun, m))
			n = append(n, runOnce(*node, m))
		}
		mg, mn := median(g), median(n)
		fmt.Fprintf(tw, "%s\t%.2f %s\t%.2f %s\t%.3f×\t\n", m.name, mg, m.unit, mn, m.unit, mg/mn)
	}
	tw.Flush()
}

func runOnce(bin string, m measure) float64 {
	cmd := exec.Command(bin, m.args...)
	start := time.Now()
	if err := cmd.Run(); err != nil {
		fmt.Fprintf(os.Stderr, "bench: %s %v: %v\n", bin, m.args, err)
		os.Exit(1)
	}
	return m.metric(time.Since(start), cmd.ProcessState)
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
