print(desc(Promise, 'any'));
const log = [];
Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) => {
  print(e.name, e.constructor.name, JSON.stringify(e.message), show(e.errors), e instanceof AggregateError,
    Object.getOwnPropertyNames(e).filter((k) => k !== 'stack').join());
});
Promise.any([]).catch((e) => print('empty', e.message, show(e.errors)));
Promise.any([Promise.reject(1), 2, Promise.resolve(3)]).then((v) => print('first', v));
Promise.any('ab').then((v) => print('string', v));
Promise.any(5).catch((e) => print('not iterable', e.name));
// Reaction ordering against native promises.
Promise.resolve().then(() => log.push('a1')).then(() => log.push('a2')).then(() => log.push('a3')).then(() => log.push('a4'));
Promise.any([Promise.resolve('x')]).then(() => log.push('any'));
Promise.any([Promise.reject('y')]).catch(() => log.push('anyrej'));
Promise.resolve().then(() => 0).then(() => 0).then(() => 0).then(() => 0).then(() => 0).then(() => print(log.join()));
const agg = new AggregateError([1], 'm', { cause: 'c' });
print(agg.message, agg.cause, show(agg.errors));
print(new Error('x', { cause: 0 }).cause, 'cause' in new Error('x', {}), 'cause' in new Error('x'));
