Promise.reject(Object.assign(new Error('e'), { code: 'X' }));
