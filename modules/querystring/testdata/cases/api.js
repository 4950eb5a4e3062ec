// The module's shape, stringify's conversions, the user-replaceable
// escape/unescape, and the errors.
'use strict';
const qs = require('querystring');

console.log(Object.keys(qs).join(','), qs.encode === qs.stringify, qs.decode === qs.parse);
console.log(qs.stringify({ a: [], b: 1, c: [1, 2n], d: NaN, e: null, f: true, g: 1e21, h: 'é ~*', i: {}, j: -0 }));
console.log(qs.stringify({ 'a b': 'c d' }, ';', ':'), JSON.stringify(qs.stringify('x')), JSON.stringify(qs.stringify(null)));
console.log(qs.stringify({ a: 'x y', b: 3 }, null, null, { encodeURIComponent: (s) => `[${s}]` }));
const parsed = qs.parse('a=1&a=2&b=%41+%zz&c&=d&&e=%E2%82');
console.log(Object.getPrototypeOf(parsed), JSON.stringify(parsed));
console.log(JSON.stringify(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 })));
console.log(JSON.stringify(qs.parse('a:1;;b:2', ';;', ':')), JSON.stringify(qs.parse(5)), JSON.stringify(qs.parse('')));
console.log(qs.escape({ toString() { return 'a b'; } }), qs.escape(5), qs.escape('\ud83d\ude00'), qs.escape('\ud800x'));
console.log(qs.unescape('%41%zz+b'), qs.unescape('a+b', true), qs.unescape('%E2%82%AC%E2'));
try {
  qs.escape('x\ud800');
} catch (e) {
  console.log(e.name, e.code, e.message);
}

const { escape, unescape } = qs;
qs.escape = (s) => `<${s}>`;
qs.unescape = (s) => s.toUpperCase();
console.log(qs.stringify({ a: 'b' }), JSON.stringify(qs.parse('x=y+z')));
qs.escape = escape;
qs.unescape = unescape;
console.log(qs.stringify({ a: 'b c' }), JSON.stringify(qs.parse('x=y+z')));
