const a = require('./a');
exports.sawA = a.value;
