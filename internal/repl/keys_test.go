package repl

import (
	"reflect"
	"testing"
)

func TestDecodeKeys(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []key
		rest string
	}{
		{"text", "ab", []key{{text: "a"}, {text: "b"}}, ""},
		{"utf-8", "é日", []key{{text: "é"}, {text: "日"}}, ""},
		{"split utf-8", "a\xe6\x97", []key{{text: "a"}}, "\xe6\x97"},
		{"enter and return", "\r\n", []key{{name: "return"}, {name: "enter"}}, ""},
		{"backspace", "\x7f\b", []key{{name: "backspace"}, {name: "backspace"}}, ""},
		{"ctrl letters", "\x01\x03\x04", []key{{name: "a", ctrl: true}, {name: "c", ctrl: true}, {name: "d", ctrl: true}}, ""},
		{"undo", "\x1f", []key{{text: "\x1f", ctrl: true}}, ""},
		{"arrows", "\x1b[A\x1b[B\x1b[C\x1b[D", []key{{name: "up"}, {name: "down"}, {name: "right"}, {name: "left"}}, ""},
		{"application arrows", "\x1bOA\x1bOH", []key{{name: "up"}, {name: "home"}}, ""},
		{"home end delete", "\x1b[1~\x1b[4~\x1b[3~\x1b[H\x1b[F", []key{{name: "home"}, {name: "end"}, {name: "delete"}, {name: "home"}, {name: "end"}}, ""},
		{"ctrl arrows", "\x1b[1;5C\x1b[1;5D", []key{{name: "right", ctrl: true}, {name: "left", ctrl: true}}, ""},
		{"ctrl delete", "\x1b[3;5~", []key{{name: "delete", ctrl: true}}, ""},
		{"meta letter", "\x1bb\x1bF", []key{{name: "b", meta: true}, {name: "f", meta: true, shift: true}}, ""},
		{"meta backspace", "\x1b\x7f", []key{{name: "backspace", meta: true}}, ""},
		{"shift tab", "\x1b[Z", []key{{name: "tab", shift: true}}, ""},
		{"split sequence", "x\x1b[", []key{{text: "x"}}, "\x1b["},
		{"lone escape waits", "\x1b", nil, "\x1b"},
		{"unknown sequence", "\x1b[99z", []key{{name: "undefined"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rest := decodeKeys([]byte(tt.in))
			if !reflect.DeepEqual(got, tt.want) || string(rest) != tt.rest {
				t.Errorf("decodeKeys(%q) = %+v, rest %q; want %+v, rest %q", tt.in, got, rest, tt.want, tt.rest)
			}
		})
	}
}
