// Random stream program (see ../fuzz.js), seed 1107.
'use strict';
require('../fuzz.js')(1107);
