const e = new Error('with props');
e.code = 'E_X';
e.extra = { a: 1 };
e.list = [1, 2];
throw e;
