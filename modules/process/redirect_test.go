package process_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
)

// TestRedirectWarnings runs testdata/redirect_warnings_child.js under node
// and gorun with NODE_REDIRECT_WARNINGS and compares what each leaves in
// the file (appended to what was there) and on stderr.
func TestRedirectWarnings(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not on PATH")
	}
	script, err := filepath.Abs("testdata/redirect_warnings_child.js")
	if err != nil {
		t.Fatal(err)
	}
	pid := regexp.MustCompile(`\((node|gorun):\d+\)`)
	hint := regexp.MustCompile("`\\S+ --trace")
	run := func(bin string) (file, stderr string) {
		out := filepath.Join(t.TempDir(), "warnings.txt")
		if err := os.WriteFile(out, []byte("existing\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, script)
		cmd.Env = append(os.Environ(), "NODE_REDIRECT_WARNINGS="+out)
		var errb []byte
		errb, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", bin, err, errb)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		norm := func(s string) string { return hint.ReplaceAllString(pid.ReplaceAllString(s, "(PID)"), "`X --trace") }
		return norm(string(data)), string(errb)
	}
	wantFile, wantErr := run(node)
	gotFile, gotErr := run(gorunBinary(t))
	if gotFile != wantFile || gotErr != wantErr {
		t.Errorf("file %q stderr %q, node: file %q stderr %q", gotFile, gotErr, wantFile, wantErr)
	}
}
