package npmcompat

import (
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// .jsx and .tsx files run as node with the tsx loader runs them: ES modules
// in a "type": "module" scope, CommonJS elsewhere, with JSX compiled for
// React's automatic runtime (`import { jsx } from "react/jsx-runtime"`)
// unless the nearest tsconfig.json asks otherwise through
// compilerOptions.jsx ("react" is the classic React.createElement
// transform; "react-jsxdev" the development runtime), jsxImportSource,
// jsxFactory or jsxFragmentFactory.

// jsxConfig is how one file's JSX is compiled; the zero value means the
// file is not .jsx/.tsx.
type jsxConfig struct {
	loader       api.Loader
	mode         api.JSX
	dev          bool
	importSource string
	factory      string
	fragment     string
}

// key distinguishes transforms of the same source under different
// settings in the transform cache.
func (j jsxConfig) key() string {
	if j.loader == api.LoaderNone {
		return ""
	}
	var b strings.Builder
	b.WriteString("\x00jsx")
	for _, s := range []string{string(rune('0' + j.loader)), string(rune('0' + j.mode)), map[bool]string{true: "dev"}[j.dev], j.importSource, j.factory, j.fragment} {
		b.WriteByte(0)
		b.WriteString(s)
	}
	return b.String()
}

func (j jsxConfig) apply(opts *api.TransformOptions) {
	if j.loader == api.LoaderNone {
		return
	}
	opts.Loader = j.loader
	opts.JSX = j.mode
	opts.JSXDev = j.dev
	opts.JSXImportSource = j.importSource
	opts.JSXFactory = j.factory
	opts.JSXFragment = j.fragment
}

var tsconfigString = lazyRegexp(`"(jsx|jsxImportSource|jsxFactory|jsxFragmentFactory)"\s*:\s*"([^"]*)"`)

// jsxConfigFor finds the settings for filename: the automatic runtime with
// "react" as import source, overridden by the nearest tsconfig.json.
func (l *Loader) jsxConfigFor(filename string) jsxConfig {
	var j jsxConfig
	switch {
	case strings.HasSuffix(filename, ".jsx"):
		j.loader = api.LoaderJSX
	case strings.HasSuffix(filename, ".tsx"):
		j.loader = api.LoaderTSX
	default:
		return j
	}
	j.mode = api.JSXAutomatic
	fs := l.resolver.FS()
	for dir := dirname(filename); ; dir = dirname(dir) {
		if data, err := fs.ReadFile(dir + "/tsconfig.json"); err == nil {
			for _, m := range tsconfigString().FindAllStringSubmatch(string(data), -1) {
				switch m[1] {
				case "jsx":
					switch strings.ToLower(m[2]) {
					case "react":
						j.mode = api.JSXTransform
					case "react-jsxdev":
						j.dev = true
					}
				case "jsxImportSource":
					j.importSource = m[2]
				case "jsxFactory":
					j.factory = m[2]
				case "jsxFragmentFactory":
					j.fragment = m[2]
				}
			}
			break
		}
		if dir == "/" || dir == "." || dir == "" {
			break
		}
	}
	return j
}
