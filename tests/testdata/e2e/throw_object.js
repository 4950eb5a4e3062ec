// Throwing a plain object prints it with inspect.
throw { code: 'E_PLAIN', nested: { list: [1, 2, 3] }, message: 'not an Error' };
