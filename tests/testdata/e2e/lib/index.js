exports.fromIndex = 'index.js';
