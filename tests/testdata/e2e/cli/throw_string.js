// Throwing a string prints the source line, a caret and the raw string.
function fail() {
  throw 'a plain string';
}
fail();
