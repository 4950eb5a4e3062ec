import { nanoid, customAlphabet, urlAlphabet, customRandom } from 'nanoid';
const id = nanoid();
console.log(id.length, /^[A-Za-z0-9_-]+$/.test(id), nanoid(10).length, urlAlphabet.length);
const hex = customAlphabet('0123456789abcdef', 12);
console.log(/^[0-9a-f]{12}$/.test(hex()), hex(4).length);
let seed = 0;
const rnd = customRandom('abcdef', 8, (size) => new Uint8Array(size).map(() => (seed += 37) % 256));
console.log(rnd());
console.log(new Set(Array.from({ length: 1000 }, () => nanoid())).size);
