// Builtins show as `at Type.name (<anonymous>)`; call, apply, bind and
// Reflect.apply leave no frame.
function show(e) { console.log(e.stack); }
[1].map(function cb() { show(new Error('map')); });
[1].forEach(x => show(new Error('forEach arrow')));
JSON.parse('[1]', function reviver(k, v) { if (k === '0') show(new Error('reviver')); return v; });
let once = true;
[2, 1].sort(function cmp(a, b) { if (once) { once = false; show(new Error('sort')); } return a - b; });
'abc'.replace('b', function rep() { show(new Error('replace')); return ''; });
new Map([[1, 2]]).forEach(function mf() { show(new Error('Map forEach')); });
new Set([1]).forEach(function sf() { show(new Error('Set forEach')); });
Array.from([1], function af() { show(new Error('from')); });
JSON.stringify({ toJSON() { show(new Error('toJSON')); return 1; } });
[[1]].flatMap(function fm() { show(new Error('flatMap')); return []; });
[1].reduce(function red(a, b) { return a; }, show(new Error('not inside reduce')));
[1, 2].reduce(function red(a, b) { show(new Error('reduce')); return a; });
function rest(e) { console.log(e.stack.split('\n').slice(1).join('\n')); }
try { JSON.parse('{'); } catch (e) { rest(e); }
try { decodeURIComponent('%'); } catch (e) { rest(e); }
try { [1].map(function thrower() { JSON.parse('{'); }); } catch (e) { rest(e); }
