[1].forEach(x => { throw new RangeError('in callback'); });
