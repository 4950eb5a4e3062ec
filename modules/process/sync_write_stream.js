// internal/fs/sync_write_stream: node's SyncWriteStream, the Writable
// process.stdout and process.stderr are when they are files: every write
// goes to the descriptor at once, so nothing is lost when the process
// exits right after writing.
'use strict';

const Writable = require('internal/streams/writable');
const { Buffer } = require('buffer');
const stdio = require('internal/process/stdio');

let errors;
function lazyErrors() {
  errors ??= require('internal/errors');
  return errors;
}

function SyncWriteStream(fd, options) {
  Writable.call(this, { autoDestroy: true });
  options = options || {};
  this.fd = fd;
  this.readable = false;
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
}
Object.setPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(SyncWriteStream, Writable);

SyncWriteStream.prototype._write = function _write(chunk, encoding, cb) {
  if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') {
    chunk = Buffer.from(chunk, encoding);
  }
  const errno = stdio.binding.write(this.fd, chunk);
  if (errno !== 0) {
    cb(new (lazyErrors().UVException)({ errno, syscall: 'write' }));
    return false;
  }
  cb();
  return true;
};

SyncWriteStream.prototype._destroy = function _destroy(err, cb) {
  if (this.fd === null) return cb(err);
  if (this.autoClose) require('fs').closeSync(this.fd);
  this.fd = null;
  cb(err);
};

SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

module.exports = SyncWriteStream;
