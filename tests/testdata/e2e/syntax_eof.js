// A block left open at the end of the file.
function f() {
  if (true) {
    return 1;
}
