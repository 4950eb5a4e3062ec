// Regenerates widths.json: strings and the terminal width Node's internal
// getStringWidth gives them (what console.table pads by). Run with Node 20:
//
//	node --expose-internals gen_widths.js
'use strict';

const fs = require('fs');
const path = require('path');
const { getStringWidth } = require('internal/util/inspect');

const samples = [
  '', 'abc', 'tab\there', 'nl\nx', '\x7f', '\x00\x1f',
  '日本語', 'ａｂｃ', '한국어', '\u1100\u1161\u11a8', 'e\u0301', 'A\u030a',
  '😀', '👍🏽', '👨‍👩‍👧', '🇯🇵', '❤', '❤️', '☺', '\u00ad', '\u200b', '\u200d',
  'x\u0300\u0301\u0302', '\u0e01\u0e31', 'ｶﾀｶﾅ', '\ufeff', '\u{1d160}', '\u{20000}',
  '\x1b[31mred\x1b[39m', '\x1b[1;33mbold\x1b[0m', '\x1b]8;;http://x\x07link\x1b]8;;\x07',
  '\u009b31mcsi', 'Ω', 'Ｈｅｌｌｏ, 世界!', '\u3000', '〜', '\u{e0100}', 'a\u{e0001}b',
];
const out = samples.map((s) => [s, getStringWidth(s)]);
fs.writeFileSync(path.join(__dirname, 'widths.json'),
  `[\n${out.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
