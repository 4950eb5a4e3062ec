package tests

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
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

// TestRESTAPIExample drives examples/rest-api (plain http) through create,
// list, update, validation errors, 404/405 and delete, then stops it with
// SIGTERM; the transcript must match node's for the same requests (when
// node is on PATH) and the fixed expectations below.
func TestRESTAPIExample(t *testing.T) {
	script, err := filepath.Abs("../examples/rest-api/server.js")
	if err != nil {
		t.Fatal(err)
	}
	got := restAPITranscript(t, gorunBin, script)
	for _, want := range []string{
		`POST /todos 201 /todos/1 {"id":1,"title":"write docs","done":false}`,
		`PATCH /todos/1 200  {"id":1,"title":"write docs","done":true}`,
		`PATCH /todos/1 422  {"error":"done must be a boolean"}`,
		`GET /todos/9 404  {"error":"no todo 9"}`,
		`PUT /todos 405  {"error":"method not allowed"}`,
		`POST /todos 400  {"error":"invalid JSON"}`,
		`DELETE /todos/1 204  `,
		"stdout: SIGTERM: closing|closed|",
	} {
		if !strings.Contains(got, want+"\n") {
			t.Errorf("transcript lacks %q:\n%s", want, got)
		}
	}
	if node, err := exec.LookPath("node"); err == nil {
		if want := restAPITranscript(t, node, script); got != want {
			t.Errorf("gorun differs from node\n--- node\n%s--- gorun\n%s", want, got)
		}
	}
}

func restAPITranscript(t *testing.T, bin, script string) string {
	t.Helper()
	cmd := exec.Command(bin, script)
	cmd.Env = append(os.Environ(), "PORT=0")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill() }()
	lines := make(chan string, 16)
	go func() {
		defer close(lines)
		buf := make([]byte, 4096)
		var acc string
		for {
			n, err := stdout.Read(buf)
			acc += string(buf[:n])
			for {
				i := strings.IndexByte(acc, '\n')
				if i < 0 {
					break
				}
				lines <- acc[:i]
				acc = acc[i+1:]
			}
			if err != nil {
				return
			}
		}
	}()
	var first string
	select {
	case first = <-lines:
	case <-time.After(20 * time.Second):
		t.Fatalf("%s: no 'listening' line", bin)
	}
	base := strings.TrimPrefix(first, "listening on ")
	var out strings.Builder
	do := func(method, path, body string) {
		req, err := http.NewRequest(method, base+path, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("%s %s: %v", method, path, err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		fmt.Fprintf(&out, "%s %s %d %s %s\n", method, path, res.StatusCode, res.Header.Get("Location"), b)
	}
	do("POST", "/todos", `{"title":" write docs "}`)
	do("POST", "/todos", `{"title":"ship","done":true}`)
	do("GET", "/todos", "")
	do("GET", "/todos?done=true", "")
	do("PATCH", "/todos/1", `{"done":true}`)
	do("PATCH", "/todos/1", `{"done":1}`)
	do("POST", "/todos", `{"title":""}`)
	do("GET", "/todos/9", "")
	do("GET", "/nope", "")
	do("PUT", "/todos", "")
	do("POST", "/todos", "nope")
	do("DELETE", "/todos/1", "")
	do("GET", "/todos", "")
	http.DefaultClient.CloseIdleConnections()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	var rest []string
	for l := range lines {
		rest = append(rest, l)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("%s exited with %v", bin, err)
	}
	fmt.Fprintf(&out, "stdout: %s|\n", strings.Join(rest, "|"))
	return out.String()
}
