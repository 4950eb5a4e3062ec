// \p{…}/\P{…} through the RegExp constructor (goja alone never matches
// them): a table of patterns × strings, plus the wrapper's identity rules.
const patterns = [
  'L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'LC', 'Letter', 'gc=Nd', 'General_Category=Punctuation', 'N', 'P', 'S', 'Sc', 'Z', 'Zs', 'C', 'Cc', 'Cf',
  'Script=Latin', 'sc=Grek', 'Script=Cyrillic', 'sc=Han', 'Script=Hiragana', 'sc=Arabic', 'Script=Hebrew', 'sc=Devanagari', 'Script=Thai', 'sc=Common', 'sc=Inherited',
  'scx=Latin', 'Script_Extensions=Greek', 'scx=Han', 'scx=Deva', 'scx=Arab',
  'Emoji', 'Emoji_Presentation', 'Extended_Pictographic', 'Emoji_Modifier', 'Emoji_Modifier_Base', 'Emoji_Component', 'EPres', 'ExtPict',
  'Alphabetic', 'Alpha', 'White_Space', 'space', 'ID_Start', 'ID_Continue', 'Uppercase', 'Lowercase', 'Math', 'ASCII', 'Any', 'Assigned',
  'Hex_Digit', 'ASCII_Hex_Digit', 'Dash', 'Diacritic', 'Ideographic', 'Regional_Indicator', 'Variation_Selector', 'Pattern_White_Space', 'Join_Control',
];
const strings = ['a', 'Z', 'ǅ', 'ʰ', 'ж', 'α', '7', '٣', '!', '-', '$', '€', ' ', '\u00a0', '\n', '\u200d', '\u0301', '\u0363', '中', 'あ', 'ア', 'ع', 'א', 'क', '\u0964', 'ก', '😀', '👍', '🏽', '#', '©', '🇫', '\ufe0f', String.fromCodePoint(0x10FFFF), '\u0378', '_', '·'];
for (const p of patterns) {
  const pos = new RegExp(`^\\p{${p}}$`, 'u');
  const neg = new RegExp(`^\\P{${p}}$`, 'u');
  const inClass = new RegExp(`^[\\p{${p}}_]$`, 'u');
  print(p, strings.map((s) => (pos.test(s) ? '1' : '0') + (neg.test(s) ? '1' : '0') + (inClass.test(s) ? '1' : '0')).join(' '));
}
print(RegExp('\\p{L}+', 'gu')[Symbol.replace]('héllo wörld 42', '#'));
print('a1b2c3'.split(new RegExp('\\p{Nd}', 'u')).join('|'));
print([...'Añb'.matchAll(new RegExp('\\p{Ll}', 'gu'))].map((m) => m.index).join(','));
print(new RegExp('\\p{L}', 'u').flags, new RegExp('[\\P{L}]', 'giu').global);
try { new RegExp('\\p{Nope}', 'u'); } catch (e) { print(e.name, e.message); }
print(new RegExp('\\p{L}').test('p{L}'), new RegExp(/\p{L}/, 'u').test('ж'));
print(/x/ instanceof RegExp, /x/.constructor === RegExp, new RegExp('x') instanceof RegExp);
print(Object.getPrototypeOf(new RegExp('x')) === RegExp.prototype, RegExp.prototype.constructor === RegExp);
print(RegExp.name, RegExp.length, typeof RegExp.prototype.exec);
class R extends RegExp { exec(s) { this.calls = (this.calls || 0) + 1; return super.exec(s); } }
const r = new R('a+', 'g');
print(r instanceof R, r instanceof RegExp, 'baab'.replace(r, 'x'), r.lastIndex, r.calls > 0, R[Symbol.species] === R);
const g = /a/g;
g.lastIndex = 3;
print(RegExp(g) === g, new RegExp(g) === g, new RegExp(g, 'i').flags, new RegExp(g).lastIndex);
print('a,b;c'.split(/[,;]/).join(' '), [...'a1b2'.matchAll(/\d/g)].map((m) => m[0]).join(' '));
