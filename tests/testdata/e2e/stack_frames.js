// V8 frame naming in err.stack for the ways user code gets called.
const top = (e) => e.stack.split('\n').filter((l) => !l.includes('node:')).join('\n');
function plain() { return new Error('plain'); }
console.log(top(plain()));
const obj = {
  method() { return new Error('object method'); },
  anon: function () { return new Error('anon fn prop'); },
  get getter() { return new Error('getter'); },
};
console.log(top(obj.method()));
console.log(top(obj.anon()));
console.log(top(obj.getter));
class C {
  constructor() { this.e = new Error('ctor'); }
  m() { return new Error('class method'); }
  static s() { return new Error('static'); }
}
console.log(top(new C().e));
console.log(top(new C().m()));
console.log(top(C.s()));
console.log(top([1].map(function mapper() { return new Error('in map'); })[0]));
console.log(top([1].map(() => new Error('arrow in map'))[0]));
const renamed = function original() { return new Error('renamed'); };
obj.alias = renamed;
console.log(top(obj.alias()));
console.log(top(new Function('return new Error("new Function")')()));
console.log(top(eval('new Error("eval")')));
console.log(top((() => { try { undefinedFn(); } catch (e) { return e; } })()));
function Ctor() { this.e = new Error('old-style ctor'); }
console.log(top(new Ctor().e));
console.log(top(plain.call({})), top(plain.apply(null)), top(plain.bind(null)()));
async function asyncFn() { await null; throw new Error('async after await'); }
asyncFn().catch((e) => console.log(top(e)));
