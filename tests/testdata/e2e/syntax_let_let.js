// 'let' as a lexical binding name.
let let = 1;
