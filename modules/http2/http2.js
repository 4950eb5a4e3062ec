'use strict';
// node:http2. The settings helpers and constants are complete; sessions
// (connect, createServer, createSecureServer, performServerHandshake)
// and the compatibility API's request/response are not implemented yet
// and throw ERR_NOT_IMPLEMENTED, so that packages which only load http2
// (axios picks HTTP/1.1 unless asked) work.

const { Readable, Stream } = require('stream');
const {
  codes: {
    ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH,
    ERR_HTTP2_INVALID_SETTING_VALUE,
    ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS,
    ERR_INVALID_ARG_TYPE,
    ERR_NOT_IMPLEMENTED,
  },
  validateObject,
} = require('internal/errors');

const constants = JSON.parse(binding.constantsJSON);

const kMaxUint32 = 2 ** 32 - 1;
const kMaxInt = 2 ** 31 - 1;
const kMaxFrameSize = 2 ** 24 - 1;
const kMaxCustomSettings = 10;

// The settings in the order of their identifiers, which is the order
// getPackedSettings writes them in. Numbers carry their valid range.
const kSettings = [
  { id: 1, name: 'headerTableSize', min: 0, max: kMaxUint32 },
  { id: 2, name: 'enablePush', boolean: true },
  { id: 3, name: 'maxConcurrentStreams', min: 0, max: kMaxUint32 },
  { id: 4, name: 'initialWindowSize', min: 0, max: kMaxInt },
  { id: 5, name: 'maxFrameSize', min: 16384, max: kMaxFrameSize },
  { id: 6, name: 'maxHeaderListSize', min: 0, max: kMaxUint32 },
  { id: 8, name: 'enableConnectProtocol', boolean: true },
];
// Identifiers nghttp2 knows, which node refuses as custom settings (its
// getPackedSettings then returns undefined).
const kKnownIds = new Set([1, 2, 3, 4, 5, 6, 8, 9]);

function getDefaultSettings() {
  return {
    headerTableSize: constants.DEFAULT_SETTINGS_HEADER_TABLE_SIZE,
    enablePush: constants.DEFAULT_SETTINGS_ENABLE_PUSH === 1,
    initialWindowSize: constants.DEFAULT_SETTINGS_INITIAL_WINDOW_SIZE,
    maxFrameSize: constants.DEFAULT_SETTINGS_MAX_FRAME_SIZE,
    maxConcurrentStreams: constants.DEFAULT_SETTINGS_MAX_CONCURRENT_STREAMS,
    maxHeaderSize: constants.DEFAULT_SETTINGS_MAX_HEADER_LIST_SIZE,
    maxHeaderListSize: constants.DEFAULT_SETTINGS_MAX_HEADER_LIST_SIZE,
    enableConnectProtocol: constants.DEFAULT_SETTINGS_ENABLE_CONNECT_PROTOCOL === 1,
  };
}

function validateSetting(name, value, min, max) {
  if (value !== undefined && (typeof value !== 'number' || value < min || value > max)) {
    throw new ERR_HTTP2_INVALID_SETTING_VALUE.RangeError(name, value, min, max);
  }
}

// validateSettings checks settings as node's http2 does before packing or
// sending them, and returns a copy with maxHeaderSize folded into
// maxHeaderListSize.
function validateSettings(settings) {
  if (settings === undefined) return {};
  validateObject(settings, 'settings');
  const out = { ...settings };
  if (out.maxHeaderSize !== undefined && out.maxHeaderSize !== out.maxHeaderListSize) {
    process.emitWarning('settings.maxHeaderSize overwrite settings.maxHeaderListSize');
    out.maxHeaderListSize = out.maxHeaderSize;
  }
  for (const s of kSettings) {
    const value = out[s.name];
    if (s.boolean) {
      if (value !== undefined && typeof value !== 'boolean') {
        throw new ERR_HTTP2_INVALID_SETTING_VALUE(s.name, value);
      }
    } else {
      validateSetting(s.name, value, s.min, s.max);
    }
  }
  validateSetting('maxHeaderSize', out.maxHeaderSize, 0, kMaxUint32);
  const custom = out.customSettings;
  if (custom !== undefined) {
    if (typeof custom !== 'object' || custom === null) {
      throw new ERR_INVALID_ARG_TYPE('customSettings', 'Number', custom);
    }
    const ids = Object.keys(custom);
    if (ids.length > kMaxCustomSettings) throw new ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS();
    for (const key of ids) {
      const id = Number(key);
      // Node's check of a zero identifier names the setting this way.
      if (id === 0) throw new ERR_HTTP2_INVALID_SETTING_VALUE.RangeError('Range Error', id, 1, 0xffff);
      validateSetting('customSettings:id', id, 0, 0xffff);
      validateSetting('customSettings:value', custom[key], 0, kMaxUint32);
    }
  }
  return out;
}

function getPackedSettings(settings) {
  settings = validateSettings(settings);
  const entries = [];
  for (const s of kSettings) {
    const value = settings[s.name];
    if (value === undefined) continue;
    entries.push([s.id, s.boolean ? Number(value) : value]);
  }
  const custom = settings.customSettings;
  if (custom !== undefined) {
    for (const key of Object.keys(custom)) {
      const id = Number(key);
      if (kKnownIds.has(id)) return undefined;
      entries.push([id, custom[key]]);
    }
  }
  const buf = Buffer.allocUnsafe(entries.length * 6);
  let off = 0;
  for (const [id, value] of entries) {
    buf.writeUInt16BE(id, off);
    buf.writeUInt32BE(value >>> 0, off + 2);
    off += 6;
  }
  return buf;
}

function getUnpackedSettings(buf, options = {}) {
  if (!ArrayBuffer.isView(buf) || buf instanceof DataView) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray'], buf);
  }
  // Node reads the view's elements as bytes, whatever their type.
  if (buf.length % 6 !== 0) throw new ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH();
  const settings = {};
  for (let off = 0; off < buf.length; off += 6) {
    const id = (buf[off] << 8) | buf[off + 1];
    const value = ((buf[off + 2] << 24) | (buf[off + 3] << 16) | (buf[off + 4] << 8) | buf[off + 5]) >>> 0;
    switch (id) {
      case 1: settings.headerTableSize = value; break;
      case 2: settings.enablePush = value !== 0; break;
      case 3: settings.maxConcurrentStreams = value; break;
      case 4: settings.initialWindowSize = value; break;
      case 5: settings.maxFrameSize = value; break;
      case 6:
        settings.maxHeaderSize = value;
        settings.maxHeaderListSize = value;
        break;
      case 8: settings.enableConnectProtocol = value !== 0; break;
      default:
        settings.customSettings ??= {};
        settings.customSettings[id] = value;
    }
  }
  if (options != null && options.validate) validateUnpacked(settings);
  return settings;
}

// validateUnpacked checks the standard settings of an unpacked buffer;
// custom ones are taken as they come.
function validateUnpacked(settings) {
  for (const s of kSettings) {
    if (!s.boolean) validateSetting(s.name, settings[s.name], s.min, s.max);
  }
}

function notImplemented(name) {
  return function() {
    throw new ERR_NOT_IMPLEMENTED(`http2.${name}`);
  };
}

class Http2ServerRequest extends Readable {
  constructor(stream, headers, options, rawHeaders) {
    throw new ERR_NOT_IMPLEMENTED('http2.Http2ServerRequest');
  }
}

class Http2ServerResponse extends Stream {
  constructor(stream, options) {
    throw new ERR_NOT_IMPLEMENTED('http2.Http2ServerResponse');
  }
}

module.exports = {
  connect: notImplemented('connect'),
  constants,
  createServer: notImplemented('createServer'),
  createSecureServer: notImplemented('createSecureServer'),
  getDefaultSettings,
  getPackedSettings,
  getUnpackedSettings,
  performServerHandshake: notImplemented('performServerHandshake'),
  sensitiveHeaders: Symbol('sensitiveHeaders'),
  Http2ServerRequest,
  Http2ServerResponse,
};
