const e = new Error('message only');
e.name = '';
throw e;
