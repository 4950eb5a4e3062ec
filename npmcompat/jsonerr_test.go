package npmcompat

import (
	"encoding/json"
	"os"
	"testing"
)

// testdata/json_errors.json pairs each input of json_inputs.json with the
// message V8's JSON.parse gave (null when it parsed), as recorded by
// gen_node.js.
func TestDescribeJSONErrorMatchesV8(t *testing.T) {
	data, err := os.ReadFile("testdata/json_errors.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases [][2]*string
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 50 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		in, want := *c[0], ""
		if c[1] != nil {
			want = *c[1]
		}
		t.Run(in, func(t *testing.T) {
			if got := describeJSONError(in); got != want {
				t.Errorf("describeJSONError(%q)\n got %q\nwant %q", in, got, want)
			}
		})
	}
}
