// Regenerates expected.json from real Node 20 (node gen.js); see
// internal/jstest/gen.js. The cases run on gorun's real runtime
// (runtime_test.go), where util prints namespaces.
'use strict';
require('../../internal/jstest/gen.js')(__dirname);
