// A nextTick callback is called as a plain function: its frame carries no
// receiver, unlike "Object.fn [as callback]".
process.nextTick(function fromTick() {
  console.log(new Error('in tick').stack.split('\n')[1]);
  process.nextTick(function withArgs(a) {
    console.log(a, new Error('in tick').stack.split('\n')[1]);
    throw new Error('uncaught from tick');
  }, 'arg');
});
