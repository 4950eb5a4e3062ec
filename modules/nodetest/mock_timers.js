'use strict';
// mock.timers: a fake clock for setTimeout, setInterval, setImmediate and
// Date, advanced by tick()/runAll(). Timers fire in due-time order, then
// creation order, as node's MockTimers does.
// https://nodejs.org/docs/latest-v20.x/api/test.html#class-mocktimers

const {
  codes: { ERR_INVALID_STATE, ERR_INVALID_ARG_VALUE },
  validateObject, validateNumber, validateOneOf, validateArray,
} = require('internal/errors');

const SUPPORTED_APIS = ['setTimeout', 'setInterval', 'setImmediate', 'Date'];
const TIMER_APIS = {
  setTimeout: 'clearTimeout', setInterval: 'clearInterval', setImmediate: 'clearImmediate',
};
let warned = false;

class MockTimeout {
  constructor(clock, entry) {
    this._clock = clock;
    this._entry = entry;
  }
  ref() { return this; }
  unref() { return this; }
  hasRef() { return true; }
  refresh() {
    this._clock.reschedule(this._entry);
    return this;
  }
  close() { this._clock.clear(this); return this; }
  [Symbol.toPrimitive]() { return this._entry.id; }
}

class MockTimers {
  #enabled = false;
  #now = 0;
  #queue = [];
  #id = 0;
  #saved = new Map();
  #timersModule;

  #assertEnabled() {
    if (!this.#enabled) {
      throw new ERR_INVALID_STATE('You should enable MockTimers first by calling the .enable function');
    }
  }

  // schedule adds a timer; the queue stays sorted by due time, then id.
  schedule(callback, delay, args, repeat) {
    delay = Number(delay);
    if (!(delay >= 1 && delay <= 2 ** 31 - 1)) delay = repeat === 'immediate' ? 0 : 1;
    const entry = { id: ++this.#id, callback, args, delay, runAt: this.#now + delay, repeat };
    this.#insert(entry);
    const handle = new MockTimeout(this, entry);
    entry.handle = handle;
    return handle;
  }

  #insert(entry) {
    const q = this.#queue;
    let i = q.length;
    while (i > 0 && (q[i - 1].runAt > entry.runAt ||
      (q[i - 1].runAt === entry.runAt && q[i - 1].id > entry.id))) i--;
    q.splice(i, 0, entry);
  }

  reschedule(entry) {
    this.#remove(entry);
    entry.runAt = this.#now + entry.delay;
    this.#insert(entry);
  }

  #remove(entry) {
    const i = this.#queue.indexOf(entry);
    if (i !== -1) this.#queue.splice(i, 1);
  }

  clear(handle) {
    if (handle instanceof MockTimeout) this.#remove(handle._entry);
    else if (handle != null) {
      const id = Number(handle);
      const e = this.#queue.find((x) => x.id === id);
      if (e) this.#remove(e);
    }
  }

  enable(options = { __proto__: null }) {
    if (this.#enabled) throw new ERR_INVALID_STATE('MockTimers is already enabled!');
    validateObject(options, 'options');
    const { apis = SUPPORTED_APIS } = options;
    let { now = 0 } = options;
    validateArray(apis, 'options.apis');
    for (const api of apis) validateOneOf(api, 'options.apis', SUPPORTED_APIS);
    if (now instanceof Date) now = now.getTime();
    validateNumber(now, 'options.now');
    if (now < 0 || Number.isNaN(now)) throw new ERR_INVALID_ARG_VALUE('options.now', now, 'must be a positive number');
    if (apis.includes('Date') && globalThis.Date.isMock) {
      throw new ERR_INVALID_STATE('Date is already being mocked!');
    }
    if (!warned) {
      warned = true;
      process.emitWarning('The MockTimers API is an experimental feature and might change at any time',
        'ExperimentalWarning');
    }
    this.#enabled = true;
    this.#now = now;
    const g = globalThis;
    const fakes = {
      setTimeout: (cb, delay, ...args) => this.schedule(cb, delay, args, false),
      setInterval: (cb, delay, ...args) => this.schedule(cb, delay, args, true),
      setImmediate: (cb, ...args) => this.schedule(cb, 0, args, 'immediate'),
      clearTimeout: (h) => this.clear(h),
      clearInterval: (h) => this.clear(h),
      clearImmediate: (h) => this.clear(h),
    };
    const names = [];
    for (const api of apis) {
      if (api === 'Date') {
        this.#saved.set('Date', g.Date);
        g.Date = this.#mockDate(g.Date);
        continue;
      }
      names.push(api, TIMER_APIS[api]);
    }
    let timers;
    try {
      timers = require('timers');
    } catch {
      timers = undefined;
    }
    this.#timersModule = timers;
    for (const name of names) {
      this.#saved.set(name, { global: g[name], module: timers?.[name] });
      g[name] = fakes[name];
      if (timers) {
        try {
          timers[name] = fakes[name];
        } catch {
          // A frozen timers module still has its globals mocked.
        }
      }
    }
  }

  #mockDate(OriginalDate) {
    const clock = this;
    function MockDate(...args) {
      if (!new.target) return new OriginalDate(clock.#now).toString();
      if (args.length === 0) return Reflect.construct(OriginalDate, [clock.#now], new.target);
      return Reflect.construct(OriginalDate, args, new.target);
    }
    Object.setPrototypeOf(MockDate, OriginalDate);
    MockDate.prototype = OriginalDate.prototype;
    MockDate.now = () => clock.#now;
    MockDate.isMock = true;
    // The mock passes for the original where code looks: name, length and
    // source text.
    Object.defineProperties(MockDate, {
      name: { __proto__: null, value: 'Date', configurable: true },
      length: { __proto__: null, value: OriginalDate.length, configurable: true },
      toString: { __proto__: null, value: () => Function.prototype.toString.call(OriginalDate), configurable: true, writable: true },
    });
    MockDate.parse = OriginalDate.parse;
    MockDate.UTC = OriginalDate.UTC;
    return MockDate;
  }

  setTime(milliseconds) {
    this.#assertEnabled();
    validateNumber(milliseconds, 'milliseconds');
    this.#now = milliseconds;
  }

  tick(time = 1) {
    this.#assertEnabled();
    validateNumber(time, 'time');
    if (time < 0) throw new ERR_INVALID_ARG_VALUE('time', 'positive integer', time);
    // The clock jumps first: callbacks see the time tick() moved to, as
    // in node, however late they were due.
    this.#now += time;
    while (this.#queue.length > 0 && this.#queue[0].runAt <= this.#now) {
      const entry = this.#queue.shift();
      if (entry.repeat === true) {
        entry.runAt += entry.delay;
        this.#insert(entry);
      }
      entry.callback(...entry.args);
    }
  }

  runAll() {
    this.#assertEnabled();
    const last = this.#queue.at(-1);
    if (last !== undefined) this.tick(last.runAt - this.#now);
  }

  reset() {
    if (!this.#enabled) return;
    this.#enabled = false;
    this.#queue = [];
    const g = globalThis;
    for (const [name, saved] of this.#saved) {
      if (name === 'Date') {
        g.Date = saved;
        continue;
      }
      g[name] = saved.global;
      if (this.#timersModule) {
        try {
          this.#timersModule[name] = saved.module;
        } catch {
          // See enable().
        }
      }
    }
    this.#saved.clear();
  }

  [Symbol.dispose]() { this.reset(); }
}

module.exports = { MockTimers };
