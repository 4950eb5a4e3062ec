'use strict';
// Node's perf_hooks: https://nodejs.org/api/perf_hooks.html
//
// The Go binding supplies the clock (binding.now, relative to
// binding.timeOrigin) and histograms; this shim keeps Node's classes, the
// user-timing buffer (marks and measures) and the observer queue, which
// dispatches on setImmediate as Node's lib/internal/perf/observe.js does.

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kIllegal = Symbol('kIllegal');
const kHandle = Symbol('kHandle');
const kName = Symbol('kName');
const kType = Symbol('kType');
const kStart = Symbol('kStart');
const kDuration = Symbol('kDuration');
const kDetail = Symbol('kDetail');

let errorsModule;
function errors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}
let utilInspect;
function inspect(v, opts) {
  if (utilInspect === undefined) utilInspect = require('util').inspect;
  return utilInspect(v, opts);
}
// childOptions is Node's depth bookkeeping for a custom inspect that
// prints a summary object one level down.
function childOptions(options) {
  return { ...options, depth: options.depth == null ? null : options.depth - 1 };
}

const now = binding.now;
const timeOrigin = binding.timeOrigin;

// clone gives marks and measures their own copy of detail, as Node's
// structuredClone does. goja has no structuredClone; until the runtime
// provides one, cloneValue covers what details hold: primitives, plain
// objects and arrays, Date, RegExp, Map, Set and binary data, with cycles.
function clone(v) {
  if (typeof structuredClone === 'function') return structuredClone(v);
  return cloneValue(v, new Map());
}

function cloneValue(v, seen) {
  if (typeof v === 'function' || typeof v === 'symbol') {
    throw new DOMException(`${typeof v === 'symbol' ? String(v) : v} could not be cloned.`, 'DataCloneError');
  }
  if (v === null || typeof v !== 'object') return v;
  if (seen.has(v)) return seen.get(v);
  let out;
  if (Array.isArray(v)) {
    out = new Array(v.length);
    seen.set(v, out);
    for (const k of Object.keys(v)) out[k] = cloneValue(v[k], seen);
    return out;
  }
  if (v instanceof Date) out = new Date(v.getTime());
  else if (v instanceof RegExp) out = new RegExp(v.source, v.flags);
  else if (v instanceof ArrayBuffer) out = v.slice(0);
  else if (ArrayBuffer.isView(v)) out = new v.constructor(v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength));
  else if (v instanceof Map) {
    out = new Map();
    seen.set(v, out);
    for (const [k, val] of v) out.set(cloneValue(k, seen), cloneValue(val, seen));
    return out;
  } else if (v instanceof Set) {
    out = new Set();
    seen.set(v, out);
    for (const val of v) out.add(cloneValue(val, seen));
    return out;
  }
  if (out !== undefined) {
    seen.set(v, out);
    return out;
  }
  out = {};
  seen.set(v, out);
  for (const k of Object.keys(v)) out[k] = cloneValue(v[k], seen);
  return out;
}

class PerformanceEntry {
  constructor(skip = undefined, name, type, start, duration, detail) {
    if (skip !== kIllegal) throw new (errors().codes.ERR_ILLEGAL_CONSTRUCTOR)();
    this[kName] = name;
    this[kType] = type;
    this[kStart] = start;
    this[kDuration] = duration;
    this[kDetail] = detail;
  }

  get name() { return this[kName]; }

  get entryType() { return this[kType]; }

  get startTime() { return this[kStart]; }

  get duration() { return this[kDuration]; }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspect(this.toJSON(), childOptions(options))}`;
  }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
  }
}

// PerformanceNodeEntry is what timerify produces: an entry whose detail
// is the call's arguments.
class PerformanceNodeEntry extends PerformanceEntry {
  get detail() { return this[kDetail]; }

  toJSON() {
    return { ...super.toJSON(), detail: this[kDetail] };
  }
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    const { codes, validateObject, validateNumber } = errors();
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options != null) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new codes.ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    markTimings.set(name, startTime);
    let detail = options?.detail;
    detail = detail != null ? clone(detail) : null;
    super(kIllegal, name, 'mark', startTime, 0, detail);
  }

  get detail() { return this[kDetail]; }

  toJSON() {
    return { ...super.toJSON(), detail: this[kDetail] };
  }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor(skip = undefined, name, start, duration, detail) {
    if (skip !== kIllegal) throw new (errors().codes.ERR_ILLEGAL_CONSTRUCTOR)();
    super(kIllegal, name, 'measure', start, duration, detail);
  }

  get detail() { return this[kDetail]; }

  toJSON() {
    return { ...super.toJSON(), detail: this[kDetail] };
  }
}

// Its members and markResourceTiming are in resource_timing.js.
class PerformanceResourceTiming extends PerformanceEntry {
  constructor() {
    throw new (errors().codes.ERR_ILLEGAL_CONSTRUCTOR)();
  }
}

// The user-timing buffer: marks and measures kept for getEntries until
// cleared, and the mark name → time table measure() resolves names with.
const markTimings = new Map();
let markEntries = [];
let measureEntries = [];

const supportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);

function byStartTime(a, b) { return a.startTime - b.startTime; }

function filterEntries(list, name, type) {
  return list.filter((e) => (name === undefined || e.name === name) && (type === undefined || e.entryType === type))
    .sort(byStartTime);
}

function bufferedEntries(name, type) {
  let list;
  if (type === 'mark') list = markEntries;
  else if (type === 'measure') list = measureEntries;
  else if (type === 'resource') list = resourceEntries();
  else if (type === undefined) list = markEntries.concat(measureEntries, resourceEntries());
  else list = [];
  return filterEntries(list, name, type);
}

// nodeTiming milestones measure names resolve to, as in Node.
const milestones = new Set(['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete']);

function getMark(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new (errors().codes.ERR_PERFORMANCE_INVALID_TIMESTAMP)(name);
    return name;
  }
  name = `${name}`;
  if (milestones.has(name)) return nodeTiming[name];
  const ts = markTimings.get(name);
  if (ts === undefined) {
    throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  }
  return ts;
}

function startAndDuration(startOrOptions, endMark) {
  const { codes } = errors();
  if (startOrOptions === null) startOrOptions = undefined;
  let start;
  let end;
  let duration;
  let optionsValid = false;
  if (typeof startOrOptions === 'object') {
    ({ start, end, duration } = startOrOptions);
    optionsValid = start !== undefined || end !== undefined;
  }
  if (optionsValid) {
    if (endMark !== undefined) {
      throw new codes.ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new codes.ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }
  if (endMark !== undefined) end = getMark(endMark);
  else if (optionsValid && end !== undefined) end = getMark(end);
  else if (optionsValid && start !== undefined && duration !== undefined) end = getMark(start) + getMark(duration);
  else end = now();

  if (typeof startOrOptions === 'string') start = getMark(startOrOptions);
  else if (optionsValid && start !== undefined) start = getMark(start);
  else if (optionsValid && duration !== undefined && end !== undefined) start = end - getMark(duration);
  else start = 0;
  return { start, duration: end - start };
}

// Observers. An entry reaches every connected observer watching its type;
// their callbacks run together on the next check phase.
const observers = new Set();
const pending = new Set();
let dispatchQueued = false;

function queueDispatch() {
  if (dispatchQueued) return;
  dispatchQueued = true;
  setImmediate(() => {
    dispatchQueued = false;
    const list = Array.from(pending);
    pending.clear();
    for (const o of list) o[kDispatch]();
  });
}

function enqueue(entry) {
  for (const o of observers) o[kMaybeBuffer](entry);
  if (entry.entryType === 'mark') markEntries.push(entry);
  else if (entry.entryType === 'measure') measureEntries.push(entry);
}

const kBuffer = Symbol('kBuffer');
const kEntryTypes = Symbol('kEntryTypes');
const kObserveType = Symbol('kObserveType');
const kCallback = Symbol('kCallback');
const kMaybeBuffer = Symbol('kMaybeBuffer');
const kDispatch = Symbol('kDispatch');
const kSingle = 1;
const kMultiple = 2;

class PerformanceObserverEntryList {
  constructor(skip = undefined, entries) {
    if (skip !== kIllegal) throw new (errors().codes.ERR_ILLEGAL_CONSTRUCTOR)();
    this[kBuffer] = entries.sort(byStartTime);
  }

  getEntries() {
    return this[kBuffer].slice();
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new (errors().codes.ERR_MISSING_ARGS)('type');
    type = `${type}`;
    return this[kBuffer].filter((e) => e.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new (errors().codes.ERR_MISSING_ARGS)('name');
    name = `${name}`;
    if (type !== undefined) type = `${type}`;
    return this[kBuffer].filter((e) => e.name === name && (type === undefined || e.entryType === type));
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `PerformanceObserverEntryList ${inspect(this[kBuffer], childOptions(options))}`;
  }
}

class PerformanceObserver {
  constructor(callback) {
    errors().validateFunction(callback, 'callback');
    this[kBuffer] = [];
    this[kEntryTypes] = new Set();
    this[kObserveType] = undefined;
    this[kCallback] = callback;
  }

  observe(options = {}) {
    const { codes, validateObject } = errors();
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) {
      throw new codes.ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
        'options.entryTypes can not set with options.type together');
    }
    switch (this[kObserveType]) {
      case undefined:
        if (entryTypes !== undefined) this[kObserveType] = kMultiple;
        if (type !== undefined) this[kObserveType] = kSingle;
        break;
      case kSingle:
        if (entryTypes !== undefined) {
          throw new DOMException('PerformanceObserver can not change to multiple observations', 'InvalidModificationError');
        }
        break;
      case kMultiple:
        if (type !== undefined) {
          throw new DOMException('PerformanceObserver can not change to single observation', 'InvalidModificationError');
        }
        break;
    }
    if (this[kObserveType] === kMultiple) {
      if (!Array.isArray(entryTypes)) throw new codes.ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      this[kEntryTypes].clear();
      for (const t of entryTypes) {
        if (supportedEntryTypes.includes(t)) this[kEntryTypes].add(t);
      }
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      this[kEntryTypes].add(type);
      if (buffered) {
        this[kBuffer].push(...bufferedEntries(undefined, type));
        pending.add(this);
        queueDispatch();
      }
    }
    if (this[kEntryTypes].size) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    pending.delete(this);
    this[kBuffer] = [];
    this[kEntryTypes].clear();
    this[kObserveType] = undefined;
  }

  takeRecords() {
    const list = this[kBuffer];
    this[kBuffer] = [];
    return list;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  [kMaybeBuffer](entry) {
    if (!this[kEntryTypes].has(entry.entryType)) return;
    this[kBuffer].push(entry);
    pending.add(this);
    queueDispatch();
  }

  [kDispatch]() {
    this[kCallback](new PerformanceObserverEntryList(kIllegal, this.takeRecords()), this);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: pending.has(this),
      entryTypes: Array.from(this[kEntryTypes]),
      buffer: this[kBuffer],
    }, childOptions(options))}`;
  }
}

// nodeTiming: gorun has no separate V8 and bootstrap phases, so those
// milestones are the moment the runtime began (0), and the loop
// milestones follow the loop.
class PerformanceNodeTiming {
  constructor(skip = undefined) {
    if (skip !== kIllegal) throw new (errors().codes.ERR_ILLEGAL_CONSTRUCTOR)();
    const fixed = (value) => ({ __proto__: null, value, writable: false, enumerable: true, configurable: true });
    const live = (get) => ({ __proto__: null, get, enumerable: true, configurable: true });
    // Own enumerable properties, as Node defines them on the instance.
    Object.defineProperties(this, {
      name: fixed('node'),
      entryType: fixed('node'),
      startTime: fixed(0),
      duration: live(now),
      nodeStart: live(() => 0),
      v8Start: live(() => 0),
      environment: live(() => 0),
      loopStart: live(() => binding.loopStart()),
      loopExit: live(() => -1),
      bootstrapComplete: live(() => 0),
      idleTime: live(() => 0),
      // The loop keeps no libuv metrics; the shape is Node's.
      uvMetricsInfo: live(() => ({ loopCount: 0, events: 0, eventsWaiting: 0 })),
    });
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `PerformanceNodeTiming ${inspect(this.toJSON(), childOptions(options))}`;
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
}
const nodeTiming = new PerformanceNodeTiming(kIllegal);

// eventLoopUtilization: the loop reports no idle time to JS, so the time
// since the loop started counts as active. The delta forms follow Node.
function eventLoopUtilization(util1, util2) {
  const loopStart = binding.loopStart();
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = 0;
  const active = now() - loopStart;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

function timerify(fn, options = {}) {
  const { codes, validateFunction, validateObject } = errors();
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && !(histogram instanceof RecordableHistogram)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  const complete = (start, args) => {
    const duration = now() - start;
    if (histogram !== undefined) histogram.record(Math.ceil(duration * 1e6));
    const entry = new PerformanceNodeEntry(kIllegal, fn.name, 'function', start, duration, args);
    // Node also copies the arguments onto the entry as indexed properties.
    for (let n = 0; n < args.length; n++) entry[n] = args[n];
    enqueue(entry);
  };
  function timerified(...args) {
    const construct = new.target !== undefined;
    const start = now();
    const result = construct ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (!construct && typeof result?.finally === 'function') {
      return result.finally(() => complete(start, args));
    }
    complete(start, args);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

const kPerformanceBrand = Symbol('kPerformanceBrand');

// checkThis is Node's brand check on Performance's methods, so that
// `const { now } = performance; now()` fails as it does in Node.
function checkThis(self) {
  if (self == null || self[kPerformanceBrand] !== true) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('this', 'Performance', self);
  }
}

class Performance extends EventTarget {
  constructor(skip = undefined) {
    if (skip !== kIllegal) throw new (errors().codes.ERR_ILLEGAL_CONSTRUCTOR)();
    super();
    this[kPerformanceBrand] = true;
  }

  clearMarks(name = undefined) {
    checkThis(this);
    if (name !== undefined) {
      name = `${name}`;
      markTimings.delete(name);
      markEntries = markEntries.filter((e) => e.name !== name);
    } else {
      markTimings.clear();
      markEntries = [];
    }
  }

  clearMeasures(name = undefined) {
    checkThis(this);
    if (name !== undefined) {
      name = `${name}`;
      measureEntries = measureEntries.filter((e) => e.name !== name);
    } else {
      measureEntries = [];
    }
  }

  clearResourceTimings() {
    checkThis(this);
    clearResourceBuffer();
  }

  getEntries() {
    checkThis(this);
    return bufferedEntries(undefined, undefined);
  }

  getEntriesByName(name, type = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new (errors().codes.ERR_MISSING_ARGS)('name');
    return bufferedEntries(`${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    checkThis(this);
    if (arguments.length === 0) throw new (errors().codes.ERR_MISSING_ARGS)('type');
    return bufferedEntries(undefined, `${type}`);
  }

  mark(name, options = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new (errors().codes.ERR_MISSING_ARGS)('name');
    const mark = new PerformanceMark(name, options);
    enqueue(mark);
    return mark;
  }

  measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new (errors().codes.ERR_MISSING_ARGS)('name');
    const { start, duration } = startAndDuration(startOrMeasureOptions, endMark);
    let detail = startOrMeasureOptions?.detail;
    detail = detail != null ? clone(detail) : null;
    const measure = new PerformanceMeasure(kIllegal, `${name}`, start, duration, detail);
    enqueue(measure);
    return measure;
  }

  now() {
    checkThis(this);
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    checkThis(this);
    if (arguments.length === 0) throw new (errors().codes.ERR_MISSING_ARGS)('maxSize');
    setResourceBufferLimit(maxSize);
  }

  get timeOrigin() {
    checkThis(this);
    return timeOrigin;
  }

  toJSON() {
    checkThis(this);
    return { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `Performance ${inspect({ nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin }, childOptions(options))}`;
  }
}

Object.defineProperties(Performance.prototype, {
  eventLoopUtilization: { value: eventLoopUtilization, writable: true, enumerable: false, configurable: true },
  nodeTiming: { value: nodeTiming, writable: true, enumerable: false, configurable: true },
  // markResourceTiming and the onresourcetimingbufferfull handler come from
  // resource_timing.js; declared here to keep Node's key order.
  markResourceTiming: { value: markResourceTiming, writable: true, enumerable: false, configurable: true },
  timerify: { value: timerify, writable: true, enumerable: false, configurable: true },
  onresourcetimingbufferfull: { value: null, writable: true, enumerable: true, configurable: true },
});

// WebIDL: members of these interfaces are enumerable, and most carry a
// Symbol.toStringTag, as Node's are.
function webIDL(cls, names, tag) {
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(cls.prototype, name);
    d.enumerable = true;
    Object.defineProperty(cls.prototype, name, d);
  }
  if (tag) {
    Object.defineProperty(cls.prototype, Symbol.toStringTag, {
      __proto__: null, value: cls.name, writable: false, enumerable: false, configurable: true,
    });
  }
}
webIDL(Performance, ['clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries', 'getEntriesByName',
  'getEntriesByType', 'mark', 'measure', 'now', 'setResourceTimingBufferSize', 'timeOrigin', 'toJSON'], true);
webIDL(PerformanceEntry, ['name', 'entryType', 'startTime', 'duration', 'toJSON'], false);
webIDL(PerformanceMark, ['detail'], true);
webIDL(PerformanceMeasure, ['detail'], true);
webIDL(PerformanceResourceTiming, [], true);
webIDL(PerformanceObserver, ['observe', 'disconnect', 'takeRecords'], true);
webIDL(PerformanceObserverEntryList, ['getEntries', 'getEntriesByType', 'getEntriesByName'], true);

const performance = new Performance(kIllegal);

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants,
};
