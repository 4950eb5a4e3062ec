// process.emitWarning in its forms, the 'warning' event and how node
// prints warnings on stderr (once-only hint, codes, detail).
process.on('warning', (w) => {
  console.log('warning event:', w.name, w.message, w.code, w.detail, w instanceof Error);
});
process.emitWarning('simple message');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('typed with code', 'CustomWarning', 'WARN001');
process.emitWarning('options form', { type: 'OptWarning', code: 'OPT1', detail: 'more detail here' });
process.emitWarning(new Error('an Error object'));
const custom = new Error('named error object');
custom.name = 'MyWarning';
process.emitWarning(custom);
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0999');
process.emitWarning('deprecated again', { type: 'DeprecationWarning', code: 'DEP0998' });
process.emitWarning('experimental', 'ExperimentalWarning');
try { process.emitWarning(42); } catch (e) { console.log(e.code, e.message); }
try { process.emitWarning('x', 5); } catch (e) { console.log(e.code, e.message); }
console.log('sync done; warnings are emitted on the next tick');
