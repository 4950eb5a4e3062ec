// Regenerates expected.json from real Node 20 (node gen.js); see
// internal/jstest/gen.js.
'use strict';
require('../../../internal/jstest/gen.js')(__dirname);
