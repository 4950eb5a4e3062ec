const cp = require('child_process');
let r = cp.spawnSync('sh', ['-c', 'yes | head -c 300000'], { maxBuffer: 1000 });
console.log(r.error.message, r.error.code, r.error.errno, r.error.syscall, r.error.path, r.error.spawnargs, r.status, r.signal, r.output.length);
r = cp.spawnSync('sleep', ['5'], { timeout: 100 });
console.log(r.error.message, r.error.code, r.status, r.signal, r.stdout);
r = cp.spawnSync('sleep', ['5'], { timeout: 50, killSignal: 'SIGKILL' });
console.log(r.error.code, r.signal);
r = cp.spawnSync('nope', ['5']);
console.log(r.error.message, Object.keys(r), r.pid, r.output, r.status);
r = cp.spawnSync('cat', { input: 'hi' });
console.log(Object.keys(r), r.status, r.stdout, r.stderr, r.output, typeof r.pid);
r = cp.spawnSync('cat', { input: Buffer.from('buf'), encoding: 'utf8' });
console.log(r.stdout, r.output);
r = cp.spawnSync('sh', ['-c', 'kill -9 $$']);
console.log(r.status, r.signal);
r = cp.spawnSync('sh', ['-c', 'echo $FOO; pwd'], { env: { FOO: 'bar' }, cwd: '/', encoding: 'latin1' });
console.log(JSON.stringify(r.stdout));
r = cp.spawnSync('sh', ['-c', 'echo inherited'], { stdio: 'inherit' });
console.log(r.output, r.stdout);
try { cp.execSync('echo err >&2; exit 3'); } catch (e) { console.log(e.message, Object.keys(e), e.status, e.stderr); }
console.log(cp.execSync('echo hi', { encoding: 'utf8' }));
console.log(cp.execSync('cat', { input: 'piped' }).toString());
console.log(cp.execFileSync('echo', ['a', 'b']).toString());
try { cp.execFileSync('sh', ['-c', 'exit 2'], { stdio: 'ignore' }); } catch (e) { console.log(e.message, e.status, e.stdout, e.output); }
try { cp.execFileSync('nope-x', ['1']); } catch (e) { console.log(e.message, e.code, Object.keys(e)); }
try { cp.execSync('sleep 5', { timeout: 50 }); } catch (e) { console.log(e.message, e.code, e.signal); }
console.log(cp.execFileSync('sh', ['-c', 'echo $0'], { argv0: 'zero', encoding: 'utf8' }));
try { cp.execFileSync('sh', ['-c', 'exit 9'], { argv0: 'zero' }); } catch (e) { console.log(e.message); }
