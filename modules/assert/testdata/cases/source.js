// Messages of assert(value) without a message quote the failing call from
// the source file, however it is written.
const assert = require('assert');
function f() {
    try {
        assert(
            false, // why
            undefined,
        );
    } catch (e) { console.log(JSON.stringify(e.message)); }
    try {
        assert
          .ok(0);
    } catch (e) { console.log(JSON.stringify(e.message)); }
    try { [1].map(() => { assert(0); }); } catch (e) { console.log(JSON.stringify(e.message)); }
    try { assert.ok(`a
b`.length === 0) } catch (e) { console.log(JSON.stringify(e.message)); }
    try { (0, assert)(0) } catch (e) { console.log(JSON.stringify(e.message)); }
    try { assert.strict.ok(0) } catch (e) { console.log(JSON.stringify(e.message)); }
    try { [0].forEach(assert) } catch (e) { console.log(JSON.stringify(e.message)); }
    try { assert?.(0) } catch (e) { console.log(JSON.stringify(e.message)); }
    try { assert.ok.call(null, 0) } catch (e) { console.log(JSON.stringify(e.message)); }
    try { assert.ok.apply(null, [0]) } catch (e) { console.log(JSON.stringify(e.message)); }
}
f();
