print(desc(String.prototype, 'isWellFormed'), desc(String.prototype, 'toWellFormed'));
for (const s of ['', 'abc', 'é€', '\uD83D\uDE00', 'a\uD800', '\uDC00b', '\uDC00\uD800', 'x\uD83D\uDE00\uD800y\uDFFF']) {
  const w = s.toWellFormed();
  print(JSON.stringify(s), s.isWellFormed(), JSON.stringify(w), w.isWellFormed(), [...w].length);
}
print(String.prototype.isWellFormed.call(12), String.prototype.toWellFormed.call(true));
print(attempt(() => String.prototype.isWellFormed.call(null)));
print(attempt(() => String.prototype.toWellFormed.call(undefined)));
print(attempt(() => String.prototype.isWellFormed.call(Symbol('x'))));
print(String.prototype.toWellFormed.call({ toString() { return 'o\uD800'; } }).charCodeAt(1));
