package repl

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// command is a dot command (.help, .exit…).
type command struct {
	help   string
	action func(s *session, arg string)
}

// commands returns the dot commands of node's standalone REPL; .editor
// exists only on a terminal. .clear is an alias of .break there because
// the REPL evaluates in the global context, which it cannot reset.
func (s *session) commands() map[string]command {
	cmds := map[string]command{
		"break": {"Sometimes you get stuck, this gets you out", func(s *session, _ string) {
			s.buffered = ""
			s.displayPrompt(false)
		}},
		"clear": {"Alias for .break", func(s *session, _ string) {
			s.buffered = ""
			s.displayPrompt(false)
		}},
		"exit": {"Exit the REPL", func(s *session, _ string) { s.requestClose() }},
		"help": {"Print this help message", (*session).help},
		"save": {"Save all evaluated commands in this REPL session to a file", (*session).save},
		"load": {"Load JS from a file into the REPL session", (*session).load},
	}
	if s.terminal {
		cmds["editor"] = command{"Enter editor mode", func(s *session, _ string) {
			s.turnOnEditorMode()
			s.write("// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n")
		}}
	}
	return cmds
}

func (s *session) help(string) {
	cmds := s.commands()
	names := make([]string, 0, len(cmds))
	longest := 0
	for name := range cmds {
		names = append(names, name)
		longest = max(longest, len(name))
	}
	sort.Strings(names)
	var sb strings.Builder
	for _, name := range names {
		sb.WriteString("." + name + strings.Repeat(" ", longest-len(name)+3) + cmds[name].help + "\n")
	}
	sb.WriteString("\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n")
	s.write(sb.String())
	s.displayPrompt(false)
}

const missingFileArg = "The \"file\" argument must be specified\n"

func (s *session) save(file string) {
	switch {
	case file == "":
		s.write(missingFileArg)
	case os.WriteFile(s.resolve(file), []byte(strings.Join(s.lines, "\n")), 0o666) != nil:
		s.write("Failed to save: " + file + "\n")
	default:
		s.write("Session saved to: " + file + "\n")
	}
	s.displayPrompt(false)
}

// load feeds a file's lines to the REPL in editor mode, then evaluates them
// as one input; on a terminal they are echoed as if typed.
func (s *session) load(file string) {
	defer s.displayPrompt(false)
	if file == "" {
		s.write(missingFileArg)
		return
	}
	path := s.resolve(file)
	fi, err := os.Stat(path)
	if err != nil {
		s.write("Failed to load: " + file + "\n")
		return
	}
	if !fi.Mode().IsRegular() {
		s.write("Failed to load: " + file + " is not a valid file\n")
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		s.write("Failed to load: " + file + "\n")
		return
	}
	s.turnOnEditorMode()
	lines := lineEnding().Split(string(data), -1)
	for _, line := range lines[:len(lines)-1] {
		s.typeLine(line)
	}
	s.turnOffEditorMode()
	s.typeLine(lines[len(lines)-1])
}

// resolve makes a relative path relative to the program's working
// directory (process.cwd(), which is the runtime's, not the Go
// process's).
func (s *session) resolve(file string) string {
	if filepath.IsAbs(file) {
		return file
	}
	return filepath.Join(s.cwd(), file)
}

// lineEnding is readline's: \r\n, \n, or a lone \r.
var lineEnding = lazyRegexp(`\r\n|\n|\r`)

// typeLine enters a line as if it had been typed.
func (s *session) typeLine(line string) {
	if s.terminal {
		s.ed.insert(line)
		s.onLine(s.ed.enter())
		return
	}
	s.onLine(line)
}

var keywordLine = lazyRegexp(`^\.([^\s]+)\s*(.*)$`)

// onLine handles an entered line: editor-mode buffering, dot commands,
// evaluation (node's 'line' handler).
func (s *session) onLine(cmd string) {
	if s.closed {
		return
	}
	s.sawSIGINT = false
	if s.editorMode {
		s.buffered += cmd + "\n"
		s.memory(cmd)
		return
	}
	trimmed := strings.TrimSpace(cmd)
	if isKeyword(trimmed) {
		if m := keywordLine().FindStringSubmatch(trimmed); m != nil {
			if c, ok := s.commands()[m[1]]; ok {
				c.action(s, m[2])
				return
			}
		}
		if s.buffered == "" {
			s.write("Invalid REPL keyword\n")
			s.finishLine(cmd, result{})
			return
		}
	}
	s.evaluate(s.buffered+cmd+"\n", func(r result) { s.finishLine(cmd, r) })
}

// isKeyword reports whether a trimmed line is meant as a dot command: a
// dot not followed by another dot (a spread or a continued chain) and
// not a number like .5.
func isKeyword(trimmed string) bool {
	return trimmed != "" && trimmed[0] == '.' && (len(trimmed) == 1 || trimmed[1] != '.') &&
		!startsWithNumber(trimmed)
}

// startsWithNumber is JS parseFloat(s) not being NaN, for ".5".
func startsWithNumber(s string) bool {
	for i := len(s); i > 0; i-- {
		if _, err := strconv.ParseFloat(s[:i], 64); err == nil {
			return true
		}
	}
	return false
}

// finishLine shows the outcome of an input (node's finish).
func (s *session) finishLine(cmd string, r result) {
	if s.closed || r.stopped {
		return
	}
	s.memory(cmd)
	if r.failed && !r.recoverable && s.buffered == "" && strings.HasPrefix(strings.TrimSpace(cmd), "npm ") {
		s.write("npm should be run outside of the Node.js REPL, in your normal shell.\n(Press Ctrl+D to exit.)\n")
		s.displayPrompt(false)
		return
	}
	if r.failed {
		if r.recoverable && !s.sawCtrlD {
			s.buffered += cmd + "\n"
			s.displayPrompt(false)
			return
		}
		s.sawCtrlD = false
		thrown := r.thrown
		if r.recoverable {
			// Editor mode ended with unfinished code: report why.
			_, serr := compile("REPL", s.buffered+cmd+"\n")
			if serr == nil {
				serr = &syntaxError{message: eofMessage, width: 1}
			}
			thrown = s.newSyntaxError(serr)
		}
		s.reportError(thrown)
		return
	}
	s.buffered = ""
	s.sawCtrlD = false
	if r.hasValue {
		if !s.underscoreAssigned {
			s.last = r.value
		}
		s.write(s.writer(r.value) + "\n")
	}
	s.displayPrompt(false)
}

// memory records a line for .save. (Node also tracks brace depth here to
// indent saved lines, but a bug in its counting makes the depth always 0,
// so lines are saved as typed.)
func (s *session) memory(cmd string) {
	s.lines = append(s.lines, cmd)
}
