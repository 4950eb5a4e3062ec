#!/usr/bin/env gorun
// csv2ndjson: a streaming CLI. Reads CSV (plain or gzip, from a file or
// stdin), writes one JSON object per line (NDJSON), optionally gzipped.
// Memory stays flat whatever the input size: every stage is a stream and
// pipeline() carries backpressure from the output back to the input.
//
//   gorun examples/csv2ndjson/csv2ndjson.js data.csv.gz -o out.ndjson.gz
//   cat data.csv | gorun examples/csv2ndjson/csv2ndjson.js > out.ndjson
//   gorun examples/csv2ndjson/csv2ndjson.js --generate 1000000 > big.csv
'use strict';
const fs = require('fs');
const zlib = require('zlib');
const { Transform, Readable } = require('stream');
const { pipeline } = require('stream/promises');
const { parseArgs } = require('util');

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    output: { type: 'string', short: 'o' },
    generate: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (opts.help) {
  console.log('usage: csv2ndjson [input.csv[.gz]] [-o output.ndjson[.gz]] | --generate ROWS');
  process.exit(0);
}

// CSV → records. Handles quoted fields with commas, doubled quotes and
// newlines inside quotes; a record may span chunks. Work is done a line at
// a time with the string built-ins (split, indexOf), not a character at a
// time: a per-character loop is the slowest thing a JS engine does.
class CSVParser extends Transform {
  constructor() {
    super({ readableObjectMode: true });
    this.header = null;
    this.rest = '';
    this.rows = 0;
  }

  _transform(chunk, encoding, callback) {
    const lines = (this.rest + chunk.toString('utf8')).split('\n');
    this.rest = lines.pop();
    this.lines(lines);
    callback();
  }

  _flush(callback) {
    if (this.rest !== '') this.lines([this.rest]);
    this.rest = '';
    callback();
  }

  lines(lines) {
    let pending = null;
    for (let line of lines) {
      if (pending !== null) line = `${pending}\n${line}`;
      // An odd number of quotes: a quoted field goes on on the next line.
      if (line.includes('"') && (line.split('"').length - 1) % 2 === 1) {
        pending = line;
        continue;
      }
      pending = null;
      if (line.endsWith('\r')) line = line.slice(0, -1);
      this.row(line.includes('"') ? splitQuoted(line) : line.split(','));
    }
    // A record still open at the end of the chunk waits for the next one.
    if (pending !== null) this.rest = `${pending}\n${this.rest}`;
  }

  row(fields) {
    if (this.header === null) { this.header = fields; return; }
    const record = {};
    for (let i = 0; i < this.header.length; i++) {
      const v = fields[i] ?? '';
      record[this.header[i]] = v !== '' && !Number.isNaN(Number(v)) ? Number(v) : v;
    }
    this.rows++;
    this.push(record);
  }
}

// splitQuoted splits a line with quoted fields, jumping from quote to
// quote and comma to comma with indexOf.
function splitQuoted(line) {
  const fields = [];
  let i = 0;
  for (;;) {
    if (line.charCodeAt(i) === 34 /* " */) {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q === -1) { value += line.slice(j); i = line.length; break; }
        value += line.slice(j, q);
        if (line.charCodeAt(q + 1) === 34) { value += '"'; j = q + 2; continue; }
        i = q + 1;
        break;
      }
      fields.push(value);
      const comma = line.indexOf(',', i);
      if (comma === -1) return fields;
      i = comma + 1;
    } else {
      const comma = line.indexOf(',', i);
      if (comma === -1) { fields.push(line.slice(i)); return fields; }
      fields.push(line.slice(i, comma));
      i = comma + 1;
    }
  }
}

// records → NDJSON lines, batched so small records don't cost one write each.
class NDJSON extends Transform {
  constructor() {
    super({ writableObjectMode: true, writableHighWaterMark: 256 });
    this.batch = [];
  }

  _transform(record, encoding, callback) {
    this.batch.push(JSON.stringify(record));
    if (this.batch.length >= 256) this.emitBatch();
    callback();
  }

  _flush(callback) {
    this.emitBatch();
    callback();
  }

  emitBatch() {
    if (this.batch.length === 0) return;
    this.push(this.batch.join('\n') + '\n');
    this.batch = [];
  }
}

function* generate(rows) {
  yield 'id,name,city,amount,note\n';
  const cities = ['Lisbon', 'Oslo', 'Lagos', 'Lima', 'Osaka', 'Perth'];
  for (let i = 1; i <= rows; i++) {
    let lines = '';
    for (const end = Math.min(rows, i + 999); i <= end; i++) {
      lines += `${i},user${i},${cities[i % cities.length]},${(i * 7919 % 100000) / 100},"says ""hi"", ok"\n`;
    }
    i--;
    yield lines;
  }
}

async function main() {
  if (opts.generate !== undefined) {
    await pipeline(Readable.from(generate(Number(opts.generate))), process.stdout);
    return;
  }
  const input = positionals[0] ? fs.createReadStream(positionals[0]) : process.stdin;
  const gunzip = positionals[0]?.endsWith('.gz');
  const output = opts.output ? fs.createWriteStream(opts.output) : process.stdout;
  const gzip = opts.output?.endsWith('.gz');
  const parser = new CSVParser();
  const stages = [input];
  if (gunzip) stages.push(zlib.createGunzip());
  stages.push(parser, new NDJSON());
  if (gzip) stages.push(zlib.createGzip());
  stages.push(output);
  await pipeline(stages);
  console.error(`csv2ndjson: ${parser.rows} records`);
}

main().catch((err) => {
  console.error(`csv2ndjson: ${err.message}`);
  process.exitCode = 1;
});
