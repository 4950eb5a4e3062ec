package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"io"
	"net/http"
	"testing"

	"github.com/andybalholm/brotli"
)

func compress(t *testing.T, coding string, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	var w io.WriteCloser
	switch coding {
	case "gzip":
		w = gzip.NewWriter(&buf)
	case "deflate":
		w = zlib.NewWriter(&buf)
	case "raw":
		w, _ = flate.NewWriter(&buf, flate.DefaultCompression)
	case "br":
		w = brotli.NewWriter(&buf)
	}
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestDecode checks undici's Content-Encoding handling: codings undone
// last first, raw deflate accepted, unknown codings and HEAD left alone.
func TestDecode(t *testing.T) {
	t.Parallel()
	plain := []byte("the quick brown fox")
	tests := []struct {
		name, encoding, method string
		status                 int
		body                   []byte
		want                   []byte
	}{
		{"gzip", "gzip", "GET", 200, compress(t, "gzip", plain), plain},
		{"x-gzip", "x-gzip", "GET", 200, compress(t, "gzip", plain), plain},
		{"zlib deflate", "deflate", "GET", 200, compress(t, "deflate", plain), plain},
		{"raw deflate", "deflate", "GET", 200, compress(t, "raw", plain), plain},
		{"br", "br", "GET", 200, compress(t, "br", plain), plain},
		{"stacked", "gzip, br", "GET", 200, compress(t, "br", compress(t, "gzip", plain)), plain},
		{"unknown", "gzip, zzz", "GET", 200, []byte("as is"), []byte("as is")},
		{"head", "gzip", "HEAD", 200, []byte{}, []byte{}},
		{"no content", "gzip", "GET", 204, []byte{}, []byte{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := &http.Response{
				StatusCode: tt.status,
				Header:     http.Header{"Content-Encoding": {tt.encoding}},
				Body:       io.NopCloser(bytes.NewReader(tt.body)),
			}
			got, err := io.ReadAll(decode(resp, tt.method))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}
