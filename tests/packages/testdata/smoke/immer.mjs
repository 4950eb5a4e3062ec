import { produce, nothing, castDraft } from 'immer';
console.log(produce([1, 2, 3], (d) => { d.reverse(); }), produce({ x: 1 }, () => nothing), typeof castDraft);
try { produce({ a: 1 }, (d) => { d.a = 2; return { b: 1 }; }); } catch (e) { console.log(e.message.slice(0, 60)); }
