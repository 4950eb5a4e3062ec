const e = new Error('made here');
function f() {
  throw e;
}
f();
