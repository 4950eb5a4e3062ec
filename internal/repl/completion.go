package repl

import (
	"sort"
	"strings"

	"github.com/dop251/goja"
)

// Tab completion, following node's REPL completer for the cases people use
// most: dot commands, global names, and members of simple chains such as
// `process.env.` (evaluated, so getters on the chain run, as in node).
// require() paths and file names are not completed.

var (
	commandPrefix    = lazyRegexp(`^\s*\.(\w*)$`)
	simpleExpression = lazyRegexp(`(?:[a-zA-Z_$](?:\w|\$)*\??\.)*[a-zA-Z_$](?:\w|\$)*\??\.?$`)
	identifier       = lazyRegexp(`^[\p{L}\p{Nl}_$][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_$\x{200c}\x{200d}]*$`)
	lastWordChar     = lazyRegexp(`[\w.$]$`)
)

// commonWords are the keywords offered with global names once something
// has been typed.
var commonWords = []string{
	"async", "await", "break", "case", "catch", "const", "continue",
	"debugger", "default", "delete", "do", "else", "export", "false",
	"finally", "for", "function", "if", "import", "in", "instanceof", "let",
	"new", "null", "return", "switch", "this", "throw", "true", "try",
	"typeof", "var", "void", "while", "with", "yield",
}

// completions returns the candidates for the text left of the cursor,
// grouped as node groups them (closest scope last, "" between groups), and
// the part of the text they complete.
func (s *session) completions(line string) ([]string, string) {
	line = strings.TrimLeft(line, " \t")
	var groups [][]string
	completeOn, filter := "", ""
	switch {
	case commandPrefix().MatchString(line):
		completeOn = commandPrefix().FindStringSubmatch(line)[1]
		filter = completeOn
		var names []string
		for name := range s.commands() {
			names = append(names, name)
		}
		groups = append(groups, names)
	case line == "" || lastWordChar().MatchString(line):
		match := simpleExpression().FindString(line)
		if line != "" && match == "" {
			return nil, ""
		}
		completeOn = match
		expr := ""
		if strings.HasSuffix(line, ".") {
			expr = strings.TrimSuffix(match, ".")
		} else if line != "" {
			bits := strings.Split(match, ".")
			filter = bits[len(bits)-1]
			expr = strings.Join(bits[:len(bits)-1], ".")
		}
		if expr == "" {
			groups = s.globalGroups()
			if filter != "" {
				groups = append(groups, commonWords)
			}
			break
		}
		chaining := "."
		if strings.HasSuffix(expr, "?") {
			expr = strings.TrimSuffix(expr, "?")
			chaining = "?."
		}
		members := s.memberGroups(expr)
		for _, g := range members {
			prefixed := make([]string, len(g))
			for i, m := range g {
				prefixed[i] = expr + chaining + m
			}
			groups = append(groups, prefixed)
		}
		if len(members) > 0 && filter != "" {
			filter = expr + chaining + filter
		}
	default:
		return nil, ""
	}
	return mergeGroups(groups, filter), completeOn
}

// mergeGroups filters, sorts and de-duplicates candidate groups into one
// list with "" separating groups.
func mergeGroups(groups [][]string, filter string) []string {
	if filter != "" {
		var kept [][]string
		for _, g := range groups {
			var f []string
			for _, c := range g {
				if strings.HasPrefix(c, filter) {
					f = append(f, c)
				}
			}
			if len(f) > 0 {
				kept = append(kept, f)
			}
		}
		groups = kept
	}
	seen := map[string]bool{"": true}
	var out []string
	for _, g := range groups {
		g = append([]string(nil), g...)
		sort.Sort(sort.Reverse(sort.StringSlice(g)))
		added := false
		for _, c := range g {
			if !seen[c] {
				out = append([]string{c}, out...)
				seen[c] = true
				added = true
			}
		}
		if added {
			out = append([]string{""}, out...)
		}
	}
	if len(out) > 0 && out[0] == "" {
		out = out[1:]
	}
	return out
}

// globalGroups lists the global let/const/class names the REPL has seen
// declared, then the names of the global object's prototypes, then its
// own names, in node's order.
func (s *session) globalGroups() [][]string {
	var lexical []string
	for name := range s.lexical {
		lexical = append(lexical, name)
	}
	groups := [][]string{lexical}
	global := s.vm.GlobalObject()
	for o := global.Prototype(); o != nil; o = o.Prototype() {
		groups = append(groups, identifiers(o))
	}
	return append(groups, identifiers(global))
}

// memberGroups evaluates expr and lists the property names of the value
// and of up to five prototypes.
func (s *session) memberGroups(expr string) [][]string {
	prg, serr := compile(s.nextFile(), "try { "+expr+" } catch {}")
	if serr != nil {
		return nil
	}
	v, err := s.run(prg)
	if err != nil || v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	var groups [][]string
	defer func() { _ = recover() }() // a proxy without ownKeys must not break typing
	o := v.ToObject(s.vm)
	if _, isObj := v.(*goja.Object); !isObj {
		if ctor, ok := o.Get("constructor").(*goja.Object); ok {
			o, _ = ctor.Get("prototype").(*goja.Object)
		}
	}
	for i := 0; o != nil && i < 6; i++ {
		groups = append(groups, identifiers(o))
		o = o.Prototype()
	}
	return groups
}

// identifiers lists o's own string keys that are identifiers, leaving out
// Object.prototype's legacy accessor methods.
func identifiers(o *goja.Object) []string {
	var out []string
	for _, k := range o.GetOwnPropertyNames() {
		if !identifier().MatchString(k) || isIndex(k) || legacyMethods[k] {
			continue
		}
		out = append(out, k)
	}
	return out
}

var legacyMethods = map[string]bool{
	"__defineGetter__": true, "__defineSetter__": true,
	"__lookupGetter__": true, "__lookupSetter__": true,
}

func isIndex(k string) bool {
	for i := 0; i < len(k); i++ {
		if k[i] < '0' || k[i] > '9' {
			return false
		}
	}
	return k != ""
}

// complete is Tab: insert the common prefix of the candidates, or on a
// second Tab list them (readline's tab completer).
func (s *session) complete(doubleTab bool) {
	e := s.ed
	s.lastWasTab = true
	list, completeOn := s.completions(string(e.line[:e.cursor]))
	if len(list) == 0 {
		return
	}
	var nonEmpty []string
	for _, c := range list {
		if c != "" {
			nonEmpty = append(nonEmpty, c)
		}
	}
	prefix := commonPrefix(nonEmpty)
	if strings.HasPrefix(prefix, completeOn) && len(prefix) > len(completeOn) {
		e.insert(prefix[len(completeOn):])
		return
	}
	if !strings.HasPrefix(completeOn, prefix) {
		start := e.cursor - len([]rune(completeOn))
		rest := append([]rune(prefix), e.line[e.cursor:]...)
		e.saveUndo()
		e.line = append(append([]rune{}, e.line[:start]...), rest...)
		e.cursor = start + len([]rune(prefix))
		e.refresh()
		return
	}
	if !doubleTab {
		return
	}
	e.write(formatCompletions(list, e.columns()))
	e.refresh()
}

// formatCompletions lays candidates out in columns, a blank line between
// groups, as readline prints them.
func formatCompletions(list []string, columns int) string {
	width := 0
	for _, c := range list {
		width = max(width, len([]rune(c)))
	}
	width += 2
	maxColumns := 1
	if columns > 0 && columns/width > 1 {
		maxColumns = columns / width
	}
	var sb strings.Builder
	sb.WriteString("\r\n")
	lineIndex, pad := 0, 0
	for _, c := range list {
		if c == "" || lineIndex == maxColumns {
			sb.WriteString("\r\n")
			lineIndex, pad = 0, 0
		} else {
			sb.WriteString(strings.Repeat(" ", pad))
		}
		if c != "" {
			sb.WriteString(c)
			pad = width - len([]rune(c))
			lineIndex++
		} else {
			sb.WriteString("\r\n")
		}
	}
	if lineIndex != 0 {
		sb.WriteString("\r\n\r\n")
	}
	return sb.String()
}

func commonPrefix(list []string) string {
	if len(list) == 0 {
		return ""
	}
	sorted := append([]string(nil), list...)
	sort.Strings(sorted)
	first, last := sorted[0], sorted[len(sorted)-1]
	i := 0
	for i < len(first) && i < len(last) && first[i] == last[i] {
		i++
	}
	return first[:i]
}
