// Not a package: the regular-expression features real packages rely on
// (camelcase, string-width, slugify…), in literals of an ES module —
// goja alone never matches \p{…} and rejects the d and v flags.
const words = 'Grüße, Ελλάδα & 東京 — 42 élans 😀👍🏽'.match(/[\p{L}\p{N}]+/gu);
console.log(words, /^\p{Lu}/u.test('Élan'), 'fooBarBaz'.replace(/\p{Lu}/gu, (c) => '-' + c.toLowerCase()));
console.log('a😀b👍🏽c'.replace(/\p{Extended_Pictographic}/gu, '*'), /\p{Emoji_Presentation}/u.test('☺'), /\p{Script_Extensions=Greek}/u.test('\u0342'));
console.log(/(?<y>\d{4})-(?<m>\d\d)/d.exec('on 2024-05').indices.groups, /[\p{L}--[a-z]]+/v.exec('abcDÉF')[0]);
console.log(new RegExp('\\p{Lu}+', 'gu')[Symbol.replace]('xABCy', '_'), /\P{ASCII}/u.test('abc'), 'İstanbul'.split(/(?=\p{Lu})/u));
