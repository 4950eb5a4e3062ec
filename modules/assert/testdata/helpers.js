'use strict';
// show runs fn and prints what it threw as assertion tests look at it:
// the message and the AssertionError's own properties.
const util = require('util');

function show(label, fn) {
  try {
    fn();
    console.log(`${label}: no throw`);
  } catch (e) {
    report(label, e);
  }
}

function report(label, e) {
  if (e === null || typeof e !== 'object') {
    console.log(`${label}: threw ${util.inspect(e)}`);
    return;
  }
  console.log(`${label}: ${e.name} ${e.code}`);
  console.log(e.message);
  if (e.code === 'ERR_ASSERTION') {
    console.log('generatedMessage=%s operator=%s', e.generatedMessage, e.operator);
    console.log('actual=%s expected=%s', brief(e.actual), brief(e.expected));
  }
  console.log('--');
}

// brief prints a value without an Error's stack, whose internal frames
// are engine-specific.
function brief(v) {
  if (v instanceof Error) return `[${v.name}: ${v.message}]`;
  return util.inspect(v, { depth: 0 });
}

module.exports = { show, report };
