package repl

import (
	"strconv"
	"unicode/utf8"
)

// key is one keypress decoded from terminal input, shaped like the objects
// Node's readline emits ('keypress' events): a name for special keys, the
// modifier flags, and the text for printable input.
type key struct {
	name  string // "return", "left", "a" (with ctrl), …; "" for plain text
	text  string // the character typed, for plain text
	ctrl  bool
	meta  bool
	shift bool
}

const esc = 0x1b

// csiNames maps the final part of ESC [ and ESC O sequences (without
// modifiers) to key names, for the keys the line editor reacts to.
var csiNames = map[string]string{
	"[A": "up", "[B": "down", "[C": "right", "[D": "left",
	"[F": "end", "[H": "home", "[E": "clear",
	"OA": "up", "OB": "down", "OC": "right", "OD": "left",
	"OF": "end", "OH": "home", "OE": "clear",
	"[1~": "home", "[2~": "insert", "[3~": "delete", "[4~": "end",
	"[5~": "pageup", "[6~": "pagedown", "[7~": "home", "[8~": "end",
	"[Z": "tab",
}

// decodeKeys splits terminal input into keypresses. A trailing incomplete
// escape sequence or UTF-8 character is returned as rest, to be prefixed
// to the next read, because terminals may split one key across reads.
func decodeKeys(b []byte) (keys []key, rest []byte) {
	for len(b) > 0 {
		k, n := decodeKey(b)
		if n == 0 {
			return keys, b
		}
		keys = append(keys, k)
		b = b[n:]
	}
	return keys, nil
}

// decodeKey decodes the key at the start of b and reports how many bytes it
// used; 0 means b holds only the beginning of a key.
func decodeKey(b []byte) (key, int) {
	c := b[0]
	if c != esc {
		return plainKey(b, false)
	}
	if len(b) == 1 {
		return key{}, 0
	}
	switch b[1] {
	case '[', 'O':
		return escapeSequence(b)
	case esc:
		// ESC ESC [ x: some terminals send meta+arrow this way.
		if len(b) == 2 {
			return key{}, 0
		}
		if b[2] == '[' || b[2] == 'O' {
			k, n := escapeSequence(b[1:])
			if n == 0 {
				return key{}, 0
			}
			k.meta = true
			return k, n + 1
		}
		return key{name: "escape", meta: true}, 2
	}
	k, n := plainKey(b[1:], true)
	if n == 0 {
		return key{}, 0
	}
	return k, n + 1
}

// plainKey decodes a key that is not an escape sequence; escaped means it
// followed an ESC, which terminals send for Alt+key.
func plainKey(b []byte, escaped bool) (key, int) {
	c := b[0]
	switch {
	case c == '\r':
		return key{name: "return", meta: escaped}, 1
	case c == '\n':
		return key{name: "enter", meta: escaped}, 1
	case c == '\t':
		return key{name: "tab", meta: escaped}, 1
	case c == '\b' || c == 0x7f:
		return key{name: "backspace", meta: escaped}, 1
	case c == esc:
		return key{name: "escape", meta: escaped}, 1
	case c < 0x20:
		if escaped {
			return key{name: string(rune(c + 'a' - 1)), ctrl: true, meta: true}, 1
		}
		// 0x1e and 0x1f are Ctrl+^ and Ctrl+_ (redo and undo in readline).
		if c > 0x1a {
			return key{name: "", text: string(rune(c)), ctrl: true}, 1
		}
		return key{name: string(rune(c + 'a' - 1)), ctrl: true}, 1
	}
	if !utf8.FullRune(b) {
		return key{}, 0
	}
	r, n := utf8.DecodeRune(b)
	if escaped {
		name := string(r)
		shift := false
		if r >= 'A' && r <= 'Z' {
			name = string(r + 'a' - 'A')
			shift = true
		}
		return key{name: name, meta: true, shift: shift}, n
	}
	return key{text: string(r)}, n
}

// escapeSequence decodes ESC [ … and ESC O … sequences, including xterm's
// modifier forms (ESC [ 1 ; 5 C is Ctrl+Right).
func escapeSequence(b []byte) (key, int) {
	i := 2
	if b[1] == 'O' {
		if len(b) < 3 {
			return key{}, 0
		}
		mod := 0
		if b[2] >= '0' && b[2] <= '9' {
			if len(b) < 4 {
				return key{}, 0
			}
			mod = int(b[2]-'0') - 1
			i = 3
		}
		return namedKey("O"+string(b[i]), mod), i + 1
	}
	// ESC [ params final, where params are digits and ';'.
	for i < len(b) && (b[i] >= '0' && b[i] <= '9' || b[i] == ';' || b[i] == '[') {
		i++
	}
	if i >= len(b) {
		return key{}, 0
	}
	final := b[i]
	params := string(b[2:i])
	mod := 0
	code := "["
	num := params
	if semi := indexByte(params, ';'); semi >= 0 {
		num = params[:semi]
		if m, err := strconv.Atoi(params[semi+1:]); err == nil {
			mod = m - 1
		}
	}
	switch final {
	case '~', '^', '$':
		code += num + "~"
		if final == '^' {
			mod |= 4
		} else if final == '$' {
			mod |= 1
		}
	default:
		if len(num) == 1 && indexByte(params, ';') < 0 {
			// ESC [ 5 C: a bare digit is the modifier.
			if m, err := strconv.Atoi(num); err == nil {
				mod = m - 1
			}
		}
		code += string(final)
	}
	return namedKey(code, mod), i + 1
}

func namedKey(code string, mod int) key {
	name, ok := csiNames[code]
	if !ok {
		name = "undefined"
	}
	k := key{name: name, shift: mod&1 != 0, meta: mod&10 != 0, ctrl: mod&4 != 0}
	if code == "[Z" {
		k.shift = true
	}
	return k
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
