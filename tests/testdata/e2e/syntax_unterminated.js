// An unterminated string literal; nothing before it runs either.
console.log("never");
const s = "unterminated;
