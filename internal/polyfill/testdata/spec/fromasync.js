print(desc(Array, 'fromAsync'));
(async () => {
  const p = Array.fromAsync([1, Promise.resolve(2), 3]);
  print(p instanceof Promise);
  print('sync iterable', show(await p));
  const ai = { [Symbol.asyncIterator]() { let i = 0; return { next: () => Promise.resolve({ done: i === 3, value: i++ }) }; } };
  print('async iterable', show(await Array.fromAsync(ai, (x, i) => x * 10 + i)));
  print('array-like', show(await Array.fromAsync({ length: 2, 0: 'a', 1: Promise.resolve('b') })));
  await Array.fromAsync([1], 5).catch((e) => print('bad mapfn', e.name, e.message));
  await Array.fromAsync(null).catch((e) => print('null', e.name));
  print('thisArg', show(await Array.fromAsync([1, 2], function (x) { return x + this.d; }, { d: 100 })));
  class MyArr extends Array {}
  const a = await Array.fromAsync.call(MyArr, [1]);
  print('ctor', a instanceof MyArr, a.length);
  print('async mapfn', show(await Array.fromAsync([1, 2], async (x) => x * 2)));
  const closed = [];
  const it2 = { [Symbol.asyncIterator]() { return { next: async () => ({ done: false, value: 1 }), return: async () => { closed.push('closed'); return {}; } }; } };
  await Array.fromAsync(it2, () => { throw new Error('map threw'); }).catch((e) => print(e.message, closed.join()));
})();
