// console's own warnings for labels that do not exist or exist twice.
console.timeEnd('missing');
console.timeLog('missing too');
console.time('dup');
console.time('dup');
console.countReset('never');
console.log('done');
