package npmcompat

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
)

// lexAllScript runs node's own cjs-module-lexer over every .js/.cjs file
// under a folder and prints {file: {exports, reexports}} (files it rejects
// as ES modules are left out: they never load as CommonJS).
const lexAllScript = `
const { parse } = require('internal/deps/cjs-module-lexer/lexer');
const fs = require('fs'), path = require('path');
const out = {};
(function walk(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.c?js$/.test(e.name)) {
      try { const r = parse(fs.readFileSync(p, 'utf8')); out[p] = { exports: [...r.exports], reexports: [...r.reexports] }; } catch {}
    }
  }
})(process.argv[1]);
process.stdout.write(JSON.stringify(out));
`

// TestLexCJSAgainstNode compares the lexer with node's on every CommonJS
// file of the real packages tests/packages installs (about 3 000 files),
// when that install and node are around.
func TestLexCJSAgainstNode(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not on PATH")
	}
	dir, _ := os.UserCacheDir()
	installs, _ := filepath.Glob(filepath.Join(dir, "gorun", "packages", "*", "node_modules"))
	if len(installs) == 0 {
		t.Skip("no package install (go test ./tests/packages makes one)")
	}
	raw, err := exec.Command(node, "--expose-internals", "-e", lexAllScript, installs[0]).Output()
	if err != nil {
		t.Skipf("node's lexer is not reachable: %v", err)
	}
	var want map[string]struct{ Exports, Reexports []string }
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	differ := 0
	for file, w := range want {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		got := lexCJS(string(src))
		// Node's lexer returns a Set: order of exports is not compared.
		a, b := append([]string{}, got.Exports...), append([]string{}, w.Exports...)
		sort.Strings(a)
		sort.Strings(b)
		ga, _ := json.Marshal([]any{a, append([]string{}, got.Reexports...)})
		gb, _ := json.Marshal([]any{b, append([]string{}, w.Reexports...)})
		if string(ga) != string(gb) {
			if differ++; differ <= 10 {
				t.Errorf("%s\n got %s\nwant %s", file, ga, gb)
			}
		}
	}
	t.Logf("%d files, %d differ", len(want), differ)
}
