throw { a: 1, b: 'x', nested: { deep: [1, 2] } };
