package tests

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCSV2NDJSON runs the streaming example (examples/csv2ndjson) through
// its three paths — generating CSV, converting a file, converting gzip to
// gzip — and requires what node produces from the same input.
func TestCSV2NDJSON(t *testing.T) {
	script, err := filepath.Abs("../examples/csv2ndjson/csv2ndjson.js")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	run := func(bin string, args ...string) (string, string) {
		t.Helper()
		cmd := exec.Command(bin, append([]string{script}, args...)...)
		cmd.Dir = dir
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s %v: %v\n%s", bin, args, err, stderr.String())
		}
		return stdout.String(), stderr.String()
	}

	csv, _ := run(gorunBin, "--generate", "3000")
	if lines := strings.Count(csv, "\n"); lines != 3001 {
		t.Fatalf("generated %d lines, want 3001", lines)
	}
	// A record with a quoted newline and an empty last field, besides
	// the generated ones (which quote commas and doubled quotes).
	csv += "3001,\"two\nlines\",Oslo,1,\n"
	in := filepath.Join(dir, "in.csv")
	if err := os.WriteFile(in, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	got, gotErr := run(gorunBin, in)
	if gotErr != "csv2ndjson: 3001 records\n" {
		t.Errorf("stderr = %q", gotErr)
	}
	if !strings.Contains(got, `"name":"two\nlines"`) || !strings.Contains(got, `"note":"says \"hi\", ok"`) {
		t.Errorf("quoted fields not decoded:\n%.300s", got)
	}

	// gzip in, gzip out.
	gzIn := filepath.Join(dir, "in.csv.gz")
	var zbuf bytes.Buffer
	zw := gzip.NewWriter(&zbuf)
	zw.Write([]byte(csv))
	zw.Close()
	if err := os.WriteFile(gzIn, zbuf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.ndjson.gz")
	run(gorunBin, gzIn, "-o", out)
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	unzipped, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if string(unzipped) != got {
		t.Errorf("gzip path differs from the plain path")
	}

	if node, err := exec.LookPath("node"); err == nil {
		want, _ := run(node, in)
		if got != want {
			t.Errorf("output differs from node's")
		}
	}
}
