package runtime

import (
	"os"
	"strings"
	"time"
)

// applyTZ sets the zone Date uses from a TZ value, as the C library reads
// TZ: unset means the system's zone (/etc/localtime), empty or unknown
// means UTC, a leading ':' is ignored. goja reads Go's time.Local, which
// is process-wide: see Options.TimeZone.
func applyTZ(value string, set bool) {
	loc := time.UTC
	switch {
	case !set:
		if data, err := os.ReadFile("/etc/localtime"); err == nil {
			if l, err := time.LoadLocationFromTZData("Local", data); err == nil {
				loc = l
			}
		}
	case value != "":
		if l, err := time.LoadLocation(strings.TrimPrefix(value, ":")); err == nil {
			loc = l
		}
	}
	time.Local = loc
}
