package npmcompat

import (
	"bytes"
	"encoding/json"
	"math"
	"sort"
	"strconv"
	"strings"
)

// The "exports" and "imports" algorithms walk JSON the way V8 walks the
// object JSON.parse returns: Object.getOwnPropertyNames order (array-index
// keys ascending, then the rest in insertion order) decides which
// condition wins, so encoding/json's maps will not do.

// jsonObject is a parsed JSON object with its keys in V8's own-property
// order. A duplicate key keeps its first position and its last value, as
// JSON.parse does.
type jsonObject struct {
	keys []string
	vals map[string]any
}

// get returns the value under key and whether the object has it.
func (o *jsonObject) get(key string) (any, bool) {
	v, ok := o.vals[key]
	return v, ok
}

// parseJSONValue decodes raw into string, float64, bool, nil, []any or
// *jsonObject. raw is known to be valid JSON (package.json was checked).
func parseJSONValue(raw json.RawMessage) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	return decodeJSONValue(dec)
}

func decodeJSONValue(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		if t == '[' {
			arr := []any{}
			for dec.More() {
				v, err := decodeJSONValue(dec)
				if err != nil {
					return nil, err
				}
				arr = append(arr, v)
			}
			_, err := dec.Token()
			return arr, err
		}
		obj := &jsonObject{vals: map[string]any{}}
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return nil, err
			}
			key, _ := kt.(string)
			v, err := decodeJSONValue(dec)
			if err != nil {
				return nil, err
			}
			if _, dup := obj.vals[key]; !dup {
				obj.keys = append(obj.keys, key)
			}
			obj.vals[key] = v
		}
		if _, err := dec.Token(); err != nil {
			return nil, err
		}
		sortV8Keys(obj.keys)
		return obj, nil
	case json.Number:
		f, _ := strconv.ParseFloat(string(t), 64)
		return f, nil
	}
	return tok, nil
}

// sortV8Keys moves integer-index keys to the front in ascending order,
// keeping the others in insertion order.
func sortV8Keys(keys []string) {
	sort.SliceStable(keys, func(i, j int) bool {
		ai, aok := v8Index(keys[i])
		bi, bok := v8Index(keys[j])
		if aok && bok {
			return ai < bi
		}
		return aok && !bok
	})
}

// v8Index reports whether key is an integer index V8 stores as an element
// (a canonical uint32 below 2^32-1).
func v8Index(key string) (uint64, bool) {
	if key == "" || len(key) > 10 || (len(key) > 1 && key[0] == '0') {
		return 0, false
	}
	n, err := strconv.ParseUint(key, 10, 64)
	if err != nil || n >= math.MaxUint32 {
		return 0, false
	}
	return n, true
}

// isArrayIndexKey is Node's isArrayIndex in esm/resolve.js: `${+key}` ===
// key and 0 <= +key < 0xFFFFFFFF. It is looser than v8Index ("1.5"
// passes), and Node rejects such keys in condition objects.
func isArrayIndexKey(key string) bool {
	f, err := strconv.ParseFloat(key, 64)
	if err != nil || jsNumberString(f) != key {
		return false
	}
	return f >= 0 && f < 0xFFFFFFFF
}

// jsNumberString is Number.prototype.toString() for f.
func jsNumberString(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == 0:
		return "0"
	}
	sign := ""
	if f < 0 {
		sign, f = "-", -f
	}
	// Shortest digits and the decimal exponent n, as in ECMA-262
	// Number::toString: value = 0.digits × 10^n.
	e := strconv.FormatFloat(f, 'e', -1, 64)
	mant, exp, _ := strings.Cut(e, "e")
	digits := strings.Replace(mant, ".", "", 1)
	x, _ := strconv.Atoi(exp)
	n, k := x+1, len(digits)
	switch {
	case k <= n && n <= 21:
		return sign + digits + strings.Repeat("0", n-k)
	case 0 < n && n <= 21:
		return sign + digits[:n] + "." + digits[n:]
	case -6 < n && n <= 0:
		return sign + "0." + strings.Repeat("0", -n) + digits
	}
	s := digits[:1]
	if k > 1 {
		s += "." + digits[1:]
	}
	if n-1 >= 0 {
		return sign + s + "e+" + strconv.Itoa(n-1)
	}
	return sign + s + "e" + strconv.Itoa(n-1)
}

// jsTemplateString is `${v}` for a JSON scalar, which Node uses to print
// an invalid target.
func jsTemplateString(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case float64:
		return jsNumberString(t)
	case bool:
		return strconv.FormatBool(t)
	case nil:
		return "null"
	case []any:
		parts := make([]string, len(t))
		for i, item := range t {
			if item != nil {
				parts[i] = jsTemplateString(item)
			}
		}
		return strings.Join(parts, ",")
	}
	return "[object Object]"
}
