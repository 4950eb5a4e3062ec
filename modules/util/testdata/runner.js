// Runs the corpora against a util module: gen.js with node's, corpus_test.go
// with gorun's. Both sides go through this file, so they can only differ in
// what util prints.
'use strict';

function describeThrow(e) {
  return `THROWS ${e && e.name}${e && e.code ? ` [${e.code}]` : ''}: ${e && e.message}`;
}

function runInspect(util, cases) {
  return cases.map((tc) => {
    let out;
    try {
      if (tc.run) {
        out = tc.run(util);
      } else {
        const value = tc.value(util);
        out = tc.opts === undefined ? util.inspect(value) : util.inspect(value, tc.opts);
      }
    } catch (e) {
      out = describeThrow(e);
    }
    return { name: tc.name, out };
  });
}

function runFormat(util, cases) {
  return cases.map((tc) => {
    let out;
    try {
      const args = tc.args();
      out = tc.options === undefined ?
        util.format(...args) :
        util.formatWithOptions(tc.options, ...args);
    } catch (e) {
      out = describeThrow(e);
    }
    return { name: tc.name, out };
  });
}

// runEqual reports strict and loose deep equality; loose is given by the
// caller since node only exposes it through assert.
function runEqual(util, cases, isDeepEqual) {
  return cases.map((tc) => {
    let out;
    try {
      const [a, b] = tc.pair();
      out = `strict=${util.isDeepStrictEqual(a, b)} loose=${isDeepEqual(a, b)}`;
    } catch (e) {
      out = describeThrow(e);
    }
    return { name: tc.name, out };
  });
}

module.exports = { runInspect, runFormat, runEqual };
