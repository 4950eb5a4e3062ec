package npmcompat

import (
	"sort"
	"strconv"
	"strings"
)

// esbuild lowers a `for await` loop into a fixed shape whose state lives in
// `var iter, more, temp, error` declared in the loop head. Inside functions
// it gives every loop fresh names (iter2, …), but at the top level of a
// module it never renames, so two top-level loops share their state: a
// caught error in the first is rethrown by the second's `finally`, and a
// user's own top-level `temp` is shadowed. uniqueForAwaitState renames the
// state of each loop of that exact shape, in the head, the loop variable's
// initialiser and the tail, leaving the body (whose `temp` is the user's)
// alone.
//
// The suffix of a head is searched from the head on: a loop head whose
// iterable spans lines still has its suffix before its body.

// The names carry a number when esbuild did rename them (inside functions,
// or to avoid a user's top-level name); every loop of the shape is renamed
// all the same, which keeps the pairs of head and tail consistent.
var (
	forAwaitHead   = lazyRegexp(`for \(var iter\d* = __forAwait\(`)
	forAwaitSuffix = lazyRegexp(`\), more\d*, (temp\d*), error\d*; more\d* = !\(temp\d* = await iter\d*\.next\(\)\)\.done; more\d* = false\) \{`)
	forAwaitTail   = lazyRegexp(`\} catch \(temp\d*\) \{\n\s*error\d* = \[temp\d*\];\n\s*\} finally \{\n\s*try \{\n\s*more\d* && \(temp\d* = iter\d*\.return\) && await temp\d*\.call\(iter\d*\);\n\s*\} finally \{\n\s*if \(error\d*\)\n\s*throw error\d*\[0\];`)
	forAwaitState  = lazyRegexp(`\b(iter|more|temp|error)\d*\b`)
)

func uniqueForAwaitState(code string) string {
	type event struct {
		pos, end int
		head     bool
	}
	var evs []event
	for _, m := range forAwaitHead().FindAllStringIndex(code, -1) {
		evs = append(evs, event{m[0], m[1], true})
	}
	if len(evs) == 0 {
		return code
	}
	for _, m := range forAwaitTail().FindAllStringIndex(code, -1) {
		evs = append(evs, event{m[0], m[1], false})
	}
	sort.Slice(evs, func(i, j int) bool { return evs[i].pos < evs[j].pos })
	// edits are [start, end, replacement] spans of code, in order.
	type edit struct {
		start, end int
		text       string
	}
	var edits []edit
	var stack []string
	n := 0
	rename := func(s, suffix string) string {
		return forAwaitState().ReplaceAllString(s, "__gorun_${1}"+suffix)
	}
	for _, ev := range evs {
		if ev.head {
			n++
			suffix := strconv.Itoa(n)
			stack = append(stack, suffix)
			edits = append(edits, edit{ev.pos, ev.end, rename(code[ev.pos:ev.end], suffix)})
			m := forAwaitSuffix().FindStringSubmatchIndex(code[ev.end:])
			if m == nil {
				return code
			}
			s, e := ev.end+m[0], ev.end+m[1]
			temp := code[ev.end+m[2] : ev.end+m[3]]
			edits = append(edits, edit{s, e, rename(code[s:e], suffix)})
			// The loop variable's initialiser opens the body.
			v := strings.Index(code[e:], temp+".value")
			if v < 0 {
				return code
			}
			v += e
			edits = append(edits, edit{v, v + len(temp), "__gorun_temp" + suffix})
			continue
		}
		if len(stack) == 0 {
			return code
		}
		suffix := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		edits = append(edits, edit{ev.pos, ev.end, rename(code[ev.pos:ev.end], suffix)})
	}
	if len(stack) != 0 {
		return code
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	var b strings.Builder
	last := 0
	for _, e := range edits {
		if e.start < last {
			return code
		}
		b.WriteString(code[last:e.start])
		b.WriteString(e.text)
		last = e.end
	}
	b.WriteString(code[last:])
	return b.String()
}
