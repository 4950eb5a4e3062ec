package stacktrace_test

import (
	"fmt"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/internal/stacktrace"
)

func Example() {
	vm := goja.New()
	const file = "/app/main.js"
	const src = `function check(order) {
  if (!order.id) throw new TypeError('order has no id');
}
check({});
`
	tr, err := stacktrace.Install(vm, stacktrace.Options{
		Version: "v20.11.1",
		Source:  func(name string) (string, bool) { return src, name == file },
	})
	if err != nil {
		panic(err)
	}
	_, err = vm.RunScript(file, src)
	if exc, ok := err.(*goja.Exception); ok {
		fmt.Print(tr.FormatUncaught(exc))
	}
	// Output:
	// /app/main.js:2
	//   if (!order.id) throw new TypeError('order has no id');
	//                  ^
	//
	// TypeError: order has no id
	//     at check (/app/main.js:2:24)
	//     at /app/main.js:4:1
	//
	// Node.js v20.11.1
}

func ExampleTracer_prepareStackTrace() {
	vm := goja.New()
	if _, err := stacktrace.Install(vm, stacktrace.Options{}); err != nil {
		panic(err)
	}
	v, err := vm.RunScript("/lib/callsites.js", `
function callers() {
  const prepare = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, callSites) => callSites;
  const callSites = new Error().stack.slice(1);
  Error.prepareStackTrace = prepare;
  return callSites.map(c => c.getFunctionName() + ' ' + c.getFileName() + ':' + c.getLineNumber());
}
function outer() { return callers(); }
outer().join('\n');
`)
	if err != nil {
		panic(err)
	}
	fmt.Println(v)
	// Output:
	// outer /lib/callsites.js:9
	// null /lib/callsites.js:10
}
