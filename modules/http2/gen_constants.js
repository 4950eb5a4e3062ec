// Regenerates constants.json from real Node 20 (node gen_constants.js):
// http2.constants, in node's order, is data about nghttp2 and HTTP.
'use strict';
const fs = require('fs');
const path = require('path');
const { constants } = require('http2');
fs.writeFileSync(path.join(__dirname, 'constants.json'), JSON.stringify(constants, null, 1) + '\n');
