package console

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestStringWidth checks stringWidth against Node's getStringWidth on the
// samples of testdata/widths.json (written by gen_widths.js).
func TestStringWidth(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile(filepath.Join("testdata", "widths.json"))
	if err != nil {
		t.Fatal(err)
	}
	var samples [][2]any
	if err := json.Unmarshal(raw, &samples); err != nil {
		t.Fatal(err)
	}
	if len(samples) < 10 {
		t.Fatalf("only %d samples", len(samples))
	}
	for _, s := range samples {
		str, want := s[0].(string), int(s[1].(float64))
		t.Run(str, func(t *testing.T) {
			if got := stringWidth(str); got != want {
				t.Errorf("stringWidth(%q) = %d, want %d", str, got, want)
			}
		})
	}
}

// TestWidthTableSorted guards the binary search in runeWidth.
func TestWidthTableSorted(t *testing.T) {
	t.Parallel()
	for i, r := range widthRanges {
		if r.lo > r.hi || (i > 0 && widthRanges[i-1].hi >= r.lo) {
			t.Fatalf("widthRanges[%d] = %+v out of order", i, r)
		}
	}
}
