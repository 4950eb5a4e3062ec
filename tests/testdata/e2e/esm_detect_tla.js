// Top-level await in a .js file is detected as ESM (node 20.19+).
const v = await Promise.resolve(42);
console.log("awaited", v);
