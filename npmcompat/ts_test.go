package npmcompat

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// Node 20 cannot run TypeScript, so these expectations are written by
// hand: what the program prints once its types are stripped.

var tsFiles = map[string]string{
	"/app/main.ts": `import { Greeter, Color } from './lib.ts';
import type { Shape } from './types.ts';
import { twice } from './util.mts';
import cts = require('./old.cts');

namespace Geo {
  export function dist(p: { x: number; y: number }): number { return Math.hypot(p.x, p.y); }
}

function first<T>(items: T[]): T | undefined { return items[0]; }

const s: Shape = { kind: 'sq', side: 2 };
const g = new Greeter('ts');
out(g.greet(), Color.Red, Color[Color.Green], Color.Blue, Geo.dist({ x: 3, y: 4 }), first<number>([7, 8]), s.kind);
out(twice(21), cts.old, typeof __filename);
g.fail();
`,
	"/app/lib.ts": `export enum Color { Red, Green = 5, Blue }

export class Greeter {
  constructor(private readonly name: string, public count: number = 1) {}
  greet(): string {
    return 'hello ' + this.name + ' x' + this.count;
  }
  fail(): never {
    throw new Error('ts failure');
  }
}
`,
	"/app/types.ts": "export interface Shape { kind: string; side: number }\n",
	"/app/util.mts": "export const twice = (n: number): number => n * 2;\nexport const isESM: boolean = typeof require === 'undefined';\n",
	"/app/old.cts":  "const old: string = 'cts';\nexport = { old };\n",
}

func TestTypeScript(t *testing.T) {
	t.Parallel()
	tl := newTestLoader(t, tsFiles)
	err := tl.RunMain("main.ts")
	if got, want := tl.out.String(), "hello ts x1 0 Green 6 5 7 sq\n42 cts string\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	ex, ok := err.(*goja.Exception)
	if !ok {
		t.Fatalf("want the thrown error, got %v", err)
	}
	stack := ex.Value().ToObject(tl.vm).Get("stack").String()
	// The stack names .ts lines through the inline source map.
	for _, frame := range []string{"/app/lib.ts:9:", "/app/main.ts:16:"} {
		if !strings.Contains(stack, frame) {
			t.Errorf("stack lacks %s:\n%s", frame, stack)
		}
	}
}

func TestTypeScriptModuleSemantics(t *testing.T) {
	t.Parallel()
	tl := newTestLoader(t, map[string]string{
		"/app/main.js":          "const m = require('./util.mts'); const p = require('./pkg/x.ts'); out(m.isESM, p.esm);",
		"/app/util.mts":         tsFiles["/app/util.mts"],
		"/app/pkg/package.json": `{"type": "module"}`,
		"/app/pkg/x.ts":         "export const esm: boolean = typeof module === 'undefined';\n",
	})
	if got := tl.run(t); got != "true true\n" {
		t.Errorf("got %q", got)
	}
}

func TestTransformSyntaxError(t *testing.T) {
	t.Parallel()
	tl := newTestLoader(t, map[string]string{"/app/main.mjs": "export const x = ;\n"})
	name, _, msg := thrown(t, tl.vm, tl.RunMain("main.mjs"))
	if name != "SyntaxError" || msg == "" {
		t.Errorf("got %s %q", name, msg)
	}
}

func TestTopLevelAwaitForms(t *testing.T) {
	t.Parallel()
	tl := newTestLoader(t, map[string]string{"/app/main.mjs": `
async function* gen() { yield 1; yield 2; }
const got = [];
const it = gen();
for (let r = await it.next(); !r.done; r = await it.next()) got.push(r.value);
await 0;
const neg = await -1, sum = await 1 + 2;
out(got.join(','), neg, sum, await null, typeof (await import('./x.mjs')).x);
`, "/app/x.mjs": "export const x = 1;\n"})
	if err := tl.RunMain("main.mjs"); err != nil {
		t.Fatal(err)
	}
	if got := tl.out.String(); got != "1,2 -1 3 null number\n" {
		t.Errorf("got %q", got)
	}
	// A top-level for await, in TypeScript too, goes through a first
	// lowering pass (testdata/esm/tla_for_await.txt has node's ordering).
	tl = newTestLoader(t, map[string]string{"/app/main.mts": "let n: number = 0;\nfor await (const x of [Promise.resolve(2), 3] as any[]) n += x;\nout(n);\n"})
	if err := tl.RunMain("main.mts"); err != nil {
		t.Fatal(err)
	}
	if got := tl.out.String(); got != "5\n" {
		t.Errorf("for await in .mts: got %q", got)
	}
}

func TestTransformCache(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	key := transformKey("/app/x.mjs", "export default 1", kindESM)
	p := cachePathIn(dir, key)
	if _, ok := transformCacheGetIn(dir, key); ok {
		t.Fatal("hit in an empty cache")
	}
	transformCachePutIn(dir, key, "OUT")
	if got, ok := transformCacheGetIn(dir, key); !ok || got != "OUT" {
		t.Fatalf("got %q %v", got, ok)
	}
	if filepath.Dir(filepath.Dir(p)) != dir {
		t.Errorf("cache file %s not under %s", p, dir)
	}
	// No temporary files are left behind.
	entries, _ := os.ReadDir(filepath.Dir(p))
	if len(entries) != 1 {
		t.Errorf("%d files in the cache folder, want 1", len(entries))
	}
	// A different content, file or version is a different key.
	if transformKey("/app/x.mjs", "export default 2", kindESM) == key || transformKey("/app/y.mjs", "export default 1", kindESM) == key {
		t.Error("keys collide")
	}
}

func TestRunModule(t *testing.T) {
	t.Parallel()
	tl := newTestLoader(t, map[string]string{"/app/lib.mjs": "export const v = 'lib';\n"})
	if err := tl.RunModule("[eval1]", "import { v } from './lib.mjs';\nout(v, import.meta.url, typeof require);\n"); err != nil {
		t.Fatal(err)
	}
	if got := tl.out.String(); got != "lib file:///app/[eval1] undefined\n" {
		t.Errorf("got %q", got)
	}
}
