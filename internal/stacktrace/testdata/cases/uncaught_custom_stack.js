const e = new Error('nostack');
e.stack = 'custom stack';
throw e;
