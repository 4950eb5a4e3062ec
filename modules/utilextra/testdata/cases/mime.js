let util;
try { util = require('gorun_utilextra_test'); } catch { util = require('util'); }
const { MIMEType, MIMEParams } = util;
const m = new MIMEType('Text/HTML; Charset="utf-8"; a=b');
console.log(m, [m.params], String(m), JSON.stringify(m), m.params.get('charset'), m.type, m.subtype, m.essence);
console.log(Object.getOwnPropertyNames(MIMEType.prototype), Object.getOwnPropertyNames(MIMEParams.prototype));
console.log([...m.params], [...m.params.keys()], [...m.params.values()], m.params.has('a'), m.params.get('zz'));
const inputs = [
  'text/plain',
  '  text/plain  ',
  'text/plain;charset=UTF-8;charset=latin1',
  'text/plain; charset="\\"quoted\\" \\\\ x"; empty=; noval; ws = bad',
  'application/json;x="unterminated',
  'a/b;x="trailing\\',
  'a/b; Key=Va;  k2 = v ; k3=v3   ',
  'a/b;p="with;semicolon";q=ok',
  'a/b;p=\u00e9;bad\u0100=1;v=\u0100',
  'a/b;=novalue;x=1',
];
for (const s of inputs) {
  const t = new MIMEType(s);
  console.log(JSON.stringify(s), '->', JSON.stringify(t.toString()), [...t.params]);
}
for (const s of ['', 'text', '/plain', 'text/', 'te xt/plain', 'text/pl ain', 'tex\u00e9/plain', 'text/plain\u00e9']) {
  try { new MIMEType(s); console.log('no throw', s); } catch (e) { console.log(e.name, e.code, e.message); }
}
const t = new MIMEType('text/plain');
t.type = 'IMAGE';
t.subtype = 'PNG';
t.params.set('q', 'needs quoting"\\');
t.params.set('e', '');
t.params.set('tok', 'plain');
console.log(t.toString(), t.essence);
t.params.delete('tok');
console.log(String(t.params), JSON.stringify(t.params));
for (const f of [() => { t.type = ''; }, () => { t.subtype = 'a/b'; }, () => t.params.set('', 'x'), () => t.params.set('a b', 'x'),
  () => t.params.set('n', '\u0100')]) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const p = new MIMEParams();
p.set('x', 1);
console.log(p.toString(), p.get('x'), typeof p.get('x'), [...p]);
console.log(new MIMEType({ toString() { return 'a/b;c=d'; } }).params.get('c'));
