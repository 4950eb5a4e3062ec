package repl

import (
	"os"
	"path/filepath"
	"strings"
)

// history is the list of entered lines, most recent first, as readline
// keeps it.
type history struct {
	entries []string
	max     int
}

// defaultHistorySize is node's REPL history size (NODE_REPL_HISTORY_SIZE
// defaults to 1000).
const defaultHistorySize = 1000

func newHistory(max int) *history {
	if max <= 0 {
		max = defaultHistorySize
	}
	return &history{max: max}
}

func (h *history) len() int        { return len(h.entries) }
func (h *history) at(i int) string { return h.entries[i] }

// add records line unless it repeats the most recent entry.
func (h *history) add(line string) {
	if len(h.entries) > 0 && h.entries[0] == line {
		return
	}
	h.entries = append([]string{line}, h.entries...)
	if len(h.entries) > h.max {
		h.entries = h.entries[:h.max]
	}
}

var historySplit = lazyRegexp(`[\n\r]+`)

// load reads a history file written by save (or by node: the format is
// the same, one entry per line, most recent first). A missing file is an
// empty history.
func (h *history) load(path string) error {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	if len(data) == 0 {
		return nil
	}
	entries := historySplit().Split(string(data), -1)
	if len(entries) > h.max {
		entries = entries[:h.max]
	}
	h.entries = entries
	return nil
}

// save writes the history to path, readable only by the user as node
// does (nodejs/node#3392): history holds whatever was typed, secrets too.
func (h *history) save(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	data := strings.Join(h.entries, "\n")
	return os.WriteFile(path, []byte(data), 0o600)
}

// HistoryEnv is the environment variable naming the REPL history file,
// like NODE_REPL_HISTORY: set to an empty string it disables the history.
const HistoryEnv = "GORUN_REPL_HISTORY"

// DefaultHistoryFile is where the history is kept given an environment
// lookup (os.LookupEnv, or one over a runtime's own environment): the
// value of GORUN_REPL_HISTORY when it is set, trimmed, where empty means
// no persistent history; otherwise ~/.gorun_repl_history. It returns ""
// when there is no usable location.
func DefaultHistoryFile(lookup func(string) (string, bool)) string {
	if v, ok := lookup(HistoryEnv); ok {
		return strings.TrimSpace(v)
	}
	home, ok := lookup("HOME")
	if !ok || home == "" {
		h, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		home = h
	}
	return filepath.Join(home, ".gorun_repl_history")
}
