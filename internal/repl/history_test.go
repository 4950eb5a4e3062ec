package repl

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHistoryFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "history")
	h := newHistory(3)
	if err := h.load(path); err != nil || h.len() != 0 {
		t.Fatalf("missing file: %v, %d entries", err, h.len())
	}
	for _, l := range []string{"a", "b", "b", "c", "d"} {
		h.add(l)
	}
	if got := strings.Join(h.entries, ","); got != "d,c,b" {
		t.Errorf("entries %q: newest first, no repeats, at most 3", got)
	}
	if err := h.save(path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// node's format: one entry per line, newest first, no final newline.
	if string(data) != "d\nc\nb" {
		t.Errorf("file %q", data)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("file mode %v, want 0600", fi.Mode().Perm())
	}
	if err := os.WriteFile(path, []byte("x\r\ny\n\nz\nw"), 0o600); err != nil {
		t.Fatal(err)
	}
	h2 := newHistory(3)
	if err := h2.load(path); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(h2.entries, ","); got != "x,y,z" {
		t.Errorf("loaded %q", got)
	}
}

func TestDefaultHistoryFile(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"home", map[string]string{"HOME": "/home/u"}, "/home/u/.gorun_repl_history"},
		{"override", map[string]string{"HOME": "/home/u", HistoryEnv: " /tmp/h "}, "/tmp/h"},
		{"disabled", map[string]string{"HOME": "/home/u", HistoryEnv: ""}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := DefaultHistoryFile(func(k string) (string, bool) { v, ok := tt.env[k]; return v, ok })
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestColorsAllowed(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want bool
	}{
		{map[string]string{}, true},
		{map[string]string{"NO_COLOR": ""}, false},
		{map[string]string{"NODE_DISABLE_COLORS": "1"}, false},
		{map[string]string{"TERM": "dumb"}, false},
		{map[string]string{"FORCE_COLOR": "0"}, false},
		{map[string]string{"FORCE_COLOR": "1", "NO_COLOR": "1"}, true},
	}
	for _, tt := range tests {
		if got := colorsAllowed(func(k string) (string, bool) { v, ok := tt.env[k]; return v, ok }); got != tt.want {
			t.Errorf("%v: %v, want %v", tt.env, got, tt.want)
		}
	}
}
