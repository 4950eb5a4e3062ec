print(typeof Symbol.asyncIterator, String(Symbol.asyncIterator), Symbol.asyncIterator.description);
print(desc(Symbol, 'asyncIterator').split(' ')[0] || '(none)');
const it = { [Symbol.asyncIterator]() { let i = 0; return { next: () => Promise.resolve({ done: i === 2, value: i++ }) }; } };
const iter = it[Symbol.asyncIterator]();
iter.next().then((r) => print(JSON.stringify(r)));
