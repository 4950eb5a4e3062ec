// Resource Timing (https://nodejs.org/api/perf_hooks.html#class-performanceresourcetiming):
// performance.markResourceTiming, the getters of PerformanceResourceTiming
// and the resource buffer with its size limit and resourcetimingbufferfull
// event (https://w3c.github.io/resource-timing/#sec-extensions-performance-interface).
//
// This file is appended to perf_hooks.js in one module body: the class is
// declared there (the exports name it), its members are added here, and
// the function declarations below are what Performance's methods call.

const kTimingInfo = Symbol('kTimingInfo');
const kInitiatorType = Symbol('kInitiatorType');
const kCacheMode = Symbol('kCacheMode');

// Entries of the global buffer, and those that arrived while it was full:
// they wait for the buffer-full event, whose listeners may make room.
let resourceBuffer = [];
let resourceOverflow = [];
let resourceBufferLimit = 250;
let resourceBufferFullPending = false;

class ResourceTimingMembers {
  get name() { return this[kName]; }

  get startTime() { return this[kTimingInfo].startTime; }

  get duration() { return this[kTimingInfo].endTime - this[kTimingInfo].startTime; }

  get initiatorType() { return this[kInitiatorType]; }

  get workerStart() { return this[kTimingInfo].finalServiceWorkerStartTime; }

  get redirectStart() { return this[kTimingInfo].redirectStartTime; }

  get redirectEnd() { return this[kTimingInfo].redirectEndTime; }

  get fetchStart() { return this[kTimingInfo].postRedirectStartTime; }

  get domainLookupStart() { return this[kTimingInfo].finalConnectionTimingInfo?.domainLookupStartTime; }

  get domainLookupEnd() { return this[kTimingInfo].finalConnectionTimingInfo?.domainLookupEndTime; }

  get connectStart() { return this[kTimingInfo].finalConnectionTimingInfo?.connectionStartTime; }

  get connectEnd() { return this[kTimingInfo].finalConnectionTimingInfo?.connectionEndTime; }

  get secureConnectionStart() { return this[kTimingInfo].finalConnectionTimingInfo?.secureConnectionStartTime; }

  get nextHopProtocol() { return this[kTimingInfo].finalConnectionTimingInfo?.ALPNNegotiatedProtocol; }

  get requestStart() { return this[kTimingInfo].finalNetworkRequestStartTime; }

  get responseStart() { return this[kTimingInfo].finalNetworkResponseStartTime; }

  get responseEnd() { return this[kTimingInfo].endTime; }

  get encodedBodySize() { return this[kTimingInfo].encodedBodySize; }

  get decodedBodySize() { return this[kTimingInfo].decodedBodySize; }

  // Node's figure: nothing for a local cache hit, else the body plus a
  // fixed 300 bytes standing for the headers.
  get transferSize() {
    if (this[kCacheMode] === 'local') return 0;
    return this[kTimingInfo].encodedBodySize + 300;
  }

  toJSON() {
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      initiatorType: this.initiatorType,
      nextHopProtocol: this.nextHopProtocol,
      workerStart: this.workerStart,
      redirectStart: this.redirectStart,
      redirectEnd: this.redirectEnd,
      fetchStart: this.fetchStart,
      domainLookupStart: this.domainLookupStart,
      domainLookupEnd: this.domainLookupEnd,
      connectStart: this.connectStart,
      connectEnd: this.connectEnd,
      secureConnectionStart: this.secureConnectionStart,
      requestStart: this.requestStart,
      responseStart: this.responseStart,
      responseEnd: this.responseEnd,
      transferSize: this.transferSize,
      encodedBodySize: this.encodedBodySize,
      decodedBodySize: this.decodedBodySize,
    };
  }
}

// name, startTime and duration stay non-enumerable as on PerformanceEntry;
// the rest are WebIDL attributes (enumerable), as Node's are.
for (const key of Object.getOwnPropertyNames(ResourceTimingMembers.prototype)) {
  if (key === 'constructor') continue;
  const d = Object.getOwnPropertyDescriptor(ResourceTimingMembers.prototype, key);
  d.enumerable = !['name', 'startTime', 'duration', 'toJSON'].includes(key);
  Object.defineProperty(PerformanceResourceTiming.prototype, key, d);
}

function createResourceTiming(requestedUrl, initiatorType, timingInfo, cacheMode) {
  const entry = Reflect.construct(PerformanceEntry, [kIllegal, requestedUrl, 'resource'], PerformanceResourceTiming);
  entry[kTimingInfo] = timingInfo;
  entry[kInitiatorType] = initiatorType;
  entry[kCacheMode] = cacheMode;
  return entry;
}

// markResourceTiming is how fetch implementations (undici) report a
// request: the entry goes to observers and to the resource buffer.
function markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode) {
  const entry = createResourceTiming(requestedUrl, initiatorType, timingInfo, cacheMode);
  enqueue(entry);
  bufferResourceTiming(entry);
  return entry;
}

function bufferResourceTiming(entry) {
  if (resourceBuffer.length < resourceBufferLimit && !resourceBufferFullPending) {
    resourceBuffer.push(entry);
    return;
  }
  resourceOverflow.push(entry);
  if (resourceBufferFullPending) return;
  resourceBufferFullPending = true;
  // The spec's "fire a buffer full event" runs as a task: listeners may
  // clear the buffer or grow it; what still doesn't fit is dropped.
  setImmediate(() => {
    while (resourceOverflow.length > 0) {
      performance.dispatchEvent(new Event('resourcetimingbufferfull'));
      const room = Math.max(Math.min(resourceBufferLimit - resourceBuffer.length, resourceOverflow.length), 0);
      if (room === 0) {
        resourceOverflow = [];
        break;
      }
      resourceBuffer.push(...resourceOverflow.splice(0, room));
    }
    resourceBufferFullPending = false;
  });
}

function setResourceBufferLimit(maxSize) {
  // WebIDL unsigned long: NaN and negatives become 0.
  maxSize = Number(maxSize);
  resourceBufferLimit = maxSize > 0 ? Math.min(Math.trunc(maxSize), 0xFFFFFFFF) : 0;
}

function clearResourceBuffer() {
  resourceBuffer = [];
}

function resourceEntries() {
  return resourceBuffer;
}

require('internal/event_target').defineEventHandler(Performance.prototype, 'resourcetimingbufferfull');
