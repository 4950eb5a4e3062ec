// Errors the engine raises itself get V8 stacks too. Messages are the
// engine's, so only the frames are compared where goja words them
// differently.
function frames(e) { console.log(e.name + '\n' + e.stack.split('\n').slice(1).join('\n')); }
function readNull() { const o = null; return o.x; }
try { readNull(); } catch (e) { frames(e); }
try { undefinedVariable; } catch (e) { console.log(e.stack); }
function callsMissing() { missingFn(); }
try { callsMissing(); } catch (e) { console.log(e.stack); }
try { new Array(-1); } catch (e) { console.log(e.stack); }
const o = {};
try { o.notfn(); } catch (e) { frames(e); }
try { [1].map(function cb() { null.y; }); } catch (e) { frames(e); }
class A { constructor() { null.x; } }
try { new A(); } catch (e) { frames(e); }
try { JSON.parse('{'); } catch (e) { frames(e); }
function deep(n) { if (n === 0) { null.z; } return deep(n - 1); }
try { deep(3); } catch (e) { frames(e); }
try { null.x; } catch (e) {
  console.log(e instanceof TypeError, e instanceof Error, e.constructor === TypeError,
    Object.prototype.toString.call(e), Object.getOwnPropertyNames(e).join());
}
try { undefinedVariable; } catch (e) { console.log(e instanceof ReferenceError, e.constructor === ReferenceError); }
// Where V8 puts the error in an expression.
function at(f) { try { f(); } catch (e) { console.log(e.stack.split('\n')[1]); } }
at(function b() {
  const y = notDefined;
});
at(function c() {
  console.log(notDefined);
});
at(function g() {
  const o = { k: notDefined };
});
at(function i() { x.y = 1; });
at(function j() { const q = {}; q.a.b = 1; });
at(function k() { const q = {}; return q.a.b; });
at(function l() { const q = {}; q.a.b(); });
at(function m() { const q = {}; q.f(); });
at(function n() { const q = null; q.f(); });
at(function o() { const q = {}; q.a['b']; });
at(function q() { new NotAClass(); });
at(function r() { const q = 1; q(); });
at(function s() { const q = { a: {} }; q.a.b.c.d; });
