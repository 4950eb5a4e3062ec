// Random stream program (see ../fuzz.js), seed 1180.
'use strict';
require('../fuzz.js')(1180);
