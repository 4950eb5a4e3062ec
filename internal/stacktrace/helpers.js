'use strict';
// V8 names a method frame after its receiver's constructor and the
// property the function was found under (CallSiteInfo::GetTypeName and
// GetMethodName). Both read data properties only, never running getters;
// that is easiest to say in JS. The intrinsics come from the tracer, taken
// before user code could replace them.
(function (getOwnPropertyDescriptor, getPrototypeOf, keys, toObject, toStringTag) {
  function ownData(o, k) {
    const d = getOwnPropertyDescriptor(o, k);
    return d !== undefined && 'value' in d ? d.value : undefined;
  }

  function dataName(f) {
    for (let o = f; o !== null; o = getPrototypeOf(o)) {
      const d = getOwnPropertyDescriptor(o, 'name');
      if (d !== undefined) {
        return 'value' in d && typeof d.value === 'string' ? d.value : '';
      }
    }
    return '';
  }

  // JSReceiver::GetConstructorName without the first step (the constructor
  // that created the object, which goja does not record): the nearest
  // Symbol.toStringTag, else the nearest named constructor above the
  // object itself, else the object's class.
  function constructorName(recv) {
    for (let o = recv; o !== null; o = getPrototypeOf(o)) {
      const tag = ownData(o, toStringTag);
      if (typeof tag === 'string') {
        return tag;
      }
      if (o !== recv) {
        const c = ownData(o, 'constructor');
        if (typeof c === 'function') {
          const n = dataName(c);
          if (n !== '' && n !== 'Object') {
            return n;
          }
        }
      }
    }
    return typeof recv === 'function' ? 'Function' : 'Object';
  }

  function holds(o, k, fn) {
    const d = getOwnPropertyDescriptor(o, k);
    if (d === undefined) {
      return undefined;
    }
    return 'value' in d ? d.value === fn : d.get === fn || d.set === fn;
  }

  function holdsInChain(o, k, fn) {
    for (; o !== null; o = getPrototypeOf(o)) {
      const h = holds(o, k, fn);
      if (h !== undefined) {
        return h;
      }
    }
    return false;
  }

  // CallSiteInfo::GetMethodName: the function's own name if the receiver
  // has it under that name, else the one enumerable key anywhere on the
  // receiver's chain that holds it.
  function methodName(recv, fn, name) {
    if (name.startsWith('get ') || name.startsWith('set ')) {
      name = name.slice(4);
    }
    if (name !== '' && holdsInChain(recv, name, fn)) {
      return name;
    }
    let found = null;
    for (let o = recv; o !== null; o = getPrototypeOf(o)) {
      const ks = keys(o);
      for (let i = 0; i < ks.length; i++) {
        if (holds(o, ks[i], fn)) {
          if (found !== null) {
            return null;
          }
          found = ks[i];
        }
      }
    }
    return found;
  }

  return function typeAndMethod(recv, fn, name, recvIsClass) {
    const obj = toObject(recv);
    let type;
    if (typeof obj === 'function') {
      type = recvIsClass ? dataName(obj) || 'Function' : 'Function';
    } else {
      type = constructorName(obj);
    }
    return [type, fn === undefined ? null : methodName(obj, fn, name)];
  };
})
