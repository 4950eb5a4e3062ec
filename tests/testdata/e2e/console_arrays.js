// Long arrays, sparse arrays and line breaking at node's 72/80 columns.
console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(Array.from({ length: 150 }, (_, i) => i * 1000));
console.log(Array.from({ length: 30 }, (_, i) => 'item' + i));
console.log(Array.from({ length: 7 }, (_, i) => 'x'.repeat(i * 3)));
console.log(new Array(5), new Array(200).fill(0).map((_, i) => (i % 2 ? undefined : i)));
const sparse = [];
sparse[3] = 'three';
sparse[100] = 'hundred';
console.log(sparse);
console.log([1.5, -2, 300000, 4e-7, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
console.log(['a', 'b'].concat(Array(10).fill('repeated-string')));
for (let n = 1; n <= 10; n++) {
  console.log({ ['k'.repeat(n)]: 'v'.repeat(n * 6), second: 'w'.repeat(n * 2) });
}
for (let n = 60; n <= 82; n += 2) {
  console.log([n, 'z'.repeat(n - 10)]);
}
console.log({ short: 1, list: [1, 2, 3], nested: { a: 'aaaaaaaaaaaaaaaaaaaaaa', b: 'bbbbbbbbbbbbbbbbbbbbbbbbb' } });
console.log({ a: 'x'.repeat(70) }, 'after');
console.log('x'.repeat(100));
console.log(['x'.repeat(100)]);
console.log({ long: 'line one\nline two\nline three that is quite long indeed to force breaking' });
console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1)));
console.log([[1, 2, [3, 4, [5, [6]]]], { x: [{ y: [{ z: 1 }] }] }]);
console.log(Array.from({ length: 10 }, (_, i) => ({ id: i, name: 'n' + i })));
console.log(Array.from({ length: 8 }, (_, i) => [i, i * i, i * i * i]));
console.log(new Array(3).fill({ same: 'object' }));
