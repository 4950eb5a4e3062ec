// Promise.any rejects with an AggregateError carrying V8's message.
Promise.any([Promise.reject(new Error('a')), Promise.reject(new Error('b'))]).catch((e) => {
  console.log(e.constructor.name, JSON.stringify(e.message), e.errors.map((x) => x.message));
});
Promise.any([]).catch((e) => console.log(JSON.stringify(e.message), e.errors));
