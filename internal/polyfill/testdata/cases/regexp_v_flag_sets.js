const t = (p, s) => { try { return new RegExp(p, 'v').test(s); } catch (e) { return e.name; } };
const cases = [['^[\\p{L}--[a-z]]$', ['a', 'B', 'é']], ['^[\\p{Lu}&&\\p{Script=Greek}]$', ['Λ', 'λ', 'A']], ['^[[a-z][0-9]]+$', ['ab12', 'AB']], ['^[^[a-c]--b]$', ['b', 'd']], ['^[\\w--\\d]+$', ['abc', 'a1']], ['^[\\p{ASCII}--\\p{L}]$', ['1', 'a']], ['^\\p{L}+$', ['héllo']]];
for (const [p, ss] of cases) print(p, ss.map((s) => t(p, s)).join(' '));
print(new RegExp('[\\p{L}--[a-z]]', 'v').test('Q'), 'aXbYc'.replace(new RegExp('[\\p{Lu}--[Y]]', 'gv'), '_'));
