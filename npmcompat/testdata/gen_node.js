#!/usr/bin/env node
// Regenerates the expectations the Go tests compare against, by running
// each case under real Node:
//
//   node npmcompat/testdata/gen_node.js
//
// node/<case>.txt holds a case: directives, then files.
//
//   env NAME=value        environment (absolute paths are inside the sandbox)
//   symlink LINK TARGET   like ln -s TARGET LINK
//   cwd DIR               working directory (default /app)
//   run ARG               what follows `node` on the command line (default main.js);
//                         the Go harness understands --preserve-symlinks(-main),
//                         -r/--require FILE and --conditions=X / -C X
//   -- /path --           starts a file; its content runs to the next marker
//
// The case is written into a temporary sandbox directory; the sandbox
// prefix is stripped from the output so paths read /app/...; node's own
// $PREFIX/lib/node is printed as /usr/lib/node. Scripts print with the
// global out(...args); warnings and an uncaught error are printed after
// the script's output, which is also the order the Go harness uses.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

function parseCase(text) {
  const c = { env: {}, symlinks: [], cwd: '/app', run: 'main.js', files: {} };
  let current = null;
  for (const line of text.split('\n')) {
    const m = /^-- (\S+) --$/.exec(line);
    if (m) { current = m[1]; c.files[current] = []; continue; }
    if (current !== null) { c.files[current].push(line); continue; }
    const [directive, ...rest] = line.split(' ');
    if (directive === 'env') { const kv = rest.join(' '); const i = kv.indexOf('='); c.env[kv.slice(0, i)] = kv.slice(i + 1); }
    else if (directive === 'symlink') c.symlinks.push([rest[0], rest[1]]);
    else if (directive === 'cwd') c.cwd = rest[0];
    else if (directive === 'run') c.run = rest.join(' ');
  }
  for (const f of Object.keys(c.files)) c.files[f] = c.files[f].join('\n');
  return c;
}

const preload = path.join(fs.realpathSync(os.tmpdir()), `gorun-npmcompat-preload-${process.pid}.js`);
fs.writeFileSync(preload, `
globalThis.out = (...a) => process.stdout.write(a.map(String).join(' ') + '\\n');
const warnings = [];
process.on('warning', (w) => warnings.push(['WARNING', w.name, w.code, JSON.stringify(w.message)].join(' ')));
let uncaught = null;
process.on('uncaughtException', (e) => { uncaught = ['UNCAUGHT', e && e.name, e && e.code, JSON.stringify(e && e.message)].join(' '); });
process.on('exit', () => { if (uncaught) process.stdout.write(uncaught + '\\n'); for (const w of warnings) process.stdout.write(w + '\\n'); });
`);

function runCase(file) {
  const c = parseCase(fs.readFileSync(file, 'utf8'));
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gorun-npmcompat-')));
  try {
    for (const [p, content] of Object.entries(c.files)) {
      const target = path.join(dir, p);
      if (p.endsWith('/')) { fs.mkdirSync(target, { recursive: true }); continue; }
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
    }
    for (const [link, target] of c.symlinks) {
      fs.mkdirSync(path.dirname(path.join(dir, link)), { recursive: true });
      fs.symlinkSync(path.isAbsolute(target) ? path.join(dir, target) : target, path.join(dir, link));
    }
    const env = { PATH: process.env.PATH };
    for (const [k, v] of Object.entries(c.env)) {
      env[k] = v.split(':').map((p) => (path.isAbsolute(p) ? path.join(dir, p) : p)).join(':');
    }
    const cwd = path.join(dir, c.cwd);
    fs.mkdirSync(cwd, { recursive: true });
    const args = ['--no-warnings=ExperimentalWarning', '-r', preload, ...c.run.split(' ')];
    const res = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8' });
    if (res.stderr) process.stderr.write(`${path.basename(file)} stderr:\n${res.stderr}\n`);
    const prefixDir = path.resolve(process.execPath, '..', '..', 'lib', 'node');
    let out = res.stdout;
    // The sandbox and its ancestors add node_modules entries
    // (/tmp/gorun-npmcompat-x/node_modules, /tmp/node_modules) that a case
    // rooted at / does not have; scripts print path lists as JSON so those
    // entries can be cut, leaving the real root's /node_modules.
    // The sandbox's own node_modules stands for the case's root one.
    for (let a = dir; a !== path.dirname(a); a = path.dirname(a)) {
      out = out.split(JSON.stringify(a + '/node_modules') + ',').join('');
    }
    return out.split(dir).join('').split(prefixDir).join('/usr/lib/node');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// node/ holds the CommonJS cases, esm/ the ES module ones.
try {
  for (const caseDir of [path.join(__dirname, 'node'), path.join(__dirname, 'esm')]) {
    for (const name of fs.readdirSync(caseDir).filter((f) => f.endsWith('.txt')).sort()) {
      const outFile = path.join(caseDir, name.replace(/\.txt$/, '.out'));
      fs.writeFileSync(outFile, runCase(path.join(caseDir, name)));
      console.log('wrote', path.relative(process.cwd(), outFile));
    }
  }
} finally {
  fs.rmSync(preload, { force: true });
}

// V8's JSON.parse messages, which the loader reproduces for package.json
// and .json modules.
const inputs = JSON.parse(fs.readFileSync(path.join(__dirname, 'json_inputs.json'), 'utf8'));
const results = inputs.map((s) => { try { JSON.parse(s); return [s, null]; } catch (e) { return [s, e.message]; } });
fs.writeFileSync(path.join(__dirname, 'json_errors.json'), JSON.stringify(results, null, 1) + '\n');
console.log('wrote json_errors.json');

// The built-ins node lists, so the Go harness can offer the same set.
const M = require('module');
fs.writeFileSync(path.join(__dirname, 'node_builtins.json'), JSON.stringify({
  builtinModules: M.builtinModules,
  schemeOnly: ['test', 'test/reporters', 'sea', 'sqlite'].filter((n) => M.isBuiltin('node:' + n)),
}, null, 1) + '\n');
console.log('wrote node_builtins.json');
