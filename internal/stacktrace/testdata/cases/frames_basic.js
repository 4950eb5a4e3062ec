// How V8 names frames: plain, anonymous, constructor, method and static
// calls, inferred names, receivers of every kind.
function show(e) { console.log(e.stack); }
function named() { return new Error('named'); }
show(named());
const anon = function () { return new Error('bound to a name'); };
show(anon());
show((function () { return new Error('iife'); })());
show((() => new Error('arrow'))());
function Ctor() { this.e = new Error('ctor'); }
show(new Ctor().e);
class K {
  constructor() { this.e = new Error('class ctor'); }
  m() { return new Error('method'); }
  static s() { return new Error('static'); }
  get g() { return new Error('getter'); }
}
show(new K().e);
show(new K().m());
show(K.s());
show(new K().g);
const obj = {
  lit() { return new Error('literal method'); },
  prop: function () { return new Error('property function'); },
};
show(obj.lit());
show(obj.prop());
obj.assigned = function () { return new Error('inferred'); };
show(obj.assigned());
obj['keyed'] = function () { return new Error('inferred keyed'); };
show(obj.keyed());
Ctor.prototype.pm = function () { return new Error('prototype method'); };
show(new Ctor().pm());
exports.ex = function () { return new Error('exports'); };
show(exports.ex());
module.exports.mex = function () { return new Error('module.exports'); };
show(module.exports.mex());
function outer() { return inner(); }
function inner() { return new Error('nested'); }
show(outer());
show(named.call({}));
show(named.call(5));
show(named.call('str'));
show(named.apply(null));
show(Reflect.apply(named, undefined, []));
show(named.bind({})());
show(obj.prop.call(new Ctor()));
obj.alias = obj.lit;
show(obj.alias());
show((function () { 'use strict'; return new Error('strict, no receiver'); })());
function Outer() { this.f = function () { return new Error('this.f'); }; }
show(new Outer().f());
const tagged = { [Symbol.toStringTag]: 'Tagged', f() { return new Error('toStringTag'); } };
show(tagged.f());
const proxied = new Proxy({ f() { return new Error('proxy'); } }, {});
show(proxied.f());
const nullProto = Object.create(null);
nullProto.f = function named2() { return new Error('null prototype'); };
show(nullProto.f());
class Base { constructor() { this.e = new Error('base via super'); } }
class Derived extends Base { constructor() { super(); } }
show(new Derived().e);
function F() {}
F.st = function namedStatic() { return new Error('function receiver'); };
show(F.st());
K.extra = function () { return new Error('class receiver'); };
show(K.extra());
