package http

import (
	"reflect"
	"testing"
)

func TestRawConnTake(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, rec, start string
		want             []string
		ok               bool
		rest             string
	}{
		{"request", "GET / HTTP/1.1\r\nHost: a\r\nX-bAr: 1\r\n\r\nbody", "GET / HTTP/1.1", []string{"Host", "a", "X-bAr", "1"}, true, "body"},
		{"after a body", "tail of old bodyPOST /x HTTP/1.1\r\nA: b\r\n\r\n", "POST /x HTTP/1.1", nil, false, ""},
		{"after a line", "xx\r\nHTTP/1.1 200 OK\r\nK:  v \r\n\r\n", "HTTP/1.1 200", []string{"K", "v"}, true, ""},
		{"folded", "HTTP/1.1 200 OK\r\nK: a\r\n b\r\n\r\n", "HTTP/1.1 200", []string{"K", "a b"}, true, ""},
		{"incomplete", "GET / HTTP/1.1\r\nHost: a\r\n", "GET / HTTP/1.1", nil, false, ""},
		{"absent", "junk", "GET / HTTP/1.1", nil, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &rawConn{rec: []byte(tt.rec)}
			got, ok := c.take(tt.start)
			if ok != tt.ok || !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("take = %q, %v; want %q, %v", got, ok, tt.want, tt.ok)
			}
			if ok && string(c.rec) != tt.rest {
				t.Fatalf("left %q, want %q", c.rec, tt.rest)
			}
		})
	}
}

func TestOpQueue(t *testing.T) {
	t.Parallel()
	q := newOpQueue()
	if !q.push(op{kind: opWrite}) || !q.push(op{kind: opEnd}) {
		t.Fatal("push refused on an open queue")
	}
	<-q.wake
	if got := q.next(); len(got) != 2 || got[1].kind != opEnd {
		t.Fatalf("next = %v", got)
	}
	q.push(op{kind: opFlush})
	if left := q.close(); len(left) != 1 {
		t.Fatalf("close returned %d orders, want 1", len(left))
	}
	if q.push(op{kind: opWrite}) {
		t.Fatal("push accepted after close")
	}
}

func TestLatin1(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"plain": "plain", "café": "caf\xe9", "€": "\xac"} {
		if got := latin1(in); got != want {
			t.Errorf("latin1(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFromLatin1(t *testing.T) {
	t.Parallel()
	if got := fromLatin1("caf\xe9"); got != "café" {
		t.Errorf("fromLatin1 = %q, want %q", got, "café")
	}
}
