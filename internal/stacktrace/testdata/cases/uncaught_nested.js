function a() {
  throw new TypeError('deep');
}
function b() { a(); }
function c() { b(); }
c();
