exports.value = 'early';
const b = require('./b');
exports.value = 'done';
exports.bSawA = b.sawA;
