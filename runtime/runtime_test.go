package runtime_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules"
	"github.com/gorun-js/gorun/runtime"
)

// run executes src as a -e script and returns stdout, stderr and the
// exit code.
func run(t *testing.T, src string, opts runtime.Options) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	opts.Stdout, opts.Stderr = &out, &errb
	if opts.Stdin == nil {
		opts.Stdin = strings.NewReader("")
	}
	rt, err := runtime.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	code, err := rt.RunScript(context.Background(), runtime.Script{Source: src})
	if err != nil {
		t.Fatalf("RunScript: %v (stderr %q)", err, errb.String())
	}
	return out.String(), errb.String(), code
}

func TestLoopOrdering(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src, want string
	}{
		{"ticks before promises", `
			Promise.resolve().then(() => console.log('promise'));
			process.nextTick(() => console.log('tick'));
			console.log('sync');`, "sync\ntick\npromise\n"},
		{"all ticks then all microtasks", `
			process.nextTick(() => { console.log('t1'); Promise.resolve().then(() => console.log('p-from-t1')); });
			process.nextTick(() => console.log('t2'));
			queueMicrotask(() => { console.log('m1'); process.nextTick(() => console.log('t-from-m1')); });`,
			"t1\nt2\nm1\np-from-t1\nt-from-m1\n"},
		{"ticks drain between timers", `
			setTimeout(() => { console.log('a'); process.nextTick(() => console.log('a-tick')); }, 1);
			setTimeout(() => console.log('b'), 1);`, "a\na-tick\nb\n"},
		{"immediate before timeout inside a timer", `
			setTimeout(() => {
				setTimeout(() => console.log('timeout'), 0);
				setImmediate(() => console.log('immediate'));
			}, 1);`, "immediate\ntimeout\n"},
		{"immediates queued during check wait a turn", `
			setImmediate(() => { console.log('i1'); setImmediate(() => console.log('i3')); });
			setImmediate(() => console.log('i2'));`, "i1\ni2\ni3\n"},
		{"async functions", `
			(async () => { console.log('a1'); await null; console.log('a2'); })();
			process.nextTick(() => console.log('tick'));
			console.log('sync');`, "a1\nsync\ntick\na2\n"},
		{"beforeExit may schedule work once more", `
			let n = 0;
			process.on('beforeExit', () => { if (n++ < 1) setTimeout(() => console.log('again'), 1); else console.log('done'); });`,
			"again\ndone\n"},
		{"unref timer does not hold the loop", `
			setTimeout(() => console.log('never'), 1000).unref();
			setTimeout(() => console.log('ref'), 1);`, "ref\n"},
		{"interval cleared from its callback", `
			let n = 0; const iv = setInterval(() => { if (++n === 3) { clearInterval(iv); console.log(n); } }, 1);`, "3\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			out, errs, code := run(t, tc.src, runtime.Options{})
			if out != tc.want || code != 0 {
				t.Errorf("got %q (code %d, stderr %q), want %q", out, code, errs, tc.want)
			}
		})
	}
}

// An unref'd timer neither keeps the loop alive nor makes it wait.
func TestUnrefTimerDoesNotDelayExit(t *testing.T) {
	t.Parallel()
	start := time.Now()
	out, _, _ := run(t, `setTimeout(() => {}, 100000).unref(); setTimeout(() => console.log('ok'), 1)`, runtime.Options{})
	if out != "ok\n" {
		t.Fatalf("out %q", out)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("exit took %v", d)
	}
}

func TestExitCodes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src string
		code      int
		stdout    string
	}{
		{"exit code property", `process.exitCode = 4`, 4, ""},
		{"process.exit runs exit listeners", `process.on('exit', c => console.log('exit', c)); process.exit(3); console.log('no')`, 3, "exit 3\n"},
		{"uncaught throw", `process.on('exit', c => console.log('exit', c)); throw new Error('x')`, 1, "exit 1\n"},
		{"unhandled rejection", `Promise.reject(new Error('r'))`, 1, ""},
		{"handled uncaught", `process.on('uncaughtException', e => console.log('got', e.message)); setTimeout(() => { throw new Error('t') }, 1)`, 0, "got t\n"},
		{"throwing handler exits 7", `process.on('uncaughtException', () => { throw new Error('again') }); throw new Error('first')`, 7, ""},
		{"exit listener changes code", `process.on('exit', () => { process.exitCode = 9 }); throw new Error('x')`, 9, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			out, errs, code := run(t, tc.src, runtime.Options{})
			if code != tc.code || out != tc.stdout {
				t.Errorf("code %d stdout %q (stderr %q); want code %d stdout %q", code, out, errs, tc.code, tc.stdout)
			}
		})
	}
}

// process.exit ends its runtime only: the host and other runtimes go on.
func TestExitDoesNotEndHost(t *testing.T) {
	t.Parallel()
	_, _, code := run(t, `process.exit(42)`, runtime.Options{})
	if code != 42 {
		t.Fatalf("code %d", code)
	}
	out, _, code := run(t, `console.log('still here')`, runtime.Options{})
	if out != "still here\n" || code != 0 {
		t.Fatalf("second runtime: %q %d", out, code)
	}
}

func TestCancelStopsBusyLoop(t *testing.T) {
	t.Parallel()
	rt, err := runtime.New(runtime.Options{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = rt.RunScript(ctx, runtime.Script{Source: `while (true) {}`})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want deadline exceeded", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("took %v to stop", d)
	}
}

func TestManyRuntimesConcurrently(t *testing.T) {
	t.Parallel()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var out bytes.Buffer
			rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out, Env: []string{fmt.Sprintf("N=%d", i)}})
			if err != nil {
				errs <- err
				return
			}
			defer rt.Close()
			code, err := rt.RunScript(context.Background(), runtime.Script{Source: `
				let sum = 0;
				const iv = setInterval(() => { sum += +process.env.N; }, 1);
				setTimeout(() => { clearInterval(iv); process.chdir('/'); console.log(process.env.N, sum > 0, process.cwd()); process.exitCode = +process.env.N; }, 20);`})
			if err != nil || code != i || out.String() != fmt.Sprintf("%d %v /\n", i, i > 0) {
				errs <- fmt.Errorf("runtime %d: code %d err %v out %q", i, code, err, out.String())
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if wd, _ := os.Getwd(); filepath.Base(wd) != "runtime" {
		t.Errorf("process.chdir changed the host's directory to %s", wd)
	}
}

func TestDoAndEvalFromHostGoroutine(t *testing.T) {
	t.Parallel()
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	ctx := context.Background()
	done := make(chan error, 1)
	go func() {
		_, err := rt.RunScript(ctx, runtime.Script{Source: `
			globalThis.hits = 0;
			const h = setInterval(() => { if (globalThis.stop) clearInterval(h); }, 1);`})
		done <- err
	}()
	time.Sleep(20 * time.Millisecond)
	for i := 0; i < 5; i++ {
		if err := rt.Do(ctx, func(vm *goja.Runtime) error {
			_, err := vm.RunString("hits++")
			return err
		}); err != nil {
			t.Fatal(err)
		}
	}
	v, err := rt.Eval(ctx, "Promise.resolve(hits * 2)")
	if err != nil || v != int64(10) {
		t.Fatalf("Eval = %v, %v", v, err)
	}
	if _, err := rt.Eval(ctx, "globalThis.stop = true"); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func TestEvalWithoutProgram(t *testing.T) {
	t.Parallel()
	rt, err := runtime.New(runtime.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	v, err := rt.Eval(context.Background(), "new Promise(r => setTimeout(() => r('late'), 5))")
	if err != nil || v != "late" {
		t.Fatalf("Eval = %v, %v", v, err)
	}
	_, err = rt.Eval(context.Background(), "Promise.reject(new Error('nope'))")
	var jsErr *runtime.JSError
	if !errors.As(err, &jsErr) || !strings.Contains(jsErr.Text, "nope") {
		t.Fatalf("rejection: %v", err)
	}
}

func TestNativeModule(t *testing.T) {
	t.Parallel()
	mod := modules.Module{
		Name: "adder",
		Binding: func(c *modules.Context) (*goja.Object, error) {
			o := c.VM.NewObject()
			_ = o.Set("add", func(a, b int) int { return a + b })
			return o, nil
		},
	}
	out, errs, code := run(t, `console.log(require('adder').add(2, 3), require('node:module').isBuiltin('adder'))`,
		runtime.Options{Modules: []modules.Module{mod}})
	if out != "5 true\n" || code != 0 {
		t.Fatalf("%q %q %d", out, errs, code)
	}
}

func TestProcessSurface(t *testing.T) {
	t.Parallel()
	out, errs, code := run(t, `
		process.env.NUM = 5;
		console.log(typeof process.env.NUM, process.env.NUM, 'NUM' in process.env, delete process.env.NUM, process.env.NUM);
		console.log(process.argv.length, process.argv.slice(1).join(','), process.argv0);
		const [s, ns] = process.hrtime(); console.log(typeof s, typeof ns, typeof process.hrtime.bigint());
		console.log(Object.prototype.toString.call(process), process.version.startsWith('v20'), typeof process.versions.gorun);
		console.log(process.cwd() === '/', typeof process.pid, process.platform, typeof process.uptime());
		try { process.chdir('/definitely/not/here') } catch (e) { console.log(e.code, e.syscall) }
		`, runtime.Options{Args: []string{"a", "b"}, Argv0: "gorun", Cwd: "/", Env: []string{"HOME=/root"}})
	want := "string 5 true true undefined\n3 a,b gorun\nnumber number bigint\n[object process] true string\ntrue number linux number\nENOENT chdir\n"
	if out != want || code != 0 {
		t.Fatalf("got %q (stderr %q code %d)\nwant %q", out, errs, code, want)
	}
}
