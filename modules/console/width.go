package console

//go:generate sh -c "node --expose-internals gen_widthtable.js > widthtable.go"

import (
	"regexp"
	"sort"
	"sync"

	"golang.org/x/text/unicode/norm"
)

// widthRange gives the column width w of the code points lo..hi.
type widthRange struct {
	lo, hi rune
	w      int8
}

// ansiEscape matches the terminal escape sequences Node's
// stripVTControlCharacters removes (CSI and OSC sequences, as in the
// ansi-regex package), so coloured cells are measured by what shows.
var ansiEscape = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(
		"[\u001B\u009B][\\[\\]()#;?]*" +
			"(?:(?:(?:(?:;[-a-zA-Z\\d/#&.:=?%@~_]+)*" +
			"|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d/#&.:=?%@~_]*)*)?" +
			"(?:\u0007|\u001B\u005C|\u009C))" +
			"|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?" +
			"[\\dA-PR-TZcf-nq-uy=><~]))")
})

// stringWidth is the number of terminal columns s occupies, measured as
// Node's internal getStringWidth does: escape sequences removed, NFC, then
// East Asian width per code point (wide and emoji count 2, marks and
// controls 0).
func stringWidth(s string) int {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x7f || c == 0x1b {
			ascii = false
			break
		}
	}
	if ascii {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x20 {
				n++
			}
		}
		return n
	}
	s = ansiEscape().ReplaceAllString(s, "")
	n := 0
	for _, r := range norm.NFC.String(s) {
		n += runeWidth(r)
	}
	return n
}

// runeWidth looks r up in the table generated from Node.
func runeWidth(r rune) int {
	i := sort.Search(len(widthRanges), func(i int) bool { return widthRanges[i].hi >= r })
	if i < len(widthRanges) && widthRanges[i].lo <= r {
		return int(widthRanges[i].w)
	}
	return 1
}
