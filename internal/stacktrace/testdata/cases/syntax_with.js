'use strict'; with (a) {}
