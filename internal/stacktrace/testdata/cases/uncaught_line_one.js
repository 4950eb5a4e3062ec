throw new Error('line one');
