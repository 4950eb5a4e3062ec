package tests

import (
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/gorun-js/gorun/runtime"
)

// TestReadmeModuleTable keeps README's table of Node modules true: every
// module gorun has is listed with a status other than "missing", and every
// module listed as missing really is absent.
func TestReadmeModuleTable(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	start := strings.Index(text, "<!-- modules:begin -->")
	end := strings.Index(text, "<!-- modules:end -->")
	if start < 0 || end < start {
		t.Fatal("README lacks the modules table markers")
	}
	row := regexp.MustCompile("(?m)^\\| `([^`]+)` \\| (\\w+) \\|")
	listed := map[string]string{}
	for _, m := range row.FindAllStringSubmatch(text[start:end], -1) {
		listed[m[1]] = m[2]
	}
	have := map[string]bool{}
	for _, n := range runtime.BuiltinNames() {
		have[n] = true
	}
	var problems []string
	for n := range have {
		if st, ok := listed[n]; !ok || st == "missing" {
			problems = append(problems, n+": built in but listed as "+orNone(st))
		}
	}
	for n, st := range listed {
		if st != "missing" && !have[n] {
			problems = append(problems, n+": listed as "+st+" but not built in")
		}
	}
	sort.Strings(problems)
	for _, p := range problems {
		t.Error(p)
	}
}

func orNone(s string) string {
	if s == "" {
		return "nothing"
	}
	return s
}
