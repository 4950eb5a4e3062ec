//go:build !linux && !darwin && !freebsd && !netbsd && !openbsd && !dragonfly

package repl

// keepOutputProcessing has nothing to restore where term.MakeRaw keeps
// output processing (Windows) or is unsupported.
func keepOutputProcessing(fd int) {}
