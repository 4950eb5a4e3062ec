// An uncaught error with a chain of causes.
function db() { throw new Error('connection refused'); }
function repo() {
  try { db(); } catch (cause) { throw new Error('query failed', { cause }); }
}
try { repo(); } catch (cause) {
  throw new Error('request failed', { cause });
}
