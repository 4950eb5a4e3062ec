'use strict';
require('./normalize.cjs');
const test = require('node:test');
// A failing todo test is reported but does not fail the process.
test('todo failing', { todo: 'soon' }, () => { throw new Error('not yet'); });
test('ok', () => {});
process.on('exit', (code) => console.log('exit', code, process.exitCode));
