// Loading domain after a capture callback was set throws.
process.setUncaughtExceptionCaptureCallback(() => {});
try {
  require('domain');
} catch (e) {
  console.log(e.code, e.message);
}
