import _ from 'lodash';
import * as ns from 'lodash';
// Node's cjs-module-lexer finds no named exports in lodash's UMD build, so
// names come through the default export only.
const { chunk, zip, partition } = _;
console.log(ns.default === _);
console.log(chunk(['a', 'b', 'c'], 2), zip([1, 2], ['x', 'y']));
console.log(partition([1, 2, 3, 4], (n) => n % 2));
console.log(_.capitalize('hELLO'), _.truncate('hi-diddly-ho there, neighborino', { length: 24 }));
console.log(_.flattenDeep([1, [2, [3, [4]], 5]]), _.difference([2, 1], [2, 3]));
