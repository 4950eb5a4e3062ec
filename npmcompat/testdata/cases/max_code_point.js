// goja's parser panicked on this escape; it is rewritten before compiling.
console.log('\u{10FFFF}'.length, `a\u{0010ffff}b`.codePointAt(1), /^\u{10FFFF}$/u.test('\u{10FFFF}'));
