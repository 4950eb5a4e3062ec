// 'with' in strict mode code.
"use strict";
with (Math) { console.log(PI); }
