// nextTick passes extra arguments, keeps FIFO order and runs before promises.
process.nextTick((a, b, c, d) => console.log('tick args', a, b, c, d), 1, 'two', { three: 3 }, [4]);
process.nextTick(function () { console.log('this in tick', this === undefined ? 'undefined' : typeof this, arguments.length); });
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => {
  console.log('tick 2');
  process.nextTick(() => console.log('tick 2 nested'));
});
setImmediate(() => console.log('immediate'));
const many = [];
for (let i = 0; i < 10; i++) process.nextTick((n) => many.push(n), i);
process.nextTick(() => console.log(many.join(',')));
try { process.nextTick(); } catch (e) { console.log(e.code, e.message); }
try { process.nextTick('s'); } catch (e) { console.log(e.code, e.message); }
console.log('sync end');
