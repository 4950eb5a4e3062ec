// Annex B accessor helpers on Object.prototype (koa's delegates uses them).
const o = {};
o.__defineGetter__('x', function () { return 42; });
o.__defineSetter__('y', function (v) { this._y = v * 2; });
o.y = 5;
const s = Symbol('s');
o.__defineGetter__(s, () => 's!');
console.log(o.x, o._y, o[s], Object.getOwnPropertyDescriptor(o, 'x').enumerable, Object.getOwnPropertyDescriptor(o, 'x').configurable);
const child = Object.create(o);
console.log(child.__lookupGetter__('x') === Object.getOwnPropertyDescriptor(o, 'x').get, child.__lookupSetter__('y') !== undefined, child.__lookupGetter__('nope'), ({ a: 1 }).__lookupGetter__('a'));
for (const f of [() => ({}).__defineGetter__('x', 1), () => ({}).__defineSetter__('x', {}), () => Object.prototype.__lookupGetter__.call(null, 'x'), () => Object.freeze({}).__defineGetter__('z', () => 1)]) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.message); }
}
console.log(Object.prototype.__defineGetter__.length, Object.prototype.__lookupSetter__.length, Object.prototype.__defineGetter__.name, Object.keys(Object.prototype), String(Object.prototype.__lookupGetter__));
