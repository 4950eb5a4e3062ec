print(desc(Promise, 'withResolvers'));
const r = Promise.withResolvers();
print(Object.keys(r).join(), r.promise instanceof Promise, typeof r.resolve, typeof r.reject);
r.promise.then((v) => print('resolved', v));
r.resolve(42);
const r2 = Promise.withResolvers();
r2.promise.catch((e) => print('rejected', e));
r2.reject('no');
class MyPromise extends Promise {}
const r3 = MyPromise.withResolvers();
print(r3.promise instanceof MyPromise);
print(attempt(() => Promise.withResolvers.call(1)));
print(attempt(() => Promise.withResolvers.call(function () {})));
