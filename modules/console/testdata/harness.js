// Runs one console test case and returns what it observably did, as a list
// of events. The same file runs under Node (gen_expected.js writes the
// expectations) and under gorun's console on goja (console_test.go checks
// them), so both sides see identical fakes:
//
//   c            a Console writing to `out` and `err`
//   out, err     fake writable streams; each write is an event
//   stream(name, extra)  another fake stream (extra: isTTY, getColorDepth…)
//   clock(s, ns) sets the time process.hrtime reports
//   note(...v)   records values (JSON) as an event
//   attempt(fn)  runs fn, recording a thrown error as an event
//   env          process.env (restored after the case)
//   require      the module loader
//
// process.stdout/stderr.write, process.emitWarning and process.hrtime are
// replaced for the duration of a case and restored afterwards.
'use strict';

function runCase(source) {
  const events = [];
  const { Console } = require('console');

  const stream = (name, extra) => Object.assign({
    write(chunk) {
      events.push([name, String(chunk)]);
      return true;
    },
    // Node's console calls these on any stream when ignoreErrors is on.
    listenerCount() { return 0; },
    once() { return this; },
    removeListener() { return this; },
  }, extra);

  let now = [0, 0];
  const hrtime = (prev) => {
    if (!prev) return now.slice();
    let s = now[0] - prev[0];
    let ns = now[1] - prev[1];
    if (ns < 0) {
      s--;
      ns += 1e9;
    }
    return [s, ns];
  };
  const clock = (s, ns = 0) => { now = [s, ns]; };

  const note = (...values) => events.push(['note', ...values.map((v) => JSON.stringify(v) ?? 'undefined')]);
  const attempt = (fn) => {
    try {
      fn();
    } catch (e) {
      events.push(['throw', String(e && e.name), String(e && e.code), String(e && e.message)]);
    }
  };

  const saved = {
    stdoutWrite: process.stdout.write,
    stderrWrite: process.stderr.write,
    emitWarning: process.emitWarning,
    hrtime: process.hrtime,
    FORCE_COLOR: process.env.FORCE_COLOR,
    TERM: process.env.TERM,
  };
  process.stdout.write = (chunk) => { events.push(['stdout', String(chunk)]); return true; };
  process.stderr.write = (chunk) => { events.push(['stderr', String(chunk)]); return true; };
  process.emitWarning = (warning) => { events.push(['warning', String(warning)]); };
  process.hrtime = hrtime;
  delete process.env.FORCE_COLOR;
  process.env.TERM = 'xterm-256color';

  const out = stream('out');
  const err = stream('err');
  const c = new Console({ stdout: out, stderr: err });
  try {
    const body = new Function('c', 'out', 'err', 'stream', 'clock', 'note', 'attempt', 'env', 'Console',
      'require', source);
    body(c, out, err, stream, clock, note, attempt, process.env, Console, require);
  } catch (e) {
    events.push(['uncaught', String(e && e.name), String(e && e.message)]);
  } finally {
    process.stdout.write = saved.stdoutWrite;
    process.stderr.write = saved.stderrWrite;
    process.emitWarning = saved.emitWarning;
    process.hrtime = saved.hrtime;
    for (const key of ['FORCE_COLOR', 'TERM']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
  return events.map(normalizeTrace);
}

// Stack frames differ between engines (Node shows its own internals), so a
// trace is compared by its header and by having at least one frame, with
// the group indentation kept.
function normalizeTrace(event) {
  if (typeof event[1] !== 'string' || !/\n\s*at /.test(event[1])) return event;
  const lines = event[1].split('\n');
  const kept = [];
  for (const line of lines) {
    const m = /^(\s*)at /.exec(line);
    if (!m) {
      kept.push(line);
    } else if (!/^\s*at <frames>$/.test(kept[kept.length - 1] || '')) {
      kept.push(`${m[1]}at <frames>`);
    }
  }
  return [event[0], kept.join('\n'), ...event.slice(2)];
}

if (typeof module === 'object' && module.exports) module.exports = runCase;
