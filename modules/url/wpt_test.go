package url

import (
	"encoding/json"
	"os"
	"testing"
)

// wptDir holds the Web Platform Tests URL data of Node's test tree when it
// is materialised on this machine; the tests skip without it.
const wptDir = "/tmp/gorun-node-tests/test/fixtures/wpt/url/resources/"

func loadWPT(t *testing.T, name string, v any) {
	t.Helper()
	raw, err := os.ReadFile(wptDir + name)
	if err != nil {
		t.Skip("WPT data not available:", err)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		t.Fatal(err)
	}
}

// TestWPTParsing runs urltestdata.json: every input against its base,
// compared component by component.
func TestWPTParsing(t *testing.T) {
	var cases []json.RawMessage
	loadWPT(t, "urltestdata.json", &cases)
	fails := 0
	for _, raw := range cases {
		var c struct {
			Input    string  `json:"input"`
			Base     *string `json:"base"`
			Failure  bool    `json:"failure"`
			Href     string  `json:"href"`
			Origin   *string `json:"origin"`
			Protocol string  `json:"protocol"`
			Username string  `json:"username"`
			Password string  `json:"password"`
			Host     string  `json:"host"`
			Hostname string  `json:"hostname"`
			Port     string  `json:"port"`
			Pathname string  `json:"pathname"`
			Search   string  `json:"search"`
			Hash     string  `json:"hash"`
		}
		if json.Unmarshal(raw, &c) != nil {
			continue // comments
		}
		u, ok := parseWithBase(c.Input, c.Base)
		if c.Failure {
			if ok {
				fails++
				t.Errorf("%q base %v: parsed as %q, want failure", c.Input, deref(c.Base), u.serialize(false))
			}
			continue
		}
		if !ok {
			fails++
			t.Errorf("%q base %v: failed, want %q", c.Input, deref(c.Base), c.Href)
			continue
		}
		got := u.components()
		want := [cCount]string{c.Href, "", c.Protocol, c.Username, c.Password, c.Host, c.Hostname, c.Port, c.Pathname, c.Search, c.Hash}
		if c.Origin != nil {
			want[cOrigin] = *c.Origin
		} else {
			want[cOrigin] = got[cOrigin]
		}
		if got != want {
			fails++
			t.Errorf("%q base %v:\n got %q\nwant %q", c.Input, deref(c.Base), got, want)
		}
	}
	t.Logf("%d cases, %d failures", len(cases), fails)
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// TestWPTSetters runs setters_tests.json.
func TestWPTSetters(t *testing.T) {
	var all map[string]json.RawMessage
	loadWPT(t, "setters_tests.json", &all)
	names := map[string]int{"href": cHref, "protocol": cProtocol, "username": cUsername, "password": cPassword,
		"host": cHost, "hostname": cHostname, "port": cPort, "pathname": cPathname, "search": cSearch, "hash": cHash}
	for setter, raw := range all {
		if setter == "comment" {
			continue
		}
		var cases []struct {
			Href     string            `json:"href"`
			NewValue string            `json:"new_value"`
			Expected map[string]string `json:"expected"`
		}
		if err := json.Unmarshal(raw, &cases); err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			u, ok := parse(c.Href, nil)
			if !ok {
				t.Errorf("%s: base %q does not parse", setter, c.Href)
				continue
			}
			if setter == "href" {
				if v, ok := parse(c.NewValue, nil); ok {
					u = v
				}
			} else {
				u.set(setter, c.NewValue)
			}
			got := u.components()
			for k, v := range c.Expected {
				if got[names[k]] != v {
					t.Errorf("%s=%q on %q: %s is %q, want %q", setter, c.NewValue, c.Href, k, got[names[k]], v)
				}
			}
		}
	}
}

// TestWPTToASCII runs toascii.json through the host parser.
func TestWPTToASCII(t *testing.T) {
	var cases []json.RawMessage
	loadWPT(t, "toascii.json", &cases)
	for _, raw := range cases {
		var c struct {
			Input  string  `json:"input"`
			Output *string `json:"output"`
		}
		if json.Unmarshal(raw, &c) != nil {
			continue
		}
		h, ok := parseHost(c.Input, true)
		if c.Output == nil {
			if ok {
				t.Errorf("%q: got %q, want failure", c.Input, h)
			}
		} else if !ok || h != *c.Output {
			t.Errorf("%q: got %q (%v), want %q", c.Input, h, ok, *c.Output)
		}
	}
}
