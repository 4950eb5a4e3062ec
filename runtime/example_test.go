package runtime_test

import (
	"context"
	"fmt"

	"github.com/gorun-js/gorun/runtime"
)

// A script runs to completion, timers and all, and its exit code comes
// back to Go.
func ExampleRuntime_RunScript() {
	rt, err := runtime.New(runtime.Options{})
	if err != nil {
		panic(err)
	}
	defer rt.Close()
	code, err := rt.RunScript(context.Background(), runtime.Script{Source: `
		setTimeout(() => { console.log('later'); process.exitCode = 3; }, 10);
		console.log('now');
	`})
	fmt.Println(code, err)
	// Output:
	// now
	// later
	// 3 <nil>
}

// Eval returns a script's value to Go, waiting for promises.
func ExampleRuntime_Eval() {
	rt, err := runtime.New(runtime.Options{})
	if err != nil {
		panic(err)
	}
	defer rt.Close()
	v, err := rt.Eval(context.Background(), `new Promise(resolve => setTimeout(() => resolve(6 * 7), 5))`)
	fmt.Println(v, err)
	// Output: 42 <nil>
}
