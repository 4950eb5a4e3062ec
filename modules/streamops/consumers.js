'use strict';
// stream/consumers: read a whole stream (or any async iterable) into one
// value.

const { forAwait } = require('internal/streamops/utils');

async function collect(stream) {
  const chunks = [];
  await forAwait(stream, (chunk) => { chunks.push(chunk); });
  return chunks;
}

async function blob(stream) {
  const { Blob } = require('buffer');
  return new Blob(await collect(stream));
}

async function arrayBuffer(stream) {
  const ret = await blob(stream);
  return ret.arrayBuffer();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  const dec = new TextDecoder();
  const parts = [];
  await forAwait(stream, (chunk) => {
    if (typeof chunk === 'string') parts.push(chunk);
    else parts.push(dec.decode(chunk, { stream: true }));
  });
  parts.push(dec.decode(undefined, { stream: false }));
  return parts.join('');
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, text, json };
