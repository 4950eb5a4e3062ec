package polyfill

import (
	_ "embed"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dop251/goja"
	"golang.org/x/text/collate"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// goja has no Intl. intl.js builds the ECMA-402 surface real packages use
// (NumberFormat, DateTimeFormat, Collator, PluralRules, RelativeTimeFormat,
// ListFormat, Segmenter) with en-US data written out by hand; what needs
// tables or the system — collation, plural rules of other locales, time zone
// offsets, grapheme clusters — comes from the hooks below. It is evaluated
// on first use of Intl or of a locale-sensitive method, so start-up pays
// nothing.

//go:embed intl.js
var intlSrc string

// intl.js uses \p{…} in its word segmenter, so its literals are expanded
// like a user module's before compiling.
var intlProgram = sync.OnceValues(func() (*goja.Program, error) {
	src, _ := RewriteRegExpLiterals(intlSrc)
	return compile("gorun:polyfill/intl.js", src)()
})

// intlHooks are the Go helpers intl.js calls.
func intlHooks(vm *goja.Runtime) map[string]func(goja.FunctionCall) goja.Value {
	return map[string]func(goja.FunctionCall) goja.Value{
		// tzOffset(zone, epochMs) → [offset minutes east of UTC, abbreviation],
		// or null for an unknown zone.
		"tzOffset": func(c goja.FunctionCall) goja.Value {
			loc := loadZone(c.Argument(0).String())
			if loc == nil {
				return goja.Null()
			}
			ms := c.Argument(1).ToFloat()
			t := time.UnixMilli(int64(ms)).In(loc)
			name, off := t.Zone()
			return vm.ToValue([]any{off / 60, name})
		},
		"defaultTimeZone": func(c goja.FunctionCall) goja.Value {
			return vm.ToValue(defaultTimeZone(c.Argument(0)))
		},
		// compare(a, b, locale, sensitivity, numeric, ignorePunctuation, caseFirst)
		"compare": func(c goja.FunctionCall) goja.Value {
			col := collator(c.Argument(2).String(), c.Argument(3).String(), c.Argument(4).ToBoolean(), c.Argument(5).ToBoolean())
			return vm.ToValue(col.compare(c.Argument(0).String(), c.Argument(1).String(), c.Argument(3).String(), c.Argument(6).String()))
		},
		// plural(locale, type, integerDigits, fractionDigits) → category name.
		"plural": func(c goja.FunctionCall) goja.Value {
			tag, _ := language.Parse(c.Argument(0).String())
			rules := plural.Cardinal
			if c.Argument(1).String() == "ordinal" {
				rules = plural.Ordinal
			}
			digits := c.Argument(2).String() + c.Argument(3).String()
			b := make([]byte, len(digits))
			for i := range digits {
				b[i] = digits[i] - '0'
			}
			form := rules.MatchDigits(tag, b, len(c.Argument(2).String()), len(c.Argument(3).String()))
			return vm.ToValue(pluralNames[form])
		},
		// graphemes(s) → the string's extended grapheme clusters.
		"graphemes": func(c goja.FunctionCall) goja.Value {
			return vm.ToValue(graphemes(c.Argument(0).String()))
		},
		"canonicalLocale": func(c goja.FunctionCall) goja.Value {
			tag, err := language.Parse(c.Argument(0).String())
			if err != nil {
				return goja.Null()
			}
			return vm.ToValue(tag.String())
		},
	}
}

var pluralNames = map[plural.Form]string{
	plural.Other: "other", plural.Zero: "zero", plural.One: "one", plural.Two: "two", plural.Few: "few", plural.Many: "many",
}

var zones sync.Map // name → *time.Location (nil entries for unknown names are not stored)

func loadZone(name string) *time.Location {
	if name == "UTC" || name == "Etc/UTC" || name == "GMT" || name == "Etc/GMT" {
		return time.UTC
	}
	if l, ok := zones.Load(name); ok {
		return l.(*time.Location)
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		return nil
	}
	zones.Store(name, l)
	return l
}

// defaultTimeZone is the IANA name of the zone local dates use: TZ as the
// program sees it (process.env.TZ, passed in), else the host's
// /etc/localtime link, else UTC — what ICU reports to node. An unknown TZ
// gives "" (node: undefined).
func defaultTimeZone(tz goja.Value) string {
	name := ""
	if tz != nil && !goja.IsUndefined(tz) && !goja.IsNull(tz) {
		name = tz.String()
	} else {
		name = os.Getenv("TZ")
	}
	name = strings.TrimPrefix(name, ":")
	if name != "" {
		if loadZone(name) != nil {
			if name == "Etc/UTC" || name == "Etc/GMT" || name == "GMT" {
				return "UTC"
			}
			return name
		}
		return "" // ICU's Etc/Unknown: node reports timeZone undefined and formats as UTC
	}
	if target, err := os.Readlink("/etc/localtime"); err == nil {
		if i := strings.Index(target, "zoneinfo/"); i >= 0 {
			name = target[i+len("zoneinfo/"):]
			if name == "Etc/UTC" || name == "UTC" {
				return "UTC"
			}
			return name
		}
	}
	if b, err := os.ReadFile(filepath.Join("/etc", "timezone")); err == nil {
		if n := strings.TrimSpace(string(b)); n != "" && n != "Etc/UTC" {
			return n
		}
	}
	return "UTC"
}

type collatorKey struct {
	locale, sensitivity  string
	numeric, ignorePunct bool
}

type intlCollator struct {
	mu  sync.Mutex // a collate.Collator keeps buffers: one caller at a time
	col *collate.Collator
}

var collators sync.Map // collatorKey → *intlCollator

func collator(locale, sensitivity string, numeric, ignorePunct bool) *intlCollator {
	key := collatorKey{locale, sensitivity, numeric, ignorePunct}
	if c, ok := collators.Load(key); ok {
		return c.(*intlCollator)
	}
	tag, err := language.Parse(locale)
	if err != nil {
		tag = language.English
	}
	var opts []collate.Option
	switch sensitivity {
	case "base":
		opts = append(opts, collate.IgnoreCase, collate.IgnoreDiacritics)
	case "accent":
		opts = append(opts, collate.IgnoreCase)
	case "case":
		opts = append(opts, collate.IgnoreDiacritics)
	}
	if numeric {
		opts = append(opts, collate.Numeric)
	}
	if ignorePunct {
		opts = append(opts, collate.Loose)
	}
	c := &intlCollator{col: collate.New(tag, opts...)}
	actual, _ := collators.LoadOrStore(key, c)
	return actual.(*intlCollator)
}

func (c *intlCollator) compare(a, b, sensitivity, caseFirst string) int {
	c.mu.Lock()
	r := c.col.CompareString(a, b)
	c.mu.Unlock()
	if r == 0 || caseFirst != "upper" || sensitivity == "base" || sensitivity == "accent" {
		return r
	}
	// caseFirst "upper": when the strings differ only by case, uppercase
	// sorts first (x/text has no such option).
	if strings.EqualFold(a, b) {
		return -r
	}
	return r
}

// graphemes splits s into extended grapheme clusters (UAX #29) closely
// enough for text: a base with its marks, joiners and variation
// selectors, emoji ZWJ sequences and modifiers, regional-indicator pairs,
// Hangul syllable sequences and CR LF.
func graphemes(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		start := i
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r == '\r' && i < len(s) && s[i] == '\n' {
			out = append(out, s[start:i+1])
			i++
			continue
		}
		if r == '\r' || r == '\n' || unicode.Is(unicode.Cc, r) {
			out = append(out, s[start:i])
			continue
		}
		riCount := 0
		if isRegionalIndicator(r) {
			riCount = 1
		}
		prev := r
		for i < len(s) {
			next, m := utf8.DecodeRuneInString(s[i:])
			switch {
			case extendsCluster(next):
			case prev == 0x200D && isPictographic(next):
			case riCount == 1 && isRegionalIndicator(next):
				riCount = 2
			case hangulJoins(prev, next):
			default:
				goto done
			}
			prev = next
			i += m
		}
	done:
		out = append(out, s[start:i])
	}
	return out
}

func extendsCluster(r rune) bool {
	return r == 0x200D || r == 0x200C || unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) ||
		(r >= 0xFE00 && r <= 0xFE0F) || (r >= 0x1F3FB && r <= 0x1F3FF) || (r >= 0xE0020 && r <= 0xE007F)
}

func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

func isPictographic(r rune) bool {
	for _, s := range generatedBinary()["Extended_Pictographic"] {
		if r < s.lo {
			return false
		}
		if r <= s.hi {
			return true
		}
	}
	return false
}

// hangulJoins reports whether jamo/syllable next continues prev's syllable.
func hangulJoins(prev, next rune) bool {
	isL := func(r rune) bool { return r >= 0x1100 && r <= 0x115F }
	isV := func(r rune) bool { return r >= 0x1160 && r <= 0x11A7 }
	isT := func(r rune) bool { return r >= 0x11A8 && r <= 0x11FF }
	isLV := func(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 && (r-0xAC00)%28 == 0 }
	isLVT := func(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 && (r-0xAC00)%28 != 0 }
	switch {
	case isL(prev):
		return isL(next) || isV(next) || isLV(next) || isLVT(next)
	case isLV(prev) || isV(prev):
		return isV(next) || isT(next)
	case isLVT(prev) || isT(prev):
		return isT(next)
	}
	return false
}

// intlInstallSrc puts Intl on the global object behind a getter and points
// the locale-sensitive methods of Number, BigInt, Date and String at it;
// nothing of intl.js runs until one of them is used.
const intlInstallSrc = `(function (load) {
  'use strict';
  if (typeof globalThis.Intl !== 'undefined') return;
  let impl;
  const get = () => impl || (impl = load());
  Object.defineProperty(globalThis, 'Intl', {
    __proto__: null, configurable: true, enumerable: false,
    get() {
      const v = get().Intl;
      Object.defineProperty(globalThis, 'Intl', { __proto__: null, value: v, writable: true, enumerable: false, configurable: true });
      return v;
    },
    set(v) {
      Object.defineProperty(globalThis, 'Intl', { __proto__: null, value: v, writable: true, enumerable: false, configurable: true });
    },
  });
  const define = (proto, name, key) => {
    const m = { [name](locales, options) { return get().methods[key].call(this, locales, options); } }[name];
    Object.defineProperty(proto, name, { __proto__: null, value: m, writable: true, enumerable: false, configurable: true });
  };
  define(Number.prototype, 'toLocaleString', 'numberToLocaleString');
  define(BigInt.prototype, 'toLocaleString', 'bigintToLocaleString');
  define(Date.prototype, 'toLocaleString', 'dateToLocaleString');
  define(Date.prototype, 'toLocaleDateString', 'dateToLocaleDateString');
  define(Date.prototype, 'toLocaleTimeString', 'dateToLocaleTimeString');
  const nativeCompare = String.prototype.localeCompare;
  const lc = { localeCompare(that, locales, options) {
    if (locales === undefined && options === undefined) return Reflect.apply(nativeCompare, this, [that]);
    return get().methods.localeCompare.call(this, that, locales, options);
  } }.localeCompare;
  Object.defineProperty(String.prototype, 'localeCompare', { __proto__: null, value: lc, writable: true, enumerable: false, configurable: true });
})`

var intlInstallProgram = compile("gorun:polyfill/intl-install.js", intlInstallSrc)

// installIntl defines the lazy Intl global on vm.
func installIntl(vm *goja.Runtime) error {
	load := func(goja.FunctionCall) goja.Value {
		hooks := vm.NewObject()
		for name, fn := range intlHooks(vm) {
			_ = hooks.Set(name, fn)
		}
		v, err := runFactory(vm, intlProgram, hooks)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return v
	}
	_, err := runFactory(vm, intlInstallProgram, vm.ToValue(load).(*goja.Object))
	return err
}
