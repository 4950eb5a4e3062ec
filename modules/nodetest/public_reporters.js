'use strict';
// node:test/reporters. node's reporters are stream transforms and async
// generators over a TestsStream, which only run() and --test-reporter
// produce; gorun has neither yet, so the reporters are a listed gap.
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function gap(name) {
  return function() { throw new ERR_NOT_IMPLEMENTED(`test/reporters ${name}`); };
}

module.exports = {
  dot: gap('dot'),
  junit: gap('junit'),
  spec: gap('spec'),
  tap: gap('tap'),
  lcov: gap('lcov'),
};
