// Command embed shows gorun as a library: a Go program that runs a
// script, gives it a native module written in Go, and calls into JS from
// another goroutine while the script runs.
package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/runtime"
)

const script = `
const greet = require('greeter');
console.log(greet.hello('embedder'));
globalThis.counter = 0;
const timer = setInterval(() => { counter++; }, 5);
setTimeout(() => { clearInterval(timer); console.log('script done'); }, 60);
`

func main() {
	greeter := modules.Module{
		Name: "greeter",
		Binding: func(c *modules.Context) (*goja.Object, error) {
			o := c.VM.NewObject()
			_ = o.Set("hello", func(name string) string { return "hello, " + strings.ToUpper(name) })
			return o, nil
		},
	}
	rt, err := runtime.New(runtime.Options{Modules: []modules.Module{greeter}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer rt.Close()

	// A host goroutine reads JS state safely while the program runs.
	go func() {
		time.Sleep(30 * time.Millisecond)
		v, err := rt.Eval(context.Background(), "counter > 0")
		fmt.Println("host saw the interval running:", v, err)
	}()

	code, err := rt.RunScript(context.Background(), runtime.Script{Source: script, Name: "embedded.js"})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	os.Exit(code)
}
