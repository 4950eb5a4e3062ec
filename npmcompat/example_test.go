package npmcompat_test

import (
	"fmt"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/npmcompat"
)

func ExampleResolver() {
	fs := npmcompat.NewMapFS(map[string]string{
		"/app/main.js":                          "",
		"/app/node_modules/lib/package.json":    `{"main": "dist/index"}`,
		"/app/node_modules/lib/dist/index.js":   "",
		"/app/node_modules/lib/dist/extra.json": "{}",
	})
	r := npmcompat.NewResolver(npmcompat.ResolverOptions{FS: fs, Cwd: func() string { return "/app" }})
	parent := &npmcompat.Parent{ID: ".", Filename: "/app/main.js", Paths: npmcompat.NodeModulePaths("/app"), RequireStack: []string{"/app/main.js"}}
	for _, request := range []string{"lib", "lib/dist/extra", "./nope"} {
		filename, err := r.ResolveFilename(request, parent, false, nil)
		fmt.Printf("%q -> %q %v\n", request, filename, err)
	}
	// Output:
	// "lib" -> "/app/node_modules/lib/dist/index.js" <nil>
	// "lib/dist/extra" -> "/app/node_modules/lib/dist/extra.json" <nil>
	// "./nope" -> "" Cannot find module './nope'
	// Require stack:
	// - /app/main.js
}

func ExampleLoader_RunMain() {
	vm := goja.New()
	_ = vm.Set("print", fmt.Println)
	loader, _ := npmcompat.NewLoader(npmcompat.Options{
		VM: vm,
		FS: npmcompat.NewMapFS(map[string]string{
			"/app/main.js":  `print(require('./greet')('world'), require.main === module)`,
			"/app/greet.js": `module.exports = (name) => 'hello ' + name`,
		}),
		Cwd: func() string { return "/app" },
	})
	if err := loader.RunMain("main"); err != nil {
		fmt.Println(err)
	}
	// Output: hello world true
}
