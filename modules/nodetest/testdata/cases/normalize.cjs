'use strict';
// Required first by every case: makes the runner's output comparable
// between node and gorun. Durations differ from run to run and stack
// frames name each engine's internals, so both are blanked; everything
// else is kept byte for byte. The output is held until exit and written
// at once.
const write = process.stdout.write.bind(process.stdout);
let buf = '';
process.stdout.write = (chunk, encoding, cb) => {
  buf += String(chunk);
  if (typeof encoding === 'function') encoding();
  else if (typeof cb === 'function') cb();
  return true;
};

function normalize(s) {
  s = s.replace(/duration_ms: [\d.e+-]+/g, 'duration_ms: *')
    .replace(/duration_ms [\d.e+-]+/g, 'duration_ms *')
    .replace(/\(\d[\d.e+-]*ms\)/g, '(*ms)');
  const out = [];
  let stackIndent = -1;
  for (const line of s.split('\n')) {
    const indent = line.search(/\S/);
    if (stackIndent >= 0) {
      if (indent > stackIndent) continue;
      stackIndent = -1;
    }
    if (/^\s*stack: \|-$/.test(line)) {
      stackIndent = indent;
      out.push(line);
      continue;
    }
    if (/^\s+at /.test(line)) {
      if (line.endsWith(' {')) out.push(`${line.slice(0, indent)}{`);
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

process.on('exit', () => write(normalize(buf)));
