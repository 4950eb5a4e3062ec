// The yield* helper that replaces esbuild's __yieldStar in lowered async
// generators (see ReplaceAsyncGenerator). A sync generator's yield*
// delegates to the object this returns; for an async iterable each call of
// next/throw/return yields `new __await(result, 1)` to __asyncGenerator,
// which awaits the inner result once (ECMA-262's Await(innerResult)) and
// resumes the same method with it. esbuild's wraps the result in another
// promise (two more ticks per item than V8).
//
// The text is joined into one line: every statement ends in a semicolon or
// a brace, and comments stand on lines of their own.
var __yieldStar = (value) => {
  var asyncIterator = Symbol.asyncIterator || Symbol.for("Symbol.asyncIterator");
  var obj = value[asyncIterator], isAwait = false, method, it = {};
  if (obj == null) {
    obj = value[Symbol.iterator]();
    method = (k) => it[k] = (x) => obj[k](x);
  } else {
    obj = obj.call(value);
    method = (k) => it[k] = (v) => {
      if (isAwait) {
        isAwait = false;
        if (k === "throw") throw v;
        return v;
      }
      isAwait = true;
      return { done: false, value: new __await(obj[k](v), 1) };
    };
  }
  it[Symbol.iterator] = () => it;
  method("next");
  if ("throw" in obj) {
    method("throw");
  } else {
    it.throw = (x) => {
      throw x;
    };
  }
  if ("return" in obj) method("return");
  return it;
};
