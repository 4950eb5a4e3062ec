// A missing comma in an object literal spanning lines.
const obj = {
  a: 1,
  b: 2
  c: 3,
};
