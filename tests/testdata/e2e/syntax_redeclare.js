// A const declared twice: an early error, nothing runs.
const a = 1;
const a = 2;
