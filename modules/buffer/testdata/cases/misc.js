'use strict';
const { transcode, isUtf8, isAscii, Blob, File, resolveObjectURL, atob: a2, btoa: b2 } = require('buffer');
const tryIt = (f) => { try { return f(); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
console.log(a2 === atob, b2 === btoa);

// transcode.
const t = (s, from, to, enc) => console.log(from, to, tryIt(() => transcode(Buffer.from(s, enc), from, to)));
t('a€é😀', 'utf8', 'latin1');
t('a€é😀', 'utf8', 'ascii');
t('a€é😀', 'utf8', 'ucs2');
t('aé', 'latin1', 'utf8', 'latin1');
t('a€é😀', 'ucs2', 'utf8', 'ucs2');
t('a€é😀', 'ucs2', 'latin1', 'ucs2');
t('aé', 'latin1', 'ucs2', 'latin1');
t('aé', 'ascii', 'utf8', 'latin1');
t('a', 'hex', 'utf8');
t('a', 'utf8', 'utf8');
t('a', 'binary', 'utf16le');
console.log(tryIt(() => transcode(Buffer.from([0xe2, 0x82]), 'utf8', 'ucs2')), tryIt(() => transcode('x', 'utf8', 'ucs2')), transcode(Buffer.alloc(0), 'x', 'y'));
try { transcode(Buffer.from('a'), 'hex', 'utf8'); } catch (e) { console.log(Object.keys(e), e.errno, e.code); }

// isUtf8 / isAscii.
for (const bytes of [[], [0x41], [0xc3, 0xa9], [0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80], [0x7f]]) {
  console.log(bytes, isUtf8(Buffer.from(bytes)), isAscii(Buffer.from(bytes)), isUtf8(new Uint8Array(bytes).buffer));
}
console.log(tryIt(() => isUtf8('x')), tryIt(() => isAscii(null)), isAscii(new Uint16Array([0x4141])));

// atob / btoa.
for (const s of ['YWJj', ' YW Jj ', 'YQ', 'YQ=', 'YQ==', 'a', 'a*bc', 'YQ===', '', 'Y-_A', '\tYWJj\n', 'YW=j', undefined, null, 12]) {
  const r = tryIt(() => atob(s));
  console.log(JSON.stringify(s), JSON.stringify(r));
}
for (const s of ['abc', '', 'é\u00ff', '€', 1, null, undefined, '\u0100']) {
  console.log(JSON.stringify(s), tryIt(() => btoa(s)));
}
try { atob(); } catch (e) { console.log(e.name, e.code, e.message); }
try { atob('!'); } catch (e) { console.log(e.name, e.code, e.message, e instanceof DOMException); }
try { btoa('\u0100'); } catch (e) { console.log(e.name, e.code, e.message); }

// Blob and File.
(async () => {
  const blob = new Blob(['ab', new Uint8Array([99]), new Blob(['d']), new ArrayBuffer(1), 'é'], { type: 'Text/Plain' });
  console.log(blob, blob.size, blob.type, Object.prototype.toString.call(blob));
  console.log(await blob.text(), new Uint8Array(await blob.arrayBuffer()));
  const s = blob.slice(1, -1, 'X/Y');
  console.log(s, await s.text(), await blob.slice(-3).text(), await blob.slice(10).text(), blob.slice(2, 1).size);
  console.log(new Blob().size, new Blob([], { type: '\u00e9' }).type, new Blob(['a\nb'], { endings: 'native' }).size);
  for (const bad of [() => new Blob('abc'), () => new Blob(null), () => new Blob([], 1), () => new Blob([], { endings: 'x' })]) {
    console.log(tryIt(bad));
  }
  const f = new File(['xyz'], 'name.txt', { type: 'text/plain', lastModified: 42 });
  console.log(f, f.name, f.lastModified, f instanceof Blob, await f.text(), Object.prototype.toString.call(f));
  console.log(typeof new File([], 'n').lastModified, new File([], 'n', { lastModified: 'x' }).lastModified, tryIt(() => new File([])));
  console.log(resolveObjectURL('blob:nodedata:123'), Object.keys(Blob.prototype), Object.keys(File.prototype));
})();
