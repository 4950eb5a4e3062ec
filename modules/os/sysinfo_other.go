//go:build !linux

package os

import "errors"

// Outside Linux gorun does not read CPU, memory or load figures yet:
// os.cpus() is empty, the others are 0 (as node's loadavg is on
// Windows), and uptime fails with a system error.

type cpuInfo struct {
	model                      string
	speed                      int64
	user, nice, sys, idle, irq int64
}

func cpus() []cpuInfo          { return nil }
func freemem() uint64          { return 0 }
func totalmem() uint64         { return 0 }
func loadavg() [3]float64      { return [3]float64{} }
func uptime() (float64, error) { return 0, errors.ErrUnsupported }
