// console.trace prints "Trace: " and a V8 stack to stderr.
function outer() { inner(); }
function inner() { console.trace('from inner %s', 'fmt', { x: 1 }); }
outer();
console.trace();
console.group('grouped');
console.trace('indented trace');
console.groupEnd();
class K { method() { console.trace('method'); } }
new K().method();
const o = { get g() { console.trace('getter'); return 1; } };
void o.g;
[1].map(function mapper() { console.trace('in map'); });
