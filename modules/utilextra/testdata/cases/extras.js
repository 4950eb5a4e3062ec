let util;
try { util = require('gorun_utilextra_test'); } catch { util = require('util'); }
for (const a of [0, 1, -1.5, 'x', -2, -13, -99999]) {
  try { console.log(util.getSystemErrorName(a)); } catch (e) { console.log(e.code, e.message); }
}
const map = util.getSystemErrorMap();
console.log(map instanceof Map, map.get(-2), map.size > 50);
for (const a of [undefined, 1, {}]) {
  try { util.transferableAbortSignal(a); } catch (e) { console.log(e.code, e.message); }
}
const s = AbortSignal.abort();
console.log(util.transferableAbortSignal(s) === s, util.transferableAbortController() instanceof AbortController);
console.log(util.aborted.name, util.aborted.length);
async function main() {
  for (const a of [[undefined], [1], [s, null], [s, 1], [{}, {}]]) {
    try { await util.aborted(...a); console.log('resolved'); } catch (e) { console.log(e.code, e.message); }
  }
  console.log(await util.aborted(s, {}), 'already aborted');
  const ac = new AbortController();
  const p = util.aborted(ac.signal, () => {});
  setTimeout(() => { console.log('aborting'); ac.abort(); }, 5);
  await p;
  console.log('aborted');
}
main();
const copy = util.transferableAbortSignal(AbortSignal.abort('why'));
console.log(copy, copy.aborted, copy.reason, copy instanceof AbortSignal);
