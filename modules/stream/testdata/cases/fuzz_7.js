// Random stream program (see ../fuzz.js), seed 7.
'use strict';
require('../fuzz.js')(7);
