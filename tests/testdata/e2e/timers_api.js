// Timer and immediate objects; each step starts from the previous one so
// the order never depends on how long start-up took.
const t = setTimeout(() => console.log('never: cleared by primitive'), 1);
clearTimeout(+t);
console.log(typeof t.ref, typeof t.unref, t.hasRef(), t.unref().hasRef(), t.ref().hasRef());
const u = setTimeout(() => console.log('never: unref keeps nothing alive'), 100000);
u.unref();
try { setTimeout('not a function'); } catch (e) { console.log(e.code, e.name, e.message); }
try { process.nextTick(null); } catch (e) { console.log(e.code, e.message); }

function step1() {
  let n = 0;
  const iv = setInterval(function () {
    n++;
    console.log('interval', n, this === iv);
    if (n === 3) {
      clearInterval(iv);
      step2();
    }
  }, 2);
}

function step2() {
  setTimeout((a, b, c) => {
    console.log('args', a, b, c);
    step3();
  }, 2, 'x', 'y', 'z');
}

function step3() {
  let fired = 0;
  const r = setTimeout(() => {
    console.log('refreshed timer fired', ++fired);
    step4();
  }, 20);
  setTimeout(() => r.refresh(), 10);
}

function step4() {
  const im = setImmediate(() => console.log('never: cleared immediate'));
  clearImmediate(im);
  console.log(im.hasRef(), typeof im.unref);
  setTimeout(() => console.log('timeout after immediate'), 0);
  setImmediate((a) => console.log('immediate arg', a), 42);
  setImmediate(function () { console.log('this is', this.constructor.name); });
}

setTimeout(step1, 1);
