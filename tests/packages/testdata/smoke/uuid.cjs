const { v1, v3, v4, v5, v7, validate, version, parse, stringify, NIL, MAX } = require('uuid');
const u4 = v4();
console.log(validate(u4), version(u4), u4.length, /^[0-9a-f-]{36}$/.test(u4));
console.log(v5('hello', v5.DNS), v3('hello', v3.URL));
console.log(version(v1()), version(v7()), validate('nope'), NIL, MAX);
const bytes = parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8');
console.log(Array.from(bytes).join(','), stringify(bytes));
console.log(v4({ random: Array.from({ length: 16 }, (_, i) => i) }));
