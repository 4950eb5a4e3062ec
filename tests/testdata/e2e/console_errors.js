// Errors printed by console.log: stacks, causes, extra properties, names.
const e1 = new Error('with cause', { cause: new TypeError('the cause') });
console.log(e1);
const e2 = new Error('props');
e2.code = 'E_CODE';
e2.errno = -2;
e2.info = { nested: true };
console.log(e2);
console.log({ inObject: new RangeError('in object') });
console.log([new SyntaxError('in array')]);
const noStack = new Error('no stack');
noStack.stack = undefined;
console.log(noStack);
const strStack = new Error('custom stack');
strStack.stack = 'Just a string stack';
console.log(strStack);
const renamed = new Error('renamed');
renamed.name = 'CustomName';
console.log(renamed);
class MyError extends Error {
  constructor(msg) { super(msg); this.name = 'MyError'; this.extra = 1; }
}
console.log(new MyError('subclass'));
class Unnamed extends Error {}
console.log(new Unnamed('unnamed subclass'));
const causeChain = new Error('top', { cause: new Error('middle', { cause: 'string cause' }) });
console.log(causeChain);
const loop = new Error('loop');
loop.cause = loop;
console.log(loop);
console.log(new AggregateError([new Error('a'), 'b'], 'aggregate'));
console.log(Object.create(Error.prototype));
const empty = new Error('');
console.log(empty);
console.log(new Error('multi\nline message'));
console.log('%s', new Error('as %s'));
console.log(String(new TypeError('toString')), new Error('x') instanceof Error);
const nonError = { name: 'Error', message: 'fake', stack: 'Error: fake\n    at nowhere' };
console.log(nonError);
console.log(new Error('with undefined cause', { cause: undefined }));
