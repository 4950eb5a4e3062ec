// The argument error names "function or null", as node's does.
try { process.setUncaughtExceptionCaptureCallback('x'); } catch (e) { console.log(e.code, e.message); }
