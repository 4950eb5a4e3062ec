process.on('warning', (w) => console.log('listener', w.name, w.code, w.message, w.detail));
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('coded', 'CustomWarning', 'CODE1');
process.emitWarning('options', { type: 'OptWarning', code: 'CODE2', detail: 'some detail' });
process.emitWarning('deprecated', 'DeprecationWarning', 'DEP0999');
process.emitWarning(new Error('an error'));
const w = new Error('named');
w.name = 'MyWarning';
process.emitWarning(w);
for (const args of [[1], ['x', 1], ['x', 'T', 1]]) {
  try {
    process.emitWarning(...args);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
console.log('sync done');
{
  // A warning whose toString is not a function prints via Error's.
  const w = new Error('no toString');
  w.name = 'CustomWarning';
  w.toString = null;
  process.emitWarning(w);
}
