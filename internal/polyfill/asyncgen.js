// The async generator helper that replaces esbuild's __asyncGenerator in
// lowered code (see AsyncGeneratorHelper). esbuild turns an async generator
// into a sync generator that yields `new __await(x, isYieldStar)` where the
// body awaits and plain values where it yields; this drives it as ECMA-262's
// AsyncGenerator does (a request queue, AsyncGeneratorDrainQueue,
// AsyncGeneratorAwaitReturn, AsyncGeneratorUnwrapYieldResumption), with
// objects that share one %AsyncGeneratorPrototype%.
//
// Why not esbuild's own: it chains every request on the previous one's
// promise and allocates five promises and as many closures per item (≈ 40×
// node in goja), and it resumes an await that happens during return() with
// another return(), which abandons `finally { await …; … }`.
//
// The text is joined into one line (asyncgen.go): every statement ends in
// a semicolon or a brace, and comments stand on lines of their own.
var __asyncGenerator = (() => {
  var asyncIterator = Symbol.asyncIterator || Symbol.for("Symbol.asyncIterator");
  var AsyncIteratorPrototype = {};
  Object.defineProperty(AsyncIteratorPrototype, asyncIterator, {
    value: function () {
      return this;
    }, writable: true, configurable: true,
  });
  var proto = Object.create(AsyncIteratorPrototype);
  var states = new WeakMap();
  var capResolve, capReject;
  var executor = (resolve, reject) => {
    capResolve = resolve;
    capReject = reject;
  };
  var resolved = (v) => Promise.resolve(v);
  var settledPromise = Promise.resolve();
  // States: 0 suspended-start, 1 suspended-yield, 2 executing,
  // 3 awaiting-return, 4 completed. Request kinds: 0 next, 1 throw,
  // 2 return.
  var Gen = function (gen) {
    this.gen = gen;
    this.state = 0;
    this.q = [];
    this.head = 0;
    this.kind = 0;
    this.star = false;
    var g = this;
    this.onAwait = (v) => g.step(0, v);
    this.onAwaitStar = (v) => {
      if (Object(v) !== v) {
        g.step(1, new TypeError("Iterator result " + String(v) + " is not an object"));
        return;
      }
      // A value the delegate yields is passed on without another await.
      g.star = !v.done;
      g.step(g.kind === 2 ? 2 : 0, { done: v.done, value: v.value });
    };
    this.onThrow = (e) => g.step(1, e);
    this.onYield = (v) => {
      g.state = 1;
      g.settle(true, { value: v, done: false });
      g.drain();
    };
    this.onReturn = (v) => g.step(2, v);
    this.onDone = (v) => {
      g.state = 4;
      g.settle(true, { value: v, done: true });
      g.drain();
    };
    this.onFail = (e) => {
      g.state = 4;
      g.settle(false, e);
      g.drain();
    };
    this.value = undefined;
    this.cb = undefined;
    this.fire = () => g.cb(g.value);
  };
  // wait is Await(v) then ok or err. A primitive needs no promise of its
  // own: a reaction on an already settled promise runs after the same one
  // tick. Only one wait per generator is ever pending.
  Gen.prototype.wait = function (v, ok, err) {
    if (v === null || (typeof v !== "object" && typeof v !== "function")) {
      this.value = v;
      this.cb = ok;
      settledPromise.then(this.fire);
      return;
    }
    resolved(v).then(ok, err);
  };
  // settle completes the request at the head of the queue.
  Gen.prototype.settle = function (ok, v) {
    var q = this.q, i = this.head;
    var fn = ok ? q[i + 2] : q[i + 3];
    q[i] = q[i + 1] = q[i + 2] = q[i + 3] = undefined;
    this.head = i += 4;
    if (i === q.length) {
      q.length = 0;
      this.head = 0;
    }
    fn(v);
  };
  // step resumes the body with a completion and follows it to its next
  // yield, await, return or throw.
  Gen.prototype.step = function (kind, value) {
    this.state = 2;
    var r;
    try {
      r = kind === 0 ? this.gen.next(value) : kind === 1 ? this.gen.throw(value) : this.gen.return(value);
    } catch (e) {
      this.state = 4;
      this.settle(false, e);
      this.drain();
      return;
    }
    var v = r.value, star = this.star;
    this.star = false;
    if (r.done) {
      this.wait(v, this.onDone, this.onFail);
    } else if (v instanceof __await) {
      if (v[1]) {
        resolved(v[0]).then(this.onAwaitStar, this.onThrow);
      } else {
        this.wait(v[0], this.onAwait, this.onThrow);
      }
    } else if (star) {
      this.onYield(v);
    } else {
      this.wait(v, this.onYield, this.onThrow);
    }
  };
  // drain is AsyncGeneratorDrainQueue together with the resumption of a
  // suspended generator by the next queued request.
  Gen.prototype.drain = function () {
    while (this.head < this.q.length) {
      var kind = this.q[this.head], value = this.q[this.head + 1];
      if (this.state === 4) {
        if (kind === 2) {
          this.state = 3;
          resolved(value).then(this.onDone, this.onFail);
          return;
        }
        if (kind === 1) this.settle(false, value);
        else this.settle(true, { value: undefined, done: true });
        continue;
      }
      this.resume(kind, value);
      return;
    }
  };
  Gen.prototype.resume = function (kind, value) {
    this.kind = kind;
    if (kind === 2) {
      // A return() at a yield awaits its value inside the body.
      this.state = 2;
      resolved(value).then(this.onReturn, this.onThrow);
      return;
    }
    this.step(kind, value);
  };
  var request = (it, kind, value, name) => {
    var p = new Promise(executor);
    var resolve = capResolve, reject = capReject;
    var g = states.get(it);
    if (g === undefined) {
      reject(new TypeError(name + " method called on incompatible receiver " + String(it)));
      return p;
    }
    var s = g.state;
    if (s === 0 && kind !== 0) s = g.state = 4;
    if (s === 4 && kind !== 2 && g.head === g.q.length) {
      if (kind === 1) reject(value);
      else resolve({ value: undefined, done: true });
      return p;
    }
    g.q.push(kind, value, resolve, reject);
    if (s === 4) {
      if (g.q.length - g.head === 4) g.drain();
    } else if (s < 2) {
      g.resume(kind, value);
    }
    return p;
  };
  var methods = {
    next(v) {
      return request(this, 0, v, "AsyncGenerator.prototype.next");
    },
    return(v) {
      return request(this, 2, v, "AsyncGenerator.prototype.return");
    },
    throw(e) {
      return request(this, 1, e, "AsyncGenerator.prototype.throw");
    },
  };
  for (var k of ["next", "return", "throw"]) {
    Object.defineProperty(proto, k, { value: methods[k], writable: true, configurable: true });
  }
  Object.defineProperty(proto, Symbol.toStringTag, { value: "AsyncGenerator", configurable: true });
  return (self, args, body) => {
    var it = Object.create(proto);
    states.set(it, new Gen(body.apply(self, args)));
    return it;
  };
})();
