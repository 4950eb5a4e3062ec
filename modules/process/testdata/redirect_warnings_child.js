// Run by TestRedirectWarnings with NODE_REDIRECT_WARNINGS set: both
// warnings go, in order, to that file; none to stderr. Setting the
// variable later (node reads it at start-up) changes nothing.
process.emitWarning('a bad practice warning');
process.emitWarning('second', 'DeprecationWarning', 'DEP0XXX');
process.env.NODE_REDIRECT_WARNINGS = '/nonexistent/ignored';
