// Random stream program (see ../fuzz.js), seed 1042.
'use strict';
require('../fuzz.js')(1042);
