package nodeerr

import (
	"regexp"
	"sync"
)

// engineMessages rewrites messages of errors goja throws into the words
// V8 uses for the same condition, which is what Node's users and tests
// match on. Only conditions that goja and V8 report alike are listed: a
// message goja words differently because it knows less (its "of undefined
// or null") stays as it is.
type engineMessage struct {
	re   *regexp.Regexp
	repl string
}

// engineMessages are compiled on first use, not at start-up.
var engineMessages = sync.OnceValue(func() []engineMessage {
	return []engineMessage{
		// V8 says the same whether the missing key is non-configurable or the
		// target non-extensible (test-assert-deep.js matches it).
		{regexp.MustCompile(`^'ownKeys' on proxy: trap result did not include non-configurable '(.*)'$`),
			`'ownKeys' on proxy: trap result did not include '$1'`},
		{regexp.MustCompile(`^Cannot set property (.*), object is not extensible$`),
			`Cannot add property $1, object is not extensible`},
		{regexp.MustCompile(`^Cannot read property '(.*)' of undefined$`),
			`Cannot read properties of undefined (reading '$1')`},
		// goja prints the Go value it failed on (`&{Object 0x… map[…]}`).
		{regexp.MustCompile(`(?s)^Could not convert .* to primitive$`),
			`Cannot convert object to primitive value`},
	}
})

// V8Message returns V8's wording of an engine error message and whether it
// differs from goja's.
func V8Message(msg string) (string, bool) {
	if m := deleteMessage().FindStringSubmatch(msg); m != nil {
		return deleteReceiver(msg, m[1], m[2])
	}
	for _, m := range engineMessages() {
		if m.re.MatchString(msg) {
			return m.re.ReplaceAllString(msg, m.repl), true
		}
	}
	return msg, false
}

// deleteMessage is goja's strict-mode failure to delete a property, which
// names the receiver by its class ([object process]).
var deleteMessage = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^Cannot delete property '(.*)' of \[object (\w+)\]$`)
})

// deleteReceiver words the failure as V8 does: the receiver by its
// constructor (#<process>), namespace objects as #<Object>, arrays (and
// null-prototype objects, which goja's message can't tell from plain
// ones) as [object Array]. V8 prints a function as its source, which the
// message doesn't carry, so that one stays.
func deleteReceiver(msg, key, class string) (string, bool) {
	switch class {
	case "Array", "Function":
		return msg, false
	case "Math", "JSON", "Reflect", "Atomics", "Intl":
		class = "Object"
	}
	return "Cannot delete property '" + key + "' of #<" + class + ">", true
}
