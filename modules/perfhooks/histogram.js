// Histogram classes of perf_hooks (lib/internal/histogram.js in Node),
// concatenated after perf_hooks.js into one module body: errors(),
// inspect(), childOptions() and kIllegal come from there.

// Histograms: the Go handle does the counting; these classes are Node's
// surface (lib/internal/histogram.js).

// SafeMap is the name Node's percentiles maps print with.
class SafeMap extends Map {}

class Histogram {
  constructor(skip = undefined, handle) {
    if (skip !== kIllegal) throw new (errors().codes.ERR_ILLEGAL_CONSTRUCTOR)();
    this[kHandle] = handle;
  }

  get count() { return this[kHandle].count(); }

  get countBigInt() { return BigInt(this[kHandle].count()); }

  get min() { return this[kHandle].min(); }

  get minBigInt() { return this[kHandle].minBigInt(); }

  get max() { return this[kHandle].max(); }

  get maxBigInt() { return BigInt(this[kHandle].max()); }

  get mean() { return this[kHandle].mean(); }

  get exceeds() { return this[kHandle].exceeds(); }

  get exceedsBigInt() { return BigInt(this[kHandle].exceeds()); }

  get stddev() { return this[kHandle].stddev(); }

  percentile(percentile) {
    const { codes, validateNumber } = errors();
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) throw new codes.ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    return this[kHandle].percentile(percentile);
  }

  percentileBigInt(percentile) {
    return BigInt(this.percentile(percentile));
  }

  get percentiles() {
    const flat = this[kHandle].percentiles();
    const map = new SafeMap();
    for (let i = 0; i < flat.length; i += 2) map.set(flat[i], flat[i + 1]);
    return map;
  }

  // Node 20's percentilesBigInt holds Numbers, not BigInts; node is the
  // specification.
  get percentilesBigInt() {
    return this.percentiles;
  }

  reset() {
    this[kHandle].reset();
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `Histogram ${inspect({
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    }, childOptions(options))}`;
  }
}

class RecordableHistogram extends Histogram {
  constructor(skip = undefined, handle) {
    if (skip !== kIllegal) throw new (errors().codes.ERR_ILLEGAL_CONSTRUCTOR)();
    super(kIllegal, handle);
  }

  record(val) {
    if (typeof val === 'bigint') {
      this[kHandle].record(Number(val));
      return;
    }
    errors().validateInteger(val, 'val', 1);
    this[kHandle].record(val);
  }

  recordDelta() {
    this[kHandle].recordDelta();
  }

  add(other) {
    if (!(other instanceof RecordableHistogram)) {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('other', 'RecordableHistogram', other);
    }
    this[kHandle].add(other[kHandle]);
  }
}

class IntervalHistogram extends Histogram {
  constructor(skip = undefined, handle, resolution) {
    if (skip !== kIllegal) throw new (errors().codes.ERR_ILLEGAL_CONSTRUCTOR)();
    super(kIllegal, handle);
    this[kTimer] = binding.monitorDelay(handle, resolution);
  }

  enable() {
    return this[kTimer].start();
  }

  disable() {
    return this[kTimer].stop();
  }
}
const kTimer = Symbol('kTimer');

function validateBound(v, name, min) {
  if (typeof v === 'bigint') return;
  errors().validateInteger(v, name, min);
}

function createHistogram(options = {}) {
  errors().validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  validateBound(lowest, 'options.lowest', 1);
  validateBound(highest, 'options.highest', 2 * Number(lowest));
  errors().validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kIllegal, binding.createHistogram());
}

function monitorEventLoopDelay(options = {}) {
  errors().validateObject(options, 'options');
  const { resolution = 10 } = options;
  errors().validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(kIllegal, binding.createHistogram(), resolution);
}
