// captureRejections: promises returned by listeners are routed to 'error'
// or to Symbol.for('nodejs.rejection'), in the order Node produces.
const { EventEmitter, captureRejectionSymbol } = require('events');

const steps = [
  function basic(next) {
    const ee = new EventEmitter({ captureRejections: true });
    const err = new Error('kaboom');
    ee.on('something', async () => { throw err; });
    ee.on('error', (e) => {
      log('basic error', e === err);
      next();
    });
    log('basic emit returns', ee.emit('something'));
  },
  function twoHandlers(next) {
    const ee = new EventEmitter({ captureRejections: true });
    const err = new Error('kaboom');
    ee.on('something', async () => { throw err; });
    ee.on('something', async () => { throw err; });
    let count = 0;
    ee.on('error', (e) => {
      log('two handlers error', ++count, e === err);
      if (count === 2) next();
    });
    ee.emit('something');
  },
  function globalSetting(next) {
    log('global default', EventEmitter.captureRejections);
    EventEmitter.captureRejections = true;
    const ee = new EventEmitter();
    const err = new Error('kaboom');
    ee.on('something', async () => { throw err; });
    ee.on('error', (e) => {
      log('global error', e === err);
      EventEmitter.captureRejections = false;
      next();
    });
    ee.emit('something');
  },
  function rejectionSymbol(next) {
    const ee = new EventEmitter({ captureRejections: true });
    const err = new Error('kaboom');
    ee.on('something', async (...args) => {
      log('listener args', args);
      throw err;
    });
    log('symbol', captureRejectionSymbol === Symbol.for('nodejs.rejection'));
    ee[captureRejectionSymbol] = (e, type, ...args) => {
      log('rejection handler', e === err, type, args);
      next();
    };
    ee.emit('something', 42, 'foobar');
  },
  function functionStyle(next) {
    function NoConstructor() {}
    Object.setPrototypeOf(NoConstructor.prototype, EventEmitter.prototype);
    EventEmitter.captureRejections = true;
    const ee = new NoConstructor();
    const err = new Error('kaboom');
    ee.on('something', async () => { throw err; });
    ee.on('error', (e) => {
      log('no constructor error', e === err);
      EventEmitter.captureRejections = false;
      next();
    });
    ee.emit('something');
  },
  function thenable(next) {
    const ee = new EventEmitter({ captureRejections: true });
    const err = new Error('kaboom');
    let reads = 0;
    ee.on('something', () => {
      const obj = {};
      Object.defineProperty(obj, 'then', {
        get() {
          reads++;
          return (resolved, rejected) => {
            log('then called', resolved);
            rejected(err);
          };
        },
      });
      return obj;
    });
    ee.on('error', (e) => {
      log('thenable error', e === err, reads);
      next();
    });
    ee.emit('something');
  },
  function thenableThatThrows(next) {
    const ee = new EventEmitter({ captureRejections: true });
    const err = new Error('kaboom');
    ee.on('something', () => {
      const obj = {};
      Object.defineProperty(obj, 'then', { get() { throw err; } });
      return obj;
    });
    ee.on('error', (e) => {
      log('then getter threw, synchronously', e === err);
    });
    ee.emit('something');
    next();
  },
  function notCapturing(next) {
    const ee = new EventEmitter();
    ee.on('something', () => Promise.resolve(1));
    ee.on('something', () => 'value');
    log('not capturing emit', ee.emit('something'));
    next();
  },
  function avoidLoop(next) {
    const ee = new EventEmitter({ captureRejections: true });
    const err1 = new Error('kaboom');
    const err2 = new Error('kaboom2');
    ee.on('something', async () => { throw err1; });
    ee.on('error', async (e) => {
      log('error handler got', e === err1, 'capture during handler', ee[Object.getOwnPropertySymbols(ee)[1]]);
      throw err2;
    });
    process.once('unhandledRejection', (e) => {
      log('unhandled', e === err2);
      next();
    });
    ee.emit('something');
  },
];

let i = 0;
function next() {
  const step = steps[i++];
  if (step) {
    log('--', step.name);
    process.nextTick(step, next);
  }
}
next();
