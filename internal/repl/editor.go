package repl

import (
	"io"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// editor is the terminal line editor, a port of the behaviour of Node's
// readline Interface in terminal mode (lib/internal/readline/interface.js):
// the same keys, the same screen updates (so a session looks the same as
// under node), history with prefix search, a kill ring and undo.
//
// It runs on the loop goroutine, like readline runs on node's main thread;
// the session feeds it keys and acts on what handleKey returns.
type editor struct {
	out     io.Writer
	columns func() int // terminal width; 0 means unbounded (not a TTY)

	prompt   string
	line     []rune
	cursor   int
	prevRows int

	hist      *history
	histIndex int     // -1: editing a new line
	search    *string // prefix for ↑/↓ search, set on the first ↑/↓

	killRing   []string
	killCursor int
	yanking    bool

	undo, redo []editState

	// pasted is set for every key of a multi-key read but the last, as
	// readline clears isCompletionEnabled for them: such text is appended
	// without redrawing and Tab is inserted rather than completing.
	pasted bool
}

type editState struct {
	line   string
	cursor int
}

const (
	maxUndo     = 2048
	maxKillRing = 32
)

// action is what a key asks of the session.
type action int

const (
	actNone   action = iota
	actLine          // a line was entered
	actSIGINT        // Ctrl+C
	actClose         // Ctrl+D on an empty line
	actTab           // Tab: completion
)

func newEditor(out io.Writer, columns func() int, hist *history) *editor {
	if columns == nil {
		columns = func() int { return 0 }
	}
	return &editor{out: out, columns: columns, hist: hist, histIndex: -1}
}

func (e *editor) write(s string) { io.WriteString(e.out, s) }

// setPrompt changes the prompt used by the next redraw.
func (e *editor) setPrompt(p string) { e.prompt = p }

// showPrompt draws the prompt and the current line, as readline's
// prompt(): the cursor goes to the start of the line unless preserved.
func (e *editor) showPrompt(preserveCursor bool) {
	if !preserveCursor {
		e.cursor = 0
	}
	e.refresh()
}

// text returns the line being edited.
func (e *editor) text() string { return string(e.line) }

// handleKey applies k and reports what the session must do; for actLine
// the entered line is returned.
func (e *editor) handleKey(k key) (action, string) {
	if !k.meta || k.name != "y" {
		e.yanking = false
	}
	if (k.name == "up" || k.name == "down") && !k.ctrl && !k.meta && !k.shift {
		if e.search == nil {
			s := string(e.line[:e.cursor])
			e.search = &s
		}
	} else if e.search != nil {
		e.search = nil
		if e.histIndex == e.hist.len() {
			e.histIndex = -1
		}
	}
	switch k.text {
	case "\x1f":
		e.undoEdit()
		return actNone, ""
	case "\x1e":
		e.redoEdit()
		return actNone, ""
	}
	switch {
	case k.name == "escape":
	case k.ctrl && k.shift:
		switch k.name {
		case "backspace":
			e.deleteLineLeft()
		case "delete":
			e.deleteLineRight()
		}
	case k.ctrl:
		return e.ctrlKey(k)
	case k.meta:
		switch k.name {
		case "b":
			e.wordLeft()
		case "f":
			e.wordRight()
		case "d", "delete":
			e.deleteWordRight()
		case "backspace":
			e.deleteWordLeft()
		case "y":
			e.yankPop()
		}
	default:
		switch k.name {
		case "return", "enter":
			return actLine, e.enter()
		case "backspace":
			e.deleteLeft()
		case "delete":
			e.deleteRight()
		case "left":
			e.moveCursor(-1)
		case "right":
			e.moveCursor(1)
		case "home":
			e.moveCursor(-len(e.line))
		case "end":
			e.moveCursor(len(e.line))
		case "up":
			e.historyPrev()
		case "down":
			e.historyNext()
		case "tab":
			if e.pasted {
				e.insert("\t")
				return actNone, ""
			}
			return actTab, ""
		case "":
			e.insert(k.text)
		}
	}
	return actNone, ""
}

func (e *editor) ctrlKey(k key) (action, string) {
	switch k.name {
	case "c":
		return actSIGINT, ""
	case "h":
		e.deleteLeft()
	case "d":
		if e.cursor == 0 && len(e.line) == 0 {
			return actClose, ""
		}
		e.deleteRight()
	case "u":
		e.deleteLineLeft()
	case "k":
		e.deleteLineRight()
	case "a":
		e.moveCursor(-len(e.line))
	case "e":
		e.moveCursor(len(e.line))
	case "b":
		e.moveCursor(-1)
	case "f":
		e.moveCursor(1)
	case "l":
		e.write("\x1b[1;1H\x1b[0J")
		e.refresh()
	case "n":
		e.historyNext()
	case "p":
		e.historyPrev()
	case "y":
		e.yank()
	case "w", "backspace":
		e.deleteWordLeft()
	case "delete":
		e.deleteWordRight()
	case "left":
		e.wordLeft()
	case "right":
		e.wordRight()
	}
	return actNone, ""
}

// enter ends the line: it is added to the history, the cursor leaves the
// line and the editor is ready for the next one.
func (e *editor) enter() string {
	line := e.addHistory()
	e.undo, e.redo = nil, nil
	e.clearLine()
	return line
}

// clearLine moves past the line on screen and empties the buffer, as
// readline's clearLine (used on Enter and Ctrl+C).
func (e *editor) clearLine() {
	e.moveCursor(len(e.line))
	e.write("\r\n")
	e.line = e.line[:0]
	e.cursor = 0
	e.prevRows = 0
}

func (e *editor) addHistory() string {
	line := string(e.line)
	if line == "" || strings.TrimSpace(line) == "" {
		return line
	}
	e.hist.add(line)
	e.histIndex = -1
	return line
}

func (e *editor) saveUndo() {
	e.undo = append(e.undo, editState{string(e.line), e.cursor})
	if len(e.undo) > maxUndo {
		e.undo = e.undo[1:]
	}
}

func (e *editor) undoEdit() {
	if len(e.undo) == 0 {
		return
	}
	e.redo = append(e.redo, editState{string(e.line), e.cursor})
	st := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	e.line, e.cursor = []rune(st.line), st.cursor
	e.refresh()
}

func (e *editor) redoEdit() {
	if len(e.redo) == 0 {
		return
	}
	e.undo = append(e.undo, editState{string(e.line), e.cursor})
	st := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	e.line, e.cursor = []rune(st.line), st.cursor
	e.refresh()
}

// insert types s at the cursor. At the end of the line only the new text
// is written, unless it wraps to a new row, which needs a full redraw.
func (e *editor) insert(s string) {
	if s == "" {
		return
	}
	e.saveUndo()
	r := []rune(s)
	if e.pasted {
		// readline appends pasted text wherever the cursor is.
		e.line = append(e.line, r...)
		e.cursor += len(r)
		e.write(s)
		return
	}
	if e.cursor < len(e.line) {
		e.line = append(e.line[:e.cursor], append(r, e.line[e.cursor:]...)...)
		e.cursor += len(r)
		e.refresh()
		return
	}
	old := e.cursorPos()
	e.line = append(e.line, r...)
	e.cursor += len(r)
	if e.cursorPos().rows > old.rows {
		e.refresh()
		return
	}
	e.write(s)
}

func (e *editor) deleteLeft() {
	if e.cursor == 0 {
		return
	}
	e.saveUndo()
	e.line = append(e.line[:e.cursor-1], e.line[e.cursor:]...)
	e.cursor--
	e.refresh()
}

func (e *editor) deleteRight() {
	if e.cursor >= len(e.line) {
		return
	}
	e.saveUndo()
	e.line = append(e.line[:e.cursor], e.line[e.cursor+1:]...)
	e.refresh()
}

// Word boundaries follow readline's regular expressions: a word is a run
// of \w characters or a run of punctuation, with the spaces next to it.
var (
	wordBack    = lazyRegexp(`^\s*(?:[^\w\s]+|\w+)?`)
	wordForward = lazyRegexp(`^(?:\s+|[^\w\s]+|\w+)\s*`)
	wordDelete  = lazyRegexp(`^(?:\s+|\W+|\w+)\s*`)
)

func reversed(r []rune) string {
	out := make([]rune, len(r))
	for i, c := range r {
		out[len(r)-1-i] = c
	}
	return string(out)
}

func (e *editor) wordLeft() {
	if e.cursor == 0 {
		return
	}
	m := wordBack().FindString(reversed(e.line[:e.cursor]))
	e.moveCursor(-len([]rune(m)))
}

func (e *editor) wordRight() {
	if e.cursor >= len(e.line) {
		return
	}
	m := wordForward().FindString(string(e.line[e.cursor:]))
	e.moveCursor(len([]rune(m)))
}

func (e *editor) deleteWordLeft() {
	if e.cursor == 0 {
		return
	}
	e.saveUndo()
	n := len([]rune(wordBack().FindString(reversed(e.line[:e.cursor]))))
	e.line = append(e.line[:e.cursor-n], e.line[e.cursor:]...)
	e.cursor -= n
	e.refresh()
}

func (e *editor) deleteWordRight() {
	if e.cursor >= len(e.line) {
		return
	}
	e.saveUndo()
	n := len([]rune(wordDelete().FindString(string(e.line[e.cursor:]))))
	e.line = append(e.line[:e.cursor], e.line[e.cursor+n:]...)
	e.refresh()
}

func (e *editor) deleteLineLeft() {
	e.saveUndo()
	del := string(e.line[:e.cursor])
	e.line = append([]rune{}, e.line[e.cursor:]...)
	e.cursor = 0
	e.pushKill(del)
	e.refresh()
}

func (e *editor) deleteLineRight() {
	e.saveUndo()
	del := string(e.line[e.cursor:])
	e.line = e.line[:e.cursor]
	e.pushKill(del)
	e.refresh()
}

func (e *editor) pushKill(s string) {
	if s == "" || (len(e.killRing) > 0 && e.killRing[0] == s) {
		return
	}
	e.killRing = append([]string{s}, e.killRing...)
	e.killCursor = 0
	if len(e.killRing) > maxKillRing {
		e.killRing = e.killRing[:maxKillRing]
	}
}

func (e *editor) yank() {
	if len(e.killRing) == 0 {
		return
	}
	e.yanking = true
	e.insert(e.killRing[e.killCursor])
}

// yankPop replaces the text just yanked with the next kill-ring entry
// (Meta+Y after Ctrl+Y).
func (e *editor) yankPop() {
	if !e.yanking || len(e.killRing) < 2 {
		return
	}
	last := []rune(e.killRing[e.killCursor])
	e.killCursor = (e.killCursor + 1) % len(e.killRing)
	cur := []rune(e.killRing[e.killCursor])
	head := append([]rune{}, e.line[:e.cursor-len(last)]...)
	tail := e.line[e.cursor:]
	e.line = append(append(head, cur...), tail...)
	e.cursor = len(head) + len(cur)
	e.refresh()
}

// historyPrev and historyNext walk the history, skipping entries that do
// not start with the text that was left of the cursor on the first ↑, and
// entries equal to the current line (readline's substring search).
func (e *editor) historyPrev() {
	n := e.hist.len()
	if e.histIndex >= n || n == 0 {
		return
	}
	e.saveUndo()
	prefix := e.searchPrefix()
	i := e.histIndex + 1
	for i < n && (!strings.HasPrefix(e.hist.at(i), prefix) || string(e.line) == e.hist.at(i)) {
		i++
	}
	if i == n {
		e.line = []rune(prefix)
	} else {
		e.line = []rune(e.hist.at(i))
	}
	e.histIndex = i
	e.cursor = len(e.line)
	e.refresh()
}

func (e *editor) historyNext() {
	if e.histIndex < 0 {
		return
	}
	e.saveUndo()
	prefix := e.searchPrefix()
	i := e.histIndex - 1
	for i >= 0 && (!strings.HasPrefix(e.hist.at(i), prefix) || string(e.line) == e.hist.at(i)) {
		i--
	}
	if i < 0 {
		e.line = []rune(prefix)
	} else {
		e.line = []rune(e.hist.at(i))
	}
	e.histIndex = i
	e.cursor = len(e.line)
	e.refresh()
}

func (e *editor) searchPrefix() string {
	if e.search == nil {
		return ""
	}
	return *e.search
}

// pos is a screen position relative to the first row of the prompt.
type pos struct{ rows, cols int }

// displayPos is where the cursor ends up after writing s from the left
// edge: wide characters take two columns and never straddle the edge,
// tabs stop every 8 columns.
func (e *editor) displayPos(s string) pos {
	cols := e.columns()
	offset, rows := 0, 0
	for _, r := range s {
		switch {
		case r == '\n':
			if cols > 0 && offset > 0 {
				rows += (offset + cols - 1) / cols
			} else {
				rows++
			}
			offset = 0
			continue
		case r == '\t':
			offset += 8 - offset%8
			continue
		}
		w := runeWidth(r)
		if w == 2 && cols > 0 && (offset+1)%cols == 0 {
			offset++
		}
		offset += w
	}
	if cols <= 0 {
		return pos{rows: rows, cols: offset}
	}
	return pos{rows: rows + offset/cols, cols: offset % cols}
}

func (e *editor) cursorPos() pos {
	return e.displayPos(e.prompt + string(e.line[:e.cursor]))
}

// moveCursor moves dx characters, with a cursor movement when the row does
// not change and a full redraw otherwise.
func (e *editor) moveCursor(dx int) {
	if dx == 0 {
		return
	}
	old := e.cursorPos()
	e.cursor += dx
	if e.cursor < 0 {
		e.cursor = 0
	} else if e.cursor > len(e.line) {
		e.cursor = len(e.line)
	}
	now := e.cursorPos()
	if old.rows != now.rows {
		e.refresh()
		return
	}
	e.write(cursorMove(now.cols-old.cols, 0))
}

// refresh redraws the prompt and line: up to the prompt's first row, clear
// to the end of the screen, write everything, put the cursor back.
func (e *editor) refresh() {
	all := e.prompt + string(e.line)
	end := e.displayPos(all)
	cur := e.cursorPos()
	var sb strings.Builder
	if e.prevRows > 0 {
		sb.WriteString(cursorMove(0, -e.prevRows))
	}
	sb.WriteString("\x1b[1G\x1b[0J")
	sb.WriteString(all)
	if end.cols == 0 {
		// Make the terminal allocate the next row now.
		sb.WriteString(" ")
	}
	sb.WriteString("\x1b[" + strconv.Itoa(cur.cols+1) + "G")
	if diff := end.rows - cur.rows; diff > 0 {
		sb.WriteString(cursorMove(0, -diff))
	}
	e.prevRows = cur.rows
	e.write(sb.String())
}

// cursorMove is the escape sequence for a relative move, as readline's
// moveCursor writes it.
func cursorMove(dx, dy int) string {
	s := ""
	switch {
	case dx < 0:
		s += "\x1b[" + strconv.Itoa(-dx) + "D"
	case dx > 0:
		s += "\x1b[" + strconv.Itoa(dx) + "C"
	}
	switch {
	case dy < 0:
		s += "\x1b[" + strconv.Itoa(-dy) + "A"
	case dy > 0:
		s += "\x1b[" + strconv.Itoa(dy) + "B"
	}
	return s
}

// runeWidth is the number of columns r takes in a terminal: 0 for marks
// and format characters, 2 for East Asian wide and full-width ones.
func runeWidth(r rune) int {
	switch {
	case r < 0x20 || r == 0x7f:
		return 0
	case r < 0x7f:
		return 1
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}
